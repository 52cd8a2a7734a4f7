/**
 * The product page's budget (100 kB with its cover, on a phone) holds for a real photograph, not only
 * for the sample illustrations: the minimal fixture with a photo-like cover (scripts/generate/photo-like.ts,
 * a JPEG of 240 kB with detail at every scale, the largest of those measured: its 800 px WebP was
 * 102.5 kB at quality 80, the page over its budget by the picture alone), opened in Chromium as a phone of 390 CSS px at
 * 3 device pixels per CSS pixel, the densest common one (scripts/bench/visitor.ts). The cover it
 * fetches is sharp there: at least twice as many pixels across as the CSS pixels it is shown in.
 */
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DENSE_PHONE, measureProductPage, TARGETS } from '../../scripts/bench/visitor.ts';
import { drawPhotoLike } from '../../scripts/generate/photo-like.ts';
import { routePath } from '../../src/lib/routes.ts';
import { launch, serve } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { ROOT, TMP } from '../helpers/paths.ts';

const CONTENT = join(TMP, 'photo-cover-content');
const OUT = join(TMP, 'photo-cover');
const PRODUCT = 'che-thu-nghiem';

let browser: Browser | undefined;
let server: Awaited<ReturnType<typeof serve>> | undefined;

beforeAll(async () => {
	if (process.env['OCOP_TEST_REUSE_BUILD'] !== '1' || !existsSync(join(OUT, 'index.html'))) {
		rmSync(CONTENT, { recursive: true, force: true });
		cpSync(join(ROOT, 'tests/fixtures/minimal'), CONTENT, { recursive: true });
		writeFileSync(join(CONTENT, 'products', PRODUCT, 'cover.jpg'), await drawPhotoLike(2));
		rmSync(OUT, { recursive: true, force: true });
		const result = buildSite(CONTENT, OUT);
		if (result.status !== 0) throw new Error(`The fixture with a photo-like cover did not build:\n${result.output.slice(-4000)}`);
	}
	[browser, server] = await Promise.all([launch(), serve(OUT)]);
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('a product page with a photo-like cover, on a phone of 3 device pixels per CSS pixel', () => {
	it('costs at most 100 kB with its cover, styles, scripts and fonts', async () => {
		if (!browser || !server) throw new Error('not started');
		const { visit } = await measureProductPage(browser, server.origin, routePath('vi', { key: 'products', id: PRODUCT }));
		expect(visit.transfers.some((t) => t.kind === 'pictures' && t.sent > 20_000)).toBe(true);
		expect(visit.total, visit.transfers.map((t) => `${t.sent} ${t.url}`).join('\n')).toBeLessThanOrEqual(TARGETS.product);
	});

	it('shows a cover with at least two device pixels for each CSS pixel of its box', async () => {
		if (!browser || !server) throw new Error('not started');
		const context = await browser.newContext(DENSE_PHONE);
		try {
			const page = await context.newPage();
			await page.goto(server.origin + routePath('vi', { key: 'products', id: PRODUCT }));
			await page.waitForFunction(() => document.querySelector<HTMLImageElement>('img.cover')?.complete);
			const { current, shown } = await page
				.locator('img.cover')
				.evaluate((img: HTMLImageElement) => ({ current: img.currentSrc, shown: img.getBoundingClientRect().width }));
			// The file's width, from its name (`<hash>-800q70.webp`): naturalWidth would be divided by the srcset's density.
			const width = Number(/-(\d+)(?:q\d+)?\.\w+$/.exec(current)?.[1]);
			expect(shown).toBeGreaterThan(300);
			expect(width).toBeGreaterThanOrEqual(2 * shown);
		} finally {
			await context.close();
		}
	});
});
