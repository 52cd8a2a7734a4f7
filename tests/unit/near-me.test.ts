import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distanceKm, formatKm, hoursOn, nearest, weekDayInVietnam } from '../../src/lib/offline/near.ts';
import { picturesOf, tripListOf, tripListPath, tripPlace, writeTripLists, type TripFile } from '../../src/lib/offline/trips.ts';
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
	it('stores every picture a page may show: each src and every width of each srcset', () => {
		const html =
			'<img src="/_img/a-800.webp" srcset="/_img/a-400.webp 400w, /_img/a-800.webp 800w" alt="">' +
			'<p>x</p><img alt="" src="https://media.example.vn/_img/b-400.webp?x=1&amp;y=2">';
		expect(picturesOf(html)).toEqual(['/_img/a-800.webp', '/_img/a-400.webp', 'https://media.example.vn/_img/b-400.webp?x=1&y=2']);
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
			expect(vi.files.map(([url]) => url)).toEqual(['/san-pham/tra/', '/_img/a-400.webp', '/san-pham/gao/', '/_img/b-400.webp']);
			const district = tripListOf(vi, 'vi', tripPlace('districts', 'bao-loc'));
			expect(district).toMatchObject({ cache: 'trip:vi:districts:bao-loc', page: '/huyen/bao-loc/' });
			expect(district?.files).toEqual([
				{ url: '/san-pham/tra/', bytes: '<img alt="" src="/_img/a-400.webp">'.length },
				{ url: '/_img/a-400.webp', bytes: 400 },
			]);
			const shop = tripListOf(vi, 'vi', tripPlace('salesPoints', 'cho-bao-loc'));
			expect(shop?.files.map((f) => f.url)).toEqual(['/san-pham/gao/', '/_img/b-400.webp', '/san-pham/tra/', '/_img/a-400.webp']);
			expect(shop?.bytes).toBe(700 + 2 * '<img alt="" src="/_img/a-400.webp">'.length);
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
