#!/usr/bin/env node
/**
 * How much the search costs a visitor on a phone: requests and bytes for opening the search page,
 * for a first query, and for choosing a facet. Not a test; a measurement, printed as a table.
 *
 *   node scripts/bench-search.ts           builds the sample site into a temporary folder first
 *   node scripts/bench-search.ts dist      measures an existing build
 *
 * The built site is served on 127.0.0.1 (sirv, like any static host) and opened in the tests'
 * Chromium (playwright-core). Every response is recorded from the browser's network events
 * (dedicated workers included, where Pagefind fetches its index) and its body measured as-is
 * and gzip-compressed with zlib (level 6, the usual default of static hosts). Bodies a host would
 * not compress (pictures, fonts, Pagefind's own files, which it already gzips) count as-is in the
 * gzip column too. Times are wall-clock on this machine over loopback: indicative only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import sirv from 'sirv';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const QUERY = process.env['BENCH_QUERY'] ?? 'ca phe';

/** Builds the sample content into a temporary folder, as `npm run build` does. */
function buildSample(): string {
	const out = mkdtempSync(join(tmpdir(), 'ocop-bench-'));
	console.log(`Building the sample site into ${out} …`);
	const run = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
		cwd: ROOT,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`, OCOP_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (run.status !== 0) throw new Error('the build failed');
	return out;
}

/** A response as a static host would send it. */
interface Transfer {
	url: string;
	raw: number;
	gzip: number;
}

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg)/;

async function measure(response: Response): Promise<Transfer | undefined> {
	const url = response.url();
	if (url.startsWith('data:')) return undefined;
	const body = await response.body().catch(() => undefined);
	if (!body) return undefined;
	const type = response.headers()['content-type'] ?? '';
	const gzip = COMPRESSIBLE.test(type) ? gzipSync(body, { level: 6 }).length : body.length;
	return { url: new URL(url).pathname, raw: body.length, gzip };
}

/** Records every response of the page (and its workers) until `stop` is called. */
function record(page: Page) {
	const pending: Array<Promise<Transfer | undefined>> = [];
	const onFinished = (request: import('playwright-core').Request) => {
		pending.push(request.response().then((r) => (r ? measure(r) : undefined)));
	};
	page.on('requestfinished', onFinished);
	return async () => {
		page.off('requestfinished', onFinished);
		return (await Promise.all(pending)).filter((t): t is Transfer => t !== undefined);
	};
}

/** Waits until the search page shows the search in its URL (the element sets data-done). */
async function settled(page: Page, expected: string) {
	await page.waitForFunction((done) => document.querySelector<HTMLElement>('ocop-search')?.dataset['done'] === done, expected, { timeout: 60_000 });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

async function main() {
	const given = process.argv[2];
	const dir = given ? resolve(given) : buildSample();
	if (!existsSync(join(dir, 'pagefind', 'pagefind.js'))) throw new Error(`${dir} has no Pagefind bundle: build the site first`);
	const assets = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
	const server = createServer((req, res) =>
		assets(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		}),
	);
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const browser = await launchChromium();
	const rows: Array<{ step: string; transfers: Transfer[]; ms: number }> = [];
	try {
		const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });

		let stop = record(page);
		let t = performance.now();
		await page.goto(`${origin}/tim-kiem/`);
		await settled(page, '?');
		rows.push({ step: 'open the search page (Pagefind loads)', ms: performance.now() - t, transfers: await stop() });

		stop = record(page);
		t = performance.now();
		await page.fill('#search-q', QUERY);
		const query = `?q=${new URLSearchParams({ q: QUERY }).toString().slice(2)}`;
		await settled(page, query);
		await page.waitForLoadState('networkidle');
		rows.push({ step: `first query "${QUERY}" (incl. thumbnails)`, ms: performance.now() - t, transfers: await stop() });

		stop = record(page);
		t = performance.now();
		const summary = page.locator('[data-filters] summary');
		if (!(await page.locator('[data-facet=stars]').isVisible())) await summary.click();
		const box = page.locator('[data-facet=stars] [data-option]:not([hidden]) input').first();
		const value = await box.getAttribute('value');
		await box.check();
		await settled(page, `${query}&stars=${value}`);
		await page.waitForLoadState('networkidle');
		rows.push({ step: `filter change (stars ${value})`, ms: performance.now() - t, transfers: await stop() });
	} finally {
		await browser.close();
		server.close();
		if (!given) rmSync(dir, { recursive: true, force: true });
	}

	for (const row of rows) {
		const raw = row.transfers.reduce((n, x) => n + x.raw, 0);
		const gzip = row.transfers.reduce((n, x) => n + x.gzip, 0);
		console.log(`\n${row.step}: ${row.transfers.length} requests, ${kb(gzip)} gzip (${kb(raw)} uncompressed), ${Math.round(row.ms)} ms`);
		for (const x of row.transfers) console.log(`  ${kb(x.gzip).padStart(9)} ${kb(x.raw).padStart(9)}  ${x.url}`);
	}
	const sum = (list: Transfer[], key: 'raw' | 'gzip') => list.reduce((n, x) => n + x[key], 0);
	const line = (list: Transfer[]) => `${String(list.length).padStart(2)} requests, ${kb(sum(list, 'gzip')).padStart(8)} gzip / ${kb(sum(list, 'raw')).padStart(8)} uncompressed`;
	console.log('\nsummary');
	for (const row of rows) {
		const pagefind = row.transfers.filter((x) => x.url.startsWith('/pagefind/'));
		const pictures = row.transfers.filter((x) => /\.(webp|jpe?g|png|avif)$/.test(x.url));
		console.log(`  ${row.step}`);
		console.log(`    all:      ${line(row.transfers)}`);
		console.log(`    Pagefind: ${line(pagefind)}`);
		if (pictures.length) console.log(`    pictures: ${line(pictures)}`);
	}
}

await main();
