/**
 * On the road without a signal (docs/offline-and-maps.md): the service worker installs, and with the
 * browser offline the pages read before, a district saved for the trip (pages and pictures), a search
 * made before and the offline page in the visitor's language all open; a search never made says it
 * needs the network.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { tripListOf, tripPlace, type TripFile, type TripList } from '../../src/lib/offline/trip-list.ts';
import { routePath } from '../../src/lib/routes.ts';
import { useSiteInBrowser } from '../helpers/browser.ts';
import { SITE_DIR } from '../helpers/paths.ts';

const site = useSiteInBrowser();
const DISTRICT = 'hoc-mon';
/** Its province, whose file holds the lists of all its places. */
const PROVINCE = 'ho-chi-minh';

/** Opens `path` and waits until the service worker controls the page. */
async function openControlled(page: Page, path: string) {
	await page.goto(site.origin + path);
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Types a search into the search page and waits for its answer (results, or the network notice). */
async function search(page: Page, path: string, query: string) {
	await page.goto(`${site.origin}${path}?q=${encodeURIComponent(query)}`);
	await page.waitForFunction(() => {
		const el = document.querySelector<HTMLElement>('ocop-search');
		return el?.dataset['done'] !== undefined || el?.dataset['network'] === 'needed';
	});
}

describe('the site on the road, offline', () => {
	let context: BrowserContext;
	let page: Page;
	const file = JSON.parse(readFileSync(join(SITE_DIR, 'trips/vi', `${PROVINCE}.json`), 'utf8')) as TripFile;
	const list = tripListOf(file, 'vi', tripPlace('districts', DISTRICT)) as TripList;

	beforeAll(async () => {
		context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 });
		page = await context.newPage();
	});
	afterAll(() => context?.close());

	it('the service worker installs with the shell and controls the page', async () => {
		await openControlled(page, routePath('vi', { key: 'home' }));
		const cached = await page.evaluate(async () => {
			const names = await caches.keys();
			const precache = names.find((n) => n.startsWith('workbox-precache'));
			return precache ? (await (await caches.open(precache)).keys()).map((r) => new URL(r.url).pathname) : [];
		});
		expect(cached).toContain('/ngoai-tuyen/');
		expect(cached).toContain('/en/offline/');
		expect(cached).toContain('/pagefind/pagefind.js');
	});

	it('saves a district for the trip, one file of each picture (the one this phone shows), after saying how much that is', async () => {
		await page.goto(site.origin + routePath('vi', { key: 'districts', id: DISTRICT }));
		const button = page.locator('ocop-save-trip button');
		await button.waitFor();
		await page.waitForFunction(() => /MB/.test(document.querySelector('ocop-save-trip button')?.textContent ?? ''));
		const said = (await button.textContent()) ?? '';
		await button.click();
		await page.waitForFunction((name) => caches.has(name), list.cache);
		await page.waitForFunction(() => document.querySelector('ocop-save-trip button')?.textContent?.includes('Xoá'));
		const stored = await page.evaluate(async (name) => {
			const cache = await caches.open(name);
			const files: Array<{ url: string; bytes: number }> = [];
			for (const request of await cache.keys()) {
				const response = await cache.match(request);
				files.push({ url: new URL(request.url).pathname, bytes: (await response?.arrayBuffer())?.byteLength ?? 0 });
			}
			return files;
		}, list.cache);
		const pictures = stored.filter((f) => f.url.includes('/_img/'));
		expect(list.files.length).toBeGreaterThan(1);
		expect(list.extra.map((f) => f.url)).toEqual(['/near-me/ho-chi-minh.json']);
		expect(pictures.length).toBe(list.pictures.length);
		for (const picture of list.pictures)
			expect(pictures.filter((f) => picture.choices.some((c) => c.url === f.url)).length, picture.choices[0]?.url).toBe(1);
		// What the button said is what the pages and those files weigh, less than every width of every picture.
		const products = stored.filter((f) => [...list.files, ...list.extra].some((p) => p.url === f.url));
		const bytes = [...products, ...pictures].reduce((n, f) => n + f.bytes, 0);
		const megabytes = (n: number) => `${(n / 1e6).toLocaleString('vi-VN', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`;
		expect(said).toContain(megabytes(bytes));
		const everyWidth = list.bytes + (list.extra[0]?.bytes ?? 0) + list.pictures.flatMap((p) => p.choices).reduce((n, c) => n + c.bytes, 0);
		expect(bytes).toBeLessThan(everyWidth);
	});

	it('online, a search is made, the English search page is opened without searching, and a list of products is read', async () => {
		await search(page, routePath('vi', { key: 'search' }), 'ca phe');
		expect(await page.locator('[data-results] [data-link]').count()).toBeGreaterThan(0);
		await page.goto(site.origin + routePath('en', { key: 'search' }));
		await page.waitForFunction(() => document.querySelector<HTMLElement>('ocop-search')?.dataset['done'] !== undefined);
		await page.goto(site.origin + routePath('vi', { key: 'products' }));
	});

	it('offline, a page read before opens', async () => {
		await context.setOffline(true);
		await page.goto(site.origin + routePath('vi', { key: 'products' }));
		expect(await page.locator('h1').textContent()).toBeTruthy();
		expect(await page.locator('[data-offline-page]').count()).toBe(0);
	});

	it("offline, the saved district's product pages and their pictures open", async () => {
		const pages = list.files.filter((f) => f.url.endsWith('/'));
		for (const file of pages) {
			await page.goto(site.origin + file.url);
			expect(await page.locator('[data-offline-page]').count(), file.url).toBe(0);
			const cover = page.locator('img.cover');
			if ((await cover.count()) === 0) continue;
			await page.waitForFunction(() => document.querySelector<HTMLImageElement>('img.cover')?.complete);
			expect(await cover.evaluate((img: HTMLImageElement) => img.naturalWidth), file.url).toBeGreaterThan(0);
		}
	});

	it('offline, a search made before answers again', async () => {
		await search(page, routePath('vi', { key: 'search' }), 'ca phe');
		expect(await page.locator('[data-results] [data-link]').count()).toBeGreaterThan(0);
		expect(await page.locator('[data-needs-network]').isHidden()).toBe(true);
	});

	it('offline, a search whose index was never fetched says it needs the network, in English on the English page', async () => {
		await search(page, routePath('en', { key: 'search' }), 'coffee');
		const notice = page.locator('[data-needs-network]');
		expect(await notice.isVisible()).toBe(true);
		expect(await notice.textContent()).toContain('needs a connection');
	});

	it('when the network comes back, the search that needed it is made again on the same page and answers', async () => {
		const answered = () =>
			page.waitForFunction(
				() =>
					document.querySelector<HTMLElement>('ocop-search')?.dataset['network'] === undefined &&
					document.querySelectorAll('[data-results] [data-link]').length > 0,
			);
		// Still on the English search page that said "coffee" needs the network: no reload from here on.
		const opened = await page.evaluate(() => performance.timeOrigin);
		await context.setOffline(false);
		await answered();
		expect(await page.locator('[data-needs-network]').isHidden()).toBe(true);
		expect(await page.locator('#search-q').inputValue()).toBe('coffee');
		expect(await page.evaluate(() => performance.timeOrigin)).toBe(opened);
		await context.setOffline(true);
	});

	it('offline, a page never visited shows the offline page in its language', async () => {
		await page.goto(site.origin + routePath('en', { key: 'groups' }));
		expect(await page.locator('[data-offline-page] h1').textContent()).toBe('You are offline');
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		await page.goto(site.origin + routePath('vi', { key: 'groups' }));
		expect(await page.locator('[data-offline-page] h1').textContent()).toBe('Bạn đang ngoại tuyến');
		await context.setOffline(false);
	});
});
