/**
 * <ocop-near-me>: the near-me page's behaviour (src/views/NearMePage.astro). Reads the places' file once
 * (from the network, or offline from the service worker's shell), then sorts the places on the phone by
 * their distance from the visitor's position, or from the centre of the province picked. The position
 * is used here only and sent nowhere.
 */
import { formatKm, hoursOn, nearest, weekDayInVietnam, type NearFile, type Point } from '../lib/offline/near.ts';

type Strings = Record<'locating' | 'denied' | 'none' | 'open' | 'closed' | 'products' | 'centre' | 'salesPoint' | 'offline', string>;
/** How many places a list shows. */
const SHOWN = 10;

class NearMe extends HTMLElement {
	private strings = {} as Strings;
	private file: Promise<NearFile> | undefined;

	connectedCallback() {
		this.strings = JSON.parse(this.dataset['strings'] ?? '{}') as Strings;
		for (const el of document.querySelectorAll<HTMLElement>('[data-no-script]')) el.hidden = true;
		this.q('[data-controls]').hidden = false;
		this.q('[data-locate]').addEventListener('click', () => this.locate());
		// Loaded at once, so that the service worker keeps it for a visit without a connection.
		this.load().catch(() => (this.file = undefined));
		this.q<HTMLSelectElement>('[data-province]').addEventListener(
			'change',
			(e) => void this.byProvince((e.target as HTMLSelectElement).value),
		);
	}

	private q<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.querySelector(selector) as T;
	}

	private load(): Promise<NearFile> {
		this.file ??= fetch(this.dataset['file'] ?? '').then((r) => {
			if (!r.ok) throw new Error(String(r.status));
			return r.json() as Promise<NearFile>;
		});
		return this.file;
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
		const file = await this.load().catch(() => undefined);
		const province = file?.provinces.find((p) => p.id === id);
		if (province) await this.show(province, id);
	}

	private async show(from: Point, province?: string) {
		let file: NearFile;
		try {
			file = await this.load();
		} catch {
			this.file = undefined;
			this.status(this.strings.offline);
			return;
		}
		const locale = this.dataset['locale'] === 'en' ? 'en' : 'vi';
		const places = province ? file.places.filter((p) => p.province === province) : file.places;
		const found = nearest(places, from, SHOWN);
		const list = this.q('[data-list]');
		list.replaceChildren();
		this.status(found.length ? '' : this.strings.none);
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

customElements.define('ocop-near-me', NearMe);
