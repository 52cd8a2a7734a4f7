import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	boxAround,
	boxDistanceKm,
	distanceKm,
	formatKm,
	hoursOn,
	nearest,
	nearestAcross,
	weekDayInVietnam,
	type NearIndex,
	type NearPlace,
} from '../../src/lib/offline/near.ts';
import {
	choosePicture,
	picturesOf,
	sizesWidth,
	tripListOf,
	tripListPath,
	tripPlace,
	writeTripLists,
	type TripFile,
} from '../../src/lib/offline/trips.ts';
import { allowsGeolocation, checkHeaders, parseHeaders } from '../../scripts/gates/security.ts';

describe('near me', () => {
	it('measures Hà Nội to Hồ Chí Minh City as about 1,140 km in a straight line', () => {
		const km = distanceKm({ lat: 21.0285, lng: 105.8542 }, { lat: 10.7769, lng: 106.7009 });
		expect(km).toBeGreaterThan(1130);
		expect(km).toBeLessThan(1150);
	});

	it('lists places nearest first and no more than asked', () => {
		const places = [
			{ id: 'far', lat: 10.78, lng: 106.7 },
			{ id: 'near', lat: 21.03, lng: 105.86 },
			{ id: 'middle', lat: 16.05, lng: 108.2 },
		];
		expect(nearest(places, { lat: 21.0, lng: 105.8 }, 2).map((p) => p.id)).toEqual(['near', 'middle']);
	});

	/** A place of the near-me files at a position. */
	const at = (province: string, id: string, lat: number, lng: number): NearPlace => ({
		type: 'salesPoint',
		name: { vi: id, en: id },
		province,
		lat,
		lng,
		hours: [],
		url: { vi: `/${id}/`, en: `/en/${id}/` },
		count: 0,
		products: [],
	});
	/** Three provinces along the coast, north to south, and one far inland with no place. */
	const files: Record<string, NearPlace[]> = {
		north: [at('north', 'n1', 21.0, 105.8), at('north', 'n2', 20.9, 105.9), at('north', 'n3', 20.5, 106.0)],
		middle: [at('middle', 'm1', 20.2, 106.1), at('middle', 'm2', 19.8, 105.8)],
		south: [at('south', 's1', 10.8, 106.7), at('south', 's2', 10.0, 105.8)],
	};
	const index: NearIndex = {
		provinces: [
			...Object.entries(files).map(([id, places]) => ({
				id,
				name: { vi: id, en: id },
				lat: 0,
				lng: 0,
				count: places.length,
				box: boxAround(places) as [number, number, number, number],
			})),
			{ id: 'empty', name: { vi: 'e', en: 'e' }, lat: 15, lng: 108, count: 0 },
		],
	};

	it('finds the nearest places across provinces, reading only the files that could hold one of them', async () => {
		const loaded: string[] = [];
		const load = async (id: string) => (loaded.push(id), files[id] ?? []);
		const found = await nearestAcross(index, { lat: 20.95, lng: 105.85 }, load, 4);
		expect(found.map((p) => p.url.vi)).toEqual(['/n1/', '/n2/', '/n3/', '/m1/']);
		expect(loaded).toEqual(['north', 'middle']);
		// The same as sorting every place of every province.
		const all = Object.values(files).flat();
		expect(found.map((p) => p.url.vi)).toEqual(nearest(all, { lat: 20.95, lng: 105.85 }, 4).map((p) => p.url.vi));
	});

	it('reads every province with places when fewer places exist than asked for', async () => {
		const loaded: string[] = [];
		const found = await nearestAcross(index, { lat: 16, lng: 108 }, async (id) => (loaded.push(id), files[id] ?? []), 10);
		expect(found.length).toBe(7);
		expect(loaded.sort()).toEqual(['middle', 'north', 'south']);
	});

	it('never says a box is farther than the place in it nearest the position', () => {
		const box = boxAround(files['north'] ?? []) as [number, number, number, number];
		for (const from of [
			{ lat: 21.5, lng: 103 },
			{ lat: 16, lng: 108.5 },
			{ lat: 20.7, lng: 105.9 },
		]) {
			const least = Math.min(...(files['north'] ?? []).map((p) => distanceKm(from, p)));
			expect(boxDistanceKm(from, box)).toBeLessThanOrEqual(least);
		}
		expect(boxDistanceKm({ lat: 20.7, lng: 105.9 }, box)).toBe(0);
	});

	it("reads today's hours from the lines that name the day, and says nothing on a closed day", () => {
		const hours = [
			{ days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, open: '07:30', close: '17:00' },
			{ days: ['sat'] as const, open: '08:00', close: '11:30' },
			{ days: ['sat'] as const, open: '13:30', close: '16:00' },
		].map((h) => ({ ...h, days: [...h.days] }));
		expect(hoursOn(hours, 'tue')).toBe('07:30–17:00');
		expect(hoursOn(hours, 'sat')).toBe('08:00–11:30, 13:30–16:00');
		expect(hoursOn(hours, 'sun')).toBeUndefined();
	});

	it('takes the day in Viet Nam, where 20:00 UTC on a Sunday is already Monday', () => {
		expect(weekDayInVietnam(new Date('2026-12-06T20:00:00Z'))).toBe('mon');
		expect(weekDayInVietnam(new Date('2026-12-06T10:00:00Z'))).toBe('sun');
	});

	it('says distances as people do', () => {
		expect(formatKm(0.4321, 'en')).toBe('430 m');
		expect(formatKm(3.26, 'en')).toBe('3.3 km');
		expect(formatKm(3.26, 'vi')).toBe('3,3 km');
		expect(formatKm(152.4, 'en')).toBe('152 km');
	});
});

describe('save for the trip', () => {
	const html =
		'<picture><source type="image/avif" srcset="/_img/a-600.avif 600w" sizes="(min-width: 56rem) 40rem, 100vw">' +
		'<img src="/_img/a-800.webp" srcset="/_img/a-400.webp 400w, /_img/a-800.webp 800w" sizes="(min-width: 56rem) 40rem, 100vw" width="800" height="600" alt=""></picture>' +
		'<p>x</p><img alt="" width="400" height="300" src="https://media.example.vn/_img/b-400.webp?x=1&amp;y=2">';

	it('lists each picture of a page once, with every file it may show, in the order the browser considers them', () => {
		expect(picturesOf(html)).toEqual([
			{
				sizes: '(min-width: 56rem) 40rem, 100vw',
				choices: [
					{ url: '/_img/a-600.avif', w: 600, type: 'image/avif', bytes: 0 },
					{ url: '/_img/a-400.webp', w: 400, type: 'image/webp', bytes: 0 },
					{ url: '/_img/a-800.webp', w: 800, type: 'image/webp', bytes: 0 },
				],
			},
			{ sizes: '100vw', choices: [{ url: 'https://media.example.vn/_img/b-400.webp?x=1&y=2', w: 400, type: 'image/webp', bytes: 0 }] },
		]);
	});

	it('chooses the file a phone would show: of the first format it decodes, the narrowest that fills the box, else the widest', () => {
		const [cover] = picturesOf(html);
		if (!cover) throw new Error('no picture');
		const all = () => true;
		const webpOnly = (type: string) => type === 'image/webp';
		expect(choosePicture(cover, all, 1074)?.url).toBe('/_img/a-600.avif');
		expect(choosePicture(cover, webpOnly, 300)?.url).toBe('/_img/a-400.webp');
		expect(choosePicture(cover, webpOnly, 401)?.url).toBe('/_img/a-800.webp');
		expect(choosePicture(cover, webpOnly, 1074)?.url).toBe('/_img/a-800.webp');
	});

	it('reads the width of a sizes attribute: the first length whose condition matches, in px, rem or vw, or a width less a margin', () => {
		const wide = (media: string) => media === '(min-width: 56rem)';
		expect(sizesWidth('(min-width: 56rem) 40rem, 100vw', wide, 1280, 16)).toBe(640);
		expect(sizesWidth('(min-width: 56rem) 40rem, 100vw', () => false, 390, 16)).toBe(390);
		expect(sizesWidth('(min-width: 60rem) 17rem, (min-width: 40rem) 30vw, 46vw', () => false, 390, 16)).toBeCloseTo(179.4);
		expect(sizesWidth('358px', () => false, 390, 16)).toBe(358);
		expect(sizesWidth('(min-width: 56rem) 41rem, calc(100vw - 2rem)', () => false, 390, 16)).toBe(358);
	});

	it('writes one file per province and language, each place’s list in it with its pages and pictures counted once', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ocop-trips-'));
		try {
			const page = (path: string, html: string) => {
				mkdirSync(join(dir, path), { recursive: true });
				writeFileSync(join(dir, path, 'index.html'), html);
			};
			mkdirSync(join(dir, '_img'));
			writeFileSync(join(dir, '_img/a-400.webp'), 'x'.repeat(400));
			writeFileSync(join(dir, '_img/b-400.webp'), 'y'.repeat(300));
			for (const [slug, picture] of [
				['tra', 'a'],
				['gao', 'b'],
			]) {
				page(`/san-pham/${slug}/`, `<img alt="" src="/_img/${picture}-400.webp">`);
				page(`/en/products/${slug}/`, `<p>${slug}</p>`);
			}
			const name = { vi: 'X', en: 'X' };
			const written = writeTripLists(
				[
					{ key: 'provinces', id: 'lam-dong', province: 'lam-dong', name, slugs: ['tra', 'gao'] },
					{ key: 'districts', id: 'bao-loc', province: 'lam-dong', name, slugs: ['tra'] },
					{ key: 'salesPoints', id: 'cho-bao-loc', province: 'lam-dong', name, slugs: ['gao', 'tra'] },
					{ key: 'districts', id: 'hoc-mon', province: 'ho-chi-minh', name, slugs: [] },
				],
				dir,
				dir,
				undefined,
			);
			expect(written).toBe(4);
			expect(readdirSync(join(dir, 'trips/vi')).sort()).toEqual(['ho-chi-minh.json', 'lam-dong.json']);
			const read = (locale: 'vi' | 'en') => JSON.parse(readFileSync(join(dir, tripListPath(locale, 'lam-dong')), 'utf8')) as TripFile;
			const vi = read('vi');
			const html = (picture: string) => `<img alt="" src="/_img/${picture}-400.webp">`;
			expect(vi.files.map(([url]) => url)).toEqual(['/san-pham/tra/', '/san-pham/gao/']);
			expect(vi.pictures.map((p) => p.choices.map((c) => c.url))).toEqual([['/_img/a-400.webp'], ['/_img/b-400.webp']]);
			const district = tripListOf(vi, 'vi', tripPlace('districts', 'bao-loc'));
			expect(district).toMatchObject({ cache: 'trip:vi:districts:bao-loc', page: '/huyen/bao-loc/' });
			expect(district?.files).toEqual([{ url: '/san-pham/tra/', bytes: html('a').length }]);
			expect(district?.pictures).toEqual([
				{ sizes: '100vw', choices: [{ url: '/_img/a-400.webp', w: 0, type: 'image/webp', bytes: 400 }] },
			]);
			const shop = tripListOf(vi, 'vi', tripPlace('salesPoints', 'cho-bao-loc'));
			expect(shop?.files.map((f) => f.url)).toEqual(['/san-pham/gao/', '/san-pham/tra/']);
			expect(shop?.pictures.map((p) => p.choices[0]?.url)).toEqual(['/_img/b-400.webp', '/_img/a-400.webp']);
			expect(shop?.bytes).toBe(html('a').length + html('b').length);
			expect(tripListOf(read('en'), 'en', tripPlace('districts', 'bao-loc'))?.files.map((f) => f.url)).toEqual(['/en/products/tra/']);
			expect(tripListOf(vi, 'vi', tripPlace('districts', 'hoc-mon'))).toBeUndefined();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('the geolocation permission', () => {
	const headers = (near: string) =>
		parseHeaders(`/*
  Content-Security-Policy: default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  X-Frame-Options: DENY
  Permissions-Policy: camera=(), geolocation=()
/gan-day/*
  ! Permissions-Policy
  Permissions-Policy: camera=(), ${near}
`);

	it('is allowed on the near-me pages only', () => {
		expect(allowsGeolocation('/gan-day/')).toBe(true);
		expect(allowsGeolocation('/en/near-me/')).toBe(true);
		expect(allowsGeolocation('/san-pham/')).toBe(false);
	});

	it('passes the headers gate when the near-me page allows it and the others deny it', () => {
		expect(checkHeaders(headers('geolocation=(self)'), '/gan-day/')).toEqual([]);
		expect(checkHeaders(headers('geolocation=(self)'), '/san-pham/')).toEqual([]);
	});

	it('fails the headers gate when the near-me page does not allow it, or another page allows it', () => {
		expect(checkHeaders(headers('geolocation=()'), '/gan-day/').map((f) => f.rule)).toEqual(['permissions-geolocation']);
		const everywhere = parseHeaders(`/*\n  Permissions-Policy: geolocation=(self)\n`);
		expect(checkHeaders(everywhere, '/san-pham/').map((f) => f.rule)).toContain('permissions-geolocation');
	});
});
