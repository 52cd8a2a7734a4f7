/**
 * <ocop-near-me>: the near-me page's behaviour (src/views/NearMePage.astro). Reads the provinces' index
 * at once, then the places of only the provinces a position needs (nearestAcross), or of the province
 * picked, each file once (from the network, or offline from the service worker's cache when read
 * before), and sorts the places on the phone by their distance from the visitor's position, or from
 * the centre of the province picked. The position is used here only and sent nowhere.
 */
import {
	formatKm,
	hoursOn,
	nearest,
	nearestAcross,
	nearProvinceFile,
	weekDayInVietnam,
	type NearIndex,
	type NearPlace,
	type Point,
} from '../lib/offline/near.ts';

type Strings = Record<
	'locating' | 'denied' | 'none' | 'open' | 'closed' | 'products' | 'centre' | 'salesPoint' | 'offline' | 'partial',
	string
>;
/** How many places a list shows. */
const SHOWN = 10;

class NearMe extends HTMLElement {
	private strings = {} as Strings;
	private index: Promise<NearIndex> | undefined;
	/** Each province's places, by id, once asked for (forgotten when the file could not be had). */
	private provinces = new Map<string, Promise<NearPlace[]>>();

	connectedCallback() {
		this.strings = JSON.parse(this.dataset['strings'] ?? '{}') as Strings;
		for (const el of document.querySelectorAll<HTMLElement>('[data-no-script]')) el.hidden = true;
		this.q('[data-controls]').hidden = false;
		this.q('[data-locate]').addEventListener('click', () => this.locate());
		// Loaded at once, so that the service worker keeps it for a visit without a connection.
		this.load().catch(() => (this.index = undefined));
		// On a first visit the files are read before the service worker takes the page: they are
		// asked for again through it (from the browser's HTTP cache), so that it keeps them.
		navigator.serviceWorker?.addEventListener('controllerchange', () => {
			for (const url of fetched) void fetch(url).catch(() => undefined);
		});
		this.q<HTMLSelectElement>('[data-province]').addEventListener(
			'change',
			(e) => void this.byProvince((e.target as HTMLSelectElement).value),
		);
	}

	private q<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.querySelector(selector) as T;
	}

	private load(): Promise<NearIndex> {
		this.index ??= getJson<NearIndex>(`${this.dataset['base'] ?? '/'}near-me.json`);
		return this.index;
	}

	/** The places of a province. */
	private places(id: string): Promise<NearPlace[]> {
		let places = this.provinces.get(id);
		if (!places) {
			places = getJson<NearPlace[]>(`${(this.dataset['base'] ?? '/').replace(/\/$/, '')}${nearProvinceFile(id)}`);
			places.catch(() => this.provinces.delete(id));
			this.provinces.set(id, places);
		}
		return places;
	}

	private status(text: string) {
		this.q('[data-status]').textContent = text;
	}

	private locate() {
		this.status(this.strings.locating);
		navigator.geolocation.getCurrentPosition(
			(pos) => void this.show({ lat: pos.coords.latitude, lng: pos.coords.longitude }),
			() => this.status(this.strings.denied),
			{ enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
		);
	}

	private async byProvince(id: string) {
		if (!id) return;
		const index = await this.load().catch(() => undefined);
		const province = index?.provinces.find((p) => p.id === id);
		if (province) await this.show(province, id);
	}

	private async show(from: Point, province?: string) {
		let found: Array<NearPlace & { km: number }>;
		// Offline, a province never read is left out: the places of those read before are still listed.
		let missing = false;
		const orNone = (id: string) =>
			this.places(id).catch(() => {
				missing = true;
				return [];
			});
		try {
			const index = await this.load();
			const count = index.provinces.find((p) => p.id === province)?.count ?? 0;
			found = province ? nearest(count ? await this.places(province) : [], from, SHOWN) : await nearestAcross(index, from, orNone, SHOWN);
		} catch {
			missing = true;
			found = [];
		}
		if (missing && !found.length) {
			this.index = undefined;
			this.status(this.strings.offline);
			return;
		}
		const locale = this.dataset['locale'] === 'en' ? 'en' : 'vi';
		const list = this.q('[data-list]');
		list.replaceChildren();
		this.status(missing ? this.strings.partial : found.length ? '' : this.strings.none);
		const day = weekDayInVietnam(new Date());
		for (const place of found) {
			const li = document.createElement('li');
			const heading = li.appendChild(document.createElement('a'));
			heading.href = place.url[locale];
			heading.textContent = place.name[locale];
			const hours = hoursOn(place.hours, day);
			const meta = li.appendChild(document.createElement('div'));
			meta.className = 'meta';
			meta.textContent = [
				place.type === 'centre' ? this.strings.centre : this.strings.salesPoint,
				formatKm(place.km, locale),
				hours ? this.strings.open.replace('{hours}', hours) : this.strings.closed,
			].join(' · ');
			if (place.products.length) {
				const products = li.appendChild(document.createElement('div'));
				products.append(`${this.strings.products.replace('{count}', String(place.count))}: `);
				place.products.forEach((p, i) => {
					if (i) products.append(', ');
					const a = products.appendChild(document.createElement('a'));
					a.href = p.url[locale];
					a.textContent = p.name[locale];
				});
			}
			list.append(li);
		}
	}
}

/** The files read so far. */
const fetched = new Set<string>();

/** A JSON file of the site; throws when it cannot be had. */
async function getJson<T>(url: string): Promise<T> {
	fetched.add(url);
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.status}`);
	return (await response.json()) as T;
}

customElements.define('ocop-near-me', NearMe);
