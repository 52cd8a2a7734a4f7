/**
 * Near me and the map, in Chromium: given a position, the near-me page lists the nearest OCOP centres
 * and sales points in order of distance; without the permission the visitor picks a province; every
 * point of the map links to a page that was built.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { checkAxe, checkKeyboard } from '../../scripts/gates/browser.ts';
import { fileFor } from '../../scripts/gates/dist.ts';
import { checkHtml } from '../../scripts/gates/html.ts';
import { expectNoFailures } from '../helpers/gates.ts';
import { routePath, sitePath } from '../../src/lib/routes.ts';
import { useSiteInBrowser } from '../helpers/browser.ts';
import type { NearIndex } from '../../src/lib/offline/near.ts';
import { page as builtPage } from '../helpers/site.ts';
import { ROOT, SITE_DIR } from '../helpers/paths.ts';

const site = useSiteInBrowser();
/** Hoàn Kiếm lake, in the middle of Hà Nội. */
const HANOI = { latitude: 21.0287, longitude: 105.8524 };

/** Every centre and sales point of the sample content with its page and position, read from the YAML files. */
function places() {
	return (['centres', 'salesPoints'] as const).flatMap((key) => {
		const folder = join(ROOT, 'content', key === 'centres' ? 'centres' : 'sales-points');
		return readdirSync(folder).map((file) => {
			const data = load(readFileSync(join(folder, file), 'utf8')) as { coordinates: { lat: number; lng: number } };
			return { path: routePath('en', { key, id: file.replace(/\.yaml$/, '') }), ...data.coordinates };
		});
	});
}

/** Places nearest `from`, by a flat-earth distance (fine at the scale of a country, and not the page's own formula). */
function expectedOrder(from: { latitude: number; longitude: number }, count: number): string[] {
	const k = Math.cos((from.latitude * Math.PI) / 180);
	const d = (p: { lat: number; lng: number }) => Math.hypot(p.lat - from.latitude, (p.lng - from.longitude) * k);
	return places()
		.sort((a, b) => d(a) - d(b))
		.slice(0, count)
		.map((p) => p.path);
}

describe('near me', () => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, geolocation: HANOI });
		page = await context.newPage();
	});
	afterAll(() => context?.close());

	it('given a position in Hà Nội, lists the nearest centres and sales points in order, with distance and hours', async () => {
		await context.grantPermissions(['geolocation'], { origin: site.origin });
		const files: string[] = [];
		page.on('request', (request) => {
			const path = new URL(request.url()).pathname;
			if (path.startsWith('/near-me')) files.push(path);
		});
		await page.goto(site.origin + routePath('en', { key: 'nearMe' }));
		await page.locator('[data-locate]').click();
		await page.locator('[data-list] li').first().waitFor();
		// The index, then the places of Hà Nội first, then of the provinces whose places could be among
		// the nearest, nearest first (with 10 shown of the sample's few places, most of them).
		const index = JSON.parse(readFileSync(join(SITE_DIR, 'near-me.json'), 'utf8')) as NearIndex;
		expect(files.slice(0, 2)).toEqual(['/near-me.json', '/near-me/ha-noi.json']);
		expect(files.length - 1).toBeLessThanOrEqual(index.provinces.filter((p) => p.count > 0).length);
		const links = await page
			.locator('[data-list] li > a')
			.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(links.slice(0, 4)).toEqual(expectedOrder(HANOI, 4));
		const first = await page.locator('[data-list] li .meta').first().textContent();
		expect(first).toMatch(/ (m|km) · (open today \d\d:\d\d–\d\d:\d\d|closed today)/);
	});

	it('without the permission, says so, and lists the places of the province picked', async () => {
		await context.clearPermissions();
		await page.goto(site.origin + routePath('vi', { key: 'nearMe' }));
		await page.locator('[data-locate]').click();
		await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('Không lấy được vị trí'));
		await page.locator('[data-province]').selectOption('lam-dong');
		await page.locator('[data-list] li').first().waitFor();
		const links = await page
			.locator('[data-list] li > a')
			.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(links.sort()).toEqual(
			[routePath('vi', { key: 'salesPoints', id: 'lac-duong-lang-biang' }), routePath('vi', { key: 'centres', id: 'lac-duong' })].sort(),
		);
	});

	it('offline, lists the places of the provinces read before and says there may be nearer ones', async () => {
		const offline = await site.browser.newContext({ viewport: { width: 390, height: 844 }, geolocation: HANOI });
		try {
			await offline.grantPermissions(['geolocation'], { origin: site.origin });
			const tab = await offline.newPage();
			await tab.goto(site.origin + routePath('en', { key: 'nearMe' }));
			await tab.evaluate(() => navigator.serviceWorker.ready);
			await tab.waitForFunction(() => navigator.serviceWorker.controller !== null);
			// Online, Lâm Đồng is picked: the worker keeps the index and Lâm Đồng's file, and no other province's.
			await tab.locator('[data-province]').selectOption('lam-dong');
			await tab.locator('[data-list] li').first().waitFor();
			// The index was read before the worker took the page, and read again through it since.
			await tab.waitForFunction(async () => (await caches.match('/near-me.json')) !== undefined);
			await offline.setOffline(true);
			await tab.reload();
			await tab.locator('[data-locate]').click();
			await tab.locator('[data-list] li').first().waitFor();
			const links = await tab
				.locator('[data-list] li > a')
				.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
			expect(links.sort()).toEqual(
				[routePath('en', { key: 'salesPoints', id: 'lac-duong-lang-biang' }), routePath('en', { key: 'centres', id: 'lac-duong' })].sort(),
			);
			expect(await tab.locator('[data-status]').textContent()).toContain('there may be nearer ones');
		} finally {
			await offline.close();
		}
	});

	it('without JavaScript, explains and links to the province lists', async () => {
		const $ = builtPage(routePath('vi', { key: 'nearMe' }));
		const fallback = $('[data-no-script]');
		expect(fallback.find(`a[href="${routePath('vi', { key: 'provinces' })}"]`).length).toBe(1);
		expect(fallback.attr('hidden')).toBeUndefined();
	});
});

describe('the map', () => {
	it('passes the HTML, axe and keyboard gates in both languages, on a phone', async () => {
		const paths = [routePath('vi', { key: 'map' }), routePath('en', { key: 'map' })];
		expectNoFailures(await checkHtml(SITE_DIR, paths));
		const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
		try {
			const page = await context.newPage();
			for (const path of paths) {
				await page.goto(site.origin + path);
				expectNoFailures([...(await checkAxe(page, path)), ...(await checkKeyboard(page, path))]);
			}
		} finally {
			await context.close();
		}
	});

	it('draws every province, centre and sales point as a link to a page that was built', () => {
		for (const locale of ['vi', 'en'] as const) {
			const $ = builtPage(routePath(locale, { key: 'map' }));
			const hrefs = $('svg.country-map a')
				.map((_, a) => $(a).attr('href') ?? '')
				.get();
			expect(hrefs.filter((h) => h.includes(routePath(locale, { key: 'provinces' }))).length).toBe(34);
			expect(hrefs.length).toBe(34 + places().length);
			for (const href of hrefs) expect(fileFor(sitePath(href) ?? href, SITE_DIR), href).toBeTruthy();
			expect($('svg.country-map text').text()).toContain(locale === 'vi' ? 'Hoàng Sa' : 'Hoang Sa');
			expect($('svg.country-map text').text()).toContain(locale === 'vi' ? 'Trường Sa' : 'Truong Sa');
		}
	});
});
