/**
 * The site served from a sub-path in Chromium, as GitHub Pages serves a project site: the minimal
 * fixture built for `https://ocop.example.org/ocop/` and served at `http://127.0.0.1:<port>/ocop/`,
 * with nothing outside `/ocop/`. A visitor searches, follows a result, and scans a QR label.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, serve } from '../helpers/browser.ts';
import { readSymbol } from '../helpers/qr.ts';
import { buildSubPathSite, SUB_PATH_BASE, SUB_PATH_SITE } from '../helpers/sub-path.ts';

let dir = '';
let browser: Browser | undefined;
let server: Awaited<ReturnType<typeof serve>> | undefined;
let context: BrowserContext | undefined;
/** Requests that failed or were answered with an error, for the assertions. */
const failed: string[] = [];

beforeAll(async () => {
	dir = buildSubPathSite('sub-path-browser');
	[browser, server] = await Promise.all([launch(), serve(dir, { base: SUB_PATH_BASE })]);
	context = await browser.newContext({ locale: 'vi-VN' });
	context.on('response', (response) => {
		if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
	});
	context.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
});
afterAll(async () => {
	await context?.close();
	await browser?.close();
	await server?.close();
});

/** A new page of the shared context, with the list of failed requests emptied. */
async function open(): Promise<Page> {
	if (!context) throw new Error('not started');
	failed.length = 0;
	return context.newPage();
}

/** The local address of a public URL of the build (`https://ocop.example.org/ocop/x/` → `http://127.0.0.1:n/ocop/x/`). */
function local(url: string): string {
	const { pathname, search } = new URL(url);
	return `${server?.origin ?? ''}${pathname}${search}`;
}

describe('the site served from a sub-path, in Chromium', () => {
	it('searches with Pagefind from the sub-path and follows a result to the product page', async () => {
		const page = await open();
		await page.goto(local(`${SUB_PATH_SITE}tim-kiem/?q=${encodeURIComponent('non la')}`));
		await page.waitForFunction(() => document.querySelector<HTMLElement>('ocop-search')?.dataset['done'] !== undefined);
		const first = page.locator('[data-results] [data-link]').first();
		expect(new URL(await first.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(`${SUB_PATH_BASE}san-pham/non-thu-nghiem/`);
		// The first result is on the screen: its thumbnail is fetched, from the sub-path.
		await page.waitForFunction(() => {
			const img = document.querySelector<HTMLImageElement>('[data-results] [data-thumb] img');
			return Boolean(img?.getAttribute('src') && img.complete && img.naturalWidth > 0);
		});
		await Promise.all([page.waitForURL(`**${SUB_PATH_BASE}san-pham/non-thu-nghiem/`), first.click()]);
		await expect(page.locator('h1').textContent()).resolves.toBe('Nón lá thử nghiệm');
		expect(failed).toEqual([]);
		await page.close();
	});

	it('opens the product from the URL read off its QR symbol, and its stylesheet loads', async () => {
		const symbol = await readSymbol(readFileSync(join(dir, 'qr', 'tn-001.png')));
		expect(symbol.text).toBe(`${SUB_PATH_SITE}p/tn-001/`);
		const page = await open();
		await page.goto(local(symbol.text));
		await page.waitForURL(`**${SUB_PATH_BASE}san-pham/non-thu-nghiem/`);
		await expect(page.locator('h1').textContent()).resolves.toBe('Nón lá thử nghiệm');
		expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
		expect(failed).toEqual([]);
		await page.close();
	});

	it('answers a missing page with the 404 page, whose links lead back into the sub-path', async () => {
		const page = await open();
		const response = await page.goto(local(`${SUB_PATH_SITE}khong-co-trang-nay/`));
		expect(response?.status()).toBe(404);
		const home = page.locator('main a').first();
		expect(new URL(await home.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(SUB_PATH_BASE);
		expect(failed.filter((f) => !f.includes('khong-co-trang-nay'))).toEqual([]);
		await page.close();
	});

	it('installs the service worker for the sub-path only, and offline shows a page never visited as the offline page', async () => {
		if (!context) throw new Error('not started');
		const page = await open();
		await page.goto(local(SUB_PATH_SITE));
		const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
		expect(new URL(scope).pathname).toBe(SUB_PATH_BASE);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		await context.setOffline(true);
		try {
			await page.goto(local(`${SUB_PATH_SITE}en/groups/`));
			await expect(page.locator('h1').textContent()).resolves.toBe('You are offline');
			await page.goto(local(SUB_PATH_SITE));
			expect(await page.locator('[data-offline-page]').count()).toBe(0);
		} finally {
			await context.setOffline(false);
			await page.close();
		}
	});
});
