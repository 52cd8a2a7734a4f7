/**
 * "Save for the trip" (docs/offline-and-maps.md), in the browser's caches, one cache per place and
 * language (`trip:vi:districts:hoc-mon`), which the service worker reads for pages and pictures and
 * never expires:
 * - <ocop-save-trip> on a province, district, centre or sales point page: reads the place's list from
 *   its province's file (src/lib/offline/trip-list.ts), chooses of each picture the one file this phone would show (its
 *   format, and the narrowest width that fills the picture's box at the screen's pixel density),
 *   says the size of the pages and those files, stores them on a click, or removes them;
 * - <ocop-trip-list> on the trip page: what is saved, each with its size and a button to remove it.
 */
import { choosePicture, sizesWidth, tripListOf, type TripFile, type TripList } from '../lib/offline/trip-list.ts';

type Strings = Record<string, string>;
const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (m, k: string) => String(vars[k] ?? m));
const megabytes = (bytes: number, locale: string) =>
	`${(bytes / 1e6).toLocaleString(locale === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`;
/** The saved list's own copy, which says what the cache holds. */
const META = 'trip-list';
/** A request for a file of the list: pictures from another host (MEDIA_URL) in CORS mode, so that they are readable. */
const requestFor = (url: string) =>
	new URL(url, location.href).origin === location.origin ? new Request(url) : new Request(url, { mode: 'cors', credentials: 'omit' });

/**
 * A 1×1 AVIF picture (drawn by sharp): whether the browser decodes it says whether it would show a
 * `<picture>`'s AVIF source. The site's pictures are WebP today (docs/performance.md says why), so
 * this matters only when a page has such a source.
 */
const AVIF_PROBE =
	'data:image/avif;base64,AAAAHGZ0eXBhdmlmAAAAAG1pZjFhdmlmbWlhZgAAANZtZXRhAAAAAAAAACFoZGxyAAAAAAAAAABwaWN0AAAAAAAAAAAAAAAAAAAAACJpbG9jAAAAAERAAAEAAQAAAAAA+gABAAAAAAAAAB0AAAAjaWluZgAAAAAAAQAAABVpbmZlAgAAAAABAABhdjAxAAAAAA5waXRtAAAAAAABAAAAVmlwcnAAAAA4aXBjbwAAAAxhdjFDgSACAAAAABRpc3BlAAAAAAAAAAEAAAABAAAAEHBpeGkAAAAAAwgICAAAABZpcG1hAAAAAAAAAAEAAQOBAgMAAAAlbWRhdBIACgc4AAaQENBpMhAZQmMEwAA0AACQQMkcYIpq';
let avif: Promise<boolean> | undefined;
/** Whether this browser decodes AVIF (asked once). */
function decodesAvif(): Promise<boolean> {
	avif ??= new Promise((resolve) => {
		const img = new Image();
		img.onload = () => resolve(img.naturalWidth > 0);
		img.onerror = () => resolve(false);
		img.src = AVIF_PROBE;
	});
	return avif;
}

/** The files this phone would show: of each picture of the list, one (src/lib/offline/trip-list.ts, choosePicture). */
async function chosenFiles(list: TripList): Promise<Array<{ url: string; bytes: number }>> {
	const avifToo = await decodesAvif();
	const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
	const decodes = (type: string) => type !== 'image/avif' || avifToo;
	return list.pictures.flatMap((picture) => {
		const pixels = sizesWidth(picture.sizes, (media) => matchMedia(media).matches, innerWidth, rem) * devicePixelRatio;
		const choice = choosePicture(picture, decodes, pixels);
		return choice ? [{ url: choice.url, bytes: choice.bytes }] : [];
	});
}

class SaveTrip extends HTMLElement {
	private strings = {} as Strings;
	private list?: TripList;
	/** The pages and the pictures' chosen files: what a click stores. */
	private files: Array<{ url: string; bytes: number }> = [];
	private bytes = 0;

	async connectedCallback() {
		if (!('caches' in window) || !navigator.serviceWorker?.controller) return;
		this.strings = JSON.parse(this.dataset['strings'] ?? '{}') as Strings;
		try {
			const response = await fetch(this.dataset['list'] ?? '');
			if (!response.ok) return;
			const file = (await response.json()) as TripFile;
			const list = tripListOf(file, this.dataset['locale'] === 'en' ? 'en' : 'vi', this.dataset['place'] ?? '');
			if (!list?.files.length) return;
			this.list = list;
		} catch {
			return;
		}
		this.files = [...this.list.files, ...this.list.extra, ...(await chosenFiles(this.list))];
		this.bytes = this.files.reduce((n, f) => n + f.bytes, 0);
		this.hidden = false;
		this.button.addEventListener('click', () => void this.toggle());
		await this.show();
	}

	private get button(): HTMLButtonElement {
		return this.querySelector('button') as HTMLButtonElement;
	}

	private status(text: string) {
		(this.querySelector('[data-status]') as HTMLElement).textContent = text;
	}

	private async show() {
		const list = this.list as TripList;
		const saved = await caches.has(list.cache);
		const size = megabytes(this.bytes, this.dataset['locale'] ?? 'vi');
		const pages = list.files.length;
		this.button.textContent = saved ? (this.strings['remove'] ?? '') : fill(this.strings['save'] ?? '', { size });
		this.status(
			saved ? fill(this.strings['saved'] ?? '', { size, count: pages }) : fill(this.strings['will'] ?? '', { size, count: pages }),
		);
	}

	private async toggle() {
		const list = this.list as TripList;
		this.button.disabled = true;
		try {
			if (await caches.has(list.cache)) await caches.delete(list.cache);
			else {
				const cache = await caches.open(list.cache);
				let done = 0;
				try {
					for (const file of [{ url: list.page, bytes: 0 }, ...this.files]) {
						await cache.add(requestFor(file.url));
						this.status(fill(this.strings['saving'] ?? '', { done: ++done, count: this.files.length + 1 }));
					}
					await cache.put(META, new Response(JSON.stringify({ ...list, files: [], pictures: [], bytes: this.bytes, saved: Date.now() })));
				} catch (error) {
					await caches.delete(list.cache);
					this.status(this.strings['failed'] ?? '');
					throw error;
				}
			}
			await this.show();
		} finally {
			this.button.disabled = false;
		}
	}
}

class TripListView extends HTMLElement {
	async connectedCallback() {
		const strings = JSON.parse(this.dataset['strings'] ?? '{}') as Strings;
		for (const el of this.querySelectorAll<HTMLElement>('[data-no-script]')) el.hidden = true;
		const ul = this.querySelector('[data-saved]') as HTMLElement;
		const names = 'caches' in window ? (await caches.keys()).filter((n) => n.startsWith('trip:')) : [];
		if (!names.length) {
			ul.insertAdjacentElement('beforebegin', Object.assign(document.createElement('p'), { textContent: strings['empty'] ?? '' }));
			return;
		}
		for (const name of names) {
			const meta = await (await caches.open(name)).match(META);
			if (!meta) continue;
			const list = (await meta.json()) as TripList;
			const li = document.createElement('li');
			const a = li.appendChild(document.createElement('a'));
			a.href = list.page;
			a.textContent = list.name;
			li.append(` · ${megabytes(list.bytes, document.documentElement.lang)} `);
			const remove = li.appendChild(document.createElement('button'));
			remove.type = 'button';
			remove.textContent = strings['remove'] ?? '';
			remove.addEventListener('click', () => void caches.delete(name).then(() => li.remove()));
			ul.append(li);
		}
	}
}

customElements.define('ocop-save-trip', SaveTrip);
customElements.define('ocop-trip-list', TripListView);
