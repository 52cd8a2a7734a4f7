#!/usr/bin/env node
/**
 * What a built site costs a visitor on a phone, measured in Chromium (playwright-core): the bytes
 * of opening the search page and answering a first query, and of opening a product page with its
 * cover picture and fonts. Used by `npm run bench` for every size it builds; on its own it measures
 * a built folder and lists every request (`npm run bench:search -- dist`; for a site built with
 * MEDIA_URL, set the same MEDIA_URL, and its media folder `dist-media/` answers for it).
 *
 * The folder is served on 127.0.0.1 by sirv, like any static host, and opened in the project's
 * Chromium (scripts/chromium.ts). Every response (dedicated
 * workers included, where Pagefind fetches its index) is measured as a host would send it: gzip
 * (zlib level 6, the usual default) for text, as-is for what hosts do not compress (pictures,
 * fonts, and Pagefind's index files, which are gzipped already). Times are loopback wall-clock,
 * indicative only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import sirv from 'sirv';
import { launchChromium } from '../chromium.ts';
import { mediaOutDir, mediaUrl } from '../../src/lib/config.ts';
import { plain } from '../../src/lib/search/spellings.ts';

/** The first query typed on the search page: what most visitors search, written without marks. */
export const QUERY = process.env['BENCH_QUERY'] ?? 'ca phe';
/**
 * The query set of issue 23: common searches, each measured as a first visit (empty cache) opening
 * the search page with the query in its address, as a shared link or the header's search box does.
 * The last one is a district's name, the first district of the search page's filter, typed without
 * marks (`querySet`).
 */
export const COMMON_QUERIES = ['ca phe', 'mat ong', 'tra', 'gao'] as const;

/** The query set of the site built in `dir`: COMMON_QUERIES and a district's name, without marks or its "Huyện"/"District" word. */
export function querySet(dir: string): string[] {
	// The first option of the district filter: in the facet file the filter panel fetches (the page's
	// HTML listed them before), else in the page; without either the set has four queries.
	const facets = join(dir, 'search-facets', 'vi.json');
	const fromFile = existsSync(facets)
		? (JSON.parse(readFileSync(facets, 'utf8')) as { facets: Array<{ facet: string; options: Array<{ label: string }> }> }).facets.find(
				(f) => f.facet === 'district',
			)?.options[0]?.label
		: undefined;
	const html = readFileSync(join(dir, 'tim-kiem', 'index.html'), 'utf8');
	const district = fromFile ?? /name="district"[^>]*>\s*<span[^>]*>([^<]+)</.exec(html)?.[1] ?? '';
	const name = plain(district.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))))
		.replace(/^(huyen|quan|thi xa|thanh pho|tp\.?)\s+/, '')
		.trim();
	return [...COMMON_QUERIES, ...(name ? [name] : [])];
}

/** Targets of issue 12 at national scale, in bytes transferred. */
export const TARGETS = { search: 200 * 1024, product: 100 * 1024 };

/** One response, as a static host would send it. */
export interface Transfer {
	url: string;
	kind: string;
	raw: number;
	sent: number;
}

/** What a visitor's phone fetched for one task. */
export interface Visit {
	transfers: Transfer[];
	/** Bytes sent, by kind. */
	byKind: Record<string, number>;
	total: number;
	ms: number;
}

/** The visitor figures of a built site. */
export interface VisitorFigures {
	search: Visit & { results: number };
	/** Opening the filters after the first query (on a phone they start closed): the facet counts' cost. */
	filters: Visit & { facetsWithCounts: number };
	product: Visit & { url: string; htmlCssJs: number };
	/** Each query of the query set (querySet), a first visit opening the search page with it. */
	querySet: Array<Visit & { query: string; results: number }>;
}

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg)/;

/** What a response is, for the tables: Pagefind's parts by name, then by file type. */
export function kindOf(path: string, type: string): string {
	if (path.startsWith('/pagefind/')) {
		if (/pf_meta/.test(path)) return 'pagefind meta';
		if (/\.pf_index$/.test(path)) return 'pagefind index';
		if (/\.pf_filter$|\/filter-table-[^/]+\.json$/.test(path)) return 'pagefind filters';
		if (/\.pf_fragment$/.test(path)) return 'pagefind fragments';
		if (/wasm/.test(path)) return 'pagefind wasm';
		return 'pagefind js';
	}
	if (/\.woff2?$/.test(path) || type.startsWith('font/')) return 'fonts';
	if (/\.(webp|avif|jpe?g|png|gif|svg)$/.test(path) || type.startsWith('image/')) return 'pictures';
	if (type.includes('html')) return 'html';
	if (type.includes('css')) return 'css';
	if (type.includes('javascript')) return 'js';
	if (type.includes('json') || path.endsWith('.json')) return 'json';
	return 'other';
}

async function measure(request: Request): Promise<Transfer | undefined> {
	const response = await request.response();
	if (!response) return undefined;
	const url = response.url();
	if (url.startsWith('data:')) return undefined;
	const body = await response.body().catch(() => undefined);
	if (!body) return undefined;
	const type = response.headers()['content-type'] ?? '';
	const path = new URL(url).pathname;
	const sent = COMPRESSIBLE.test(type) ? gzipSync(body, { level: 6 }).length : body.length;
	return { url: path, kind: kindOf(path, type), raw: body.length, sent };
}

/** Records every response of the page (and its workers) until the returned function is called. */
function record(page: Page) {
	const pending: Array<Promise<Transfer | undefined>> = [];
	const started = performance.now();
	const onFinished = (request: Request) => void pending.push(measure(request));
	page.on('requestfinished', onFinished);
	return async (): Promise<Visit> => {
		page.off('requestfinished', onFinished);
		const transfers = (await Promise.all(pending)).filter((t): t is Transfer => t !== undefined);
		const byKind: Record<string, number> = {};
		for (const t of transfers) byKind[t.kind] = (byKind[t.kind] ?? 0) + t.sent;
		return { transfers, byKind, total: transfers.reduce((n, t) => n + t.sent, 0), ms: performance.now() - started };
	};
}

/** Waits until the search page shows the search in its URL (the element sets data-done). */
async function settled(page: Page, expected: string) {
	await page.waitForFunction((done) => document.querySelector<HTMLElement>('ocop-search')?.dataset['done'] === done, expected, {
		timeout: 120_000,
	});
}

/**
 * The answer a visitor sees includes the thumbnails of the results on the first screen: they are
 * waited for, then the network going quiet. (Waiting for the network alone sometimes ended before
 * the thumbnails were asked for, and they were counted with the filters instead.)
 */
async function thumbnailsShown(page: Page) {
	await page.waitForFunction(
		() =>
			[...document.querySelectorAll<HTMLImageElement>('[data-results] img')]
				.filter((img) => img.getBoundingClientRect().top < innerHeight)
				// A thumbnail gets its address when it comes near the screen (search-page.ts): one on it has one.
				.every((img) => img.getAttribute('src') && img.complete),
		undefined,
		{ timeout: 60_000 },
	);
}

/** The query set's first searches, one line each: bytes sent, of it Pagefind's index chunks and meta, and the results. */
export function describeQuerySet(set: VisitorFigures['querySet']): string {
	return set
		.map(
			(v) =>
				`  ${v.total <= TARGETS.search ? 'pass' : 'FAIL'}  "${v.query}": ${kb(v.total)} of ${kb(TARGETS.search)} (index chunks ${kb(v.byKind['pagefind index'] ?? 0)}, meta ${kb(v.byKind['pagefind meta'] ?? 0)}, wasm+js ${kb((v.byKind['pagefind wasm'] ?? 0) + (v.byKind['pagefind js'] ?? 0) + (v.byKind['js'] ?? 0))}, pictures ${kb(v.byKind['pictures'] ?? 0)}; ${v.results} results shown)`,
		)
		.join('\n');
}

/** A phone: small screen, touch, twice the pixels. */
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
/**
 * The product page is measured on a phone of three device pixels per CSS pixel, the densest common
 * one: its cover is the largest file a phone fetches (srcset), so the budget holds for every phone.
 */
export const DENSE_PHONE = { ...PHONE, deviceScaleFactor: 3 };

/** The first product page of the Vietnamese edition, by folder name. */
function firstProductPath(dir: string): string {
	const products = join(dir, 'san-pham');
	// Not a moved-page redirect left at a former address: a page with the product in it.
	const slug = readdirSync(products, { withFileTypes: true })
		.filter((e) => e.isDirectory() && /[a-z]/.test(e.name))
		.map((e) => e.name)
		.sort()
		.find((name) => readFileSync(join(products, name, 'index.html'), 'utf8').includes('data-product='));
	if (!slug) throw new Error(`${dir} has no product page`);
	return `/san-pham/${slug}/`;
}

/** Media published apart from the pages (MEDIA_URL): the address the site was built with and the folder holding them. */
export interface MediaHost {
	url: string;
	dir: string;
}

/** Answers the browser's requests under `media.url` from `media.dir`, as the media host would. */
async function serveMedia(context: BrowserContext, media: MediaHost | undefined) {
	if (!media) return;
	await context.route(`${media.url}**`, async (route) => {
		const file = join(media.dir, decodeURIComponent(route.request().url().slice(media.url.length).split('?')[0] ?? ''));
		if (existsSync(file)) await route.fulfill({ path: file });
		else await route.fulfill({ status: 404, body: 'Not found' });
	});
}

/**
 * Opens the search page, types the query and waits for the answer; then opens a product page, each
 * with an empty cache. `media`: the site was built with MEDIA_URL, and its media folder answers for it.
 */
export async function measureVisitor(dir: string, browser?: Browser, media?: MediaHost): Promise<VisitorFigures> {
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
	const own = browser === undefined;
	browser ??= await launchChromium();
	try {
		const searchContext = await browser.newContext(PHONE);
		await serveMedia(searchContext, media);
		const page = await searchContext.newPage();
		const stop = record(page);
		await page.goto(`${origin}/tim-kiem/`);
		await settled(page, '?');
		await page.fill('#search-q', QUERY);
		await settled(page, `?q=${new URLSearchParams({ q: QUERY }).toString().slice(2)}`);
		await thumbnailsShown(page);
		await page.waitForLoadState('networkidle');
		const visit = await stop();
		const results = await page.locator('[data-results] > li').count();
		const stopFilters = record(page);
		const query = `?q=${new URLSearchParams({ q: QUERY }).toString().slice(2)}`;
		if (!(await page.locator('[data-filters]').evaluate((d) => (d as HTMLDetailsElement).open)))
			await page.locator('[data-filters] summary').click();
		// A site built before the counts were loaded lazily never sets data-counts: it had them already.
		await page
			.waitForFunction((done) => document.querySelector<HTMLElement>('ocop-search')?.dataset['counts'] === done, query, { timeout: 30_000 })
			.catch(() => undefined);
		await page.waitForLoadState('networkidle');
		const filters = await stopFilters();
		const facetsWithCounts = await page
			.locator('[data-facet]:not([hidden]) [data-option]:not([hidden]) [data-count]')
			.evaluateAll((nodes) => nodes.filter((n) => /\(\d+\)/.test(n.textContent ?? '')).length);
		await searchContext.close();

		const url = firstProductPath(dir);
		const { visit: product, htmlCssJs } = await measureProductPage(browser, origin, url, media);

		const queries: VisitorFigures['querySet'] = [];
		for (const q of querySet(dir)) {
			const context = await browser.newContext(PHONE);
			await serveMedia(context, media);
			const queryPage = await context.newPage();
			const stopQuery = record(queryPage);
			const search = `?q=${new URLSearchParams({ q }).toString().slice(2)}`;
			await queryPage.goto(`${origin}/tim-kiem/${search}`);
			await settled(queryPage, search);
			await thumbnailsShown(queryPage);
			await queryPage.waitForLoadState('networkidle');
			queries.push({ ...(await stopQuery()), query: q, results: await queryPage.locator('[data-results] > li').count() });
			await context.close();
		}
		return {
			search: { ...visit, results },
			filters: { ...filters, facetsWithCounts },
			product: { ...product, url, htmlCssJs },
			querySet: queries,
		};
	} finally {
		if (own) await browser.close();
		server.close();
	}
}

/**
 * What a phone of three device pixels per CSS pixel fetches to open the product page at `url` (served
 * at `origin`) with an empty cache: the page, its styles, scripts, fonts and pictures.
 */
export async function measureProductPage(
	browser: Browser,
	origin: string,
	url: string,
	media?: MediaHost,
): Promise<{ visit: Visit; htmlCssJs: number }> {
	const context = await browser.newContext(DENSE_PHONE);
	try {
		await serveMedia(context, media);
		const page = await context.newPage();
		const stop = record(page);
		await page.goto(`${origin}${url}`);
		await page.waitForLoadState('networkidle');
		const visit = await stop();
		return { visit, htmlCssJs: (visit.byKind['html'] ?? 0) + (visit.byKind['css'] ?? 0) + (visit.byKind['js'] ?? 0) };
	} finally {
		await context.close();
	}
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

/** Every request of a visit, for reading by a person. */
export function describeVisit(title: string, visit: Visit): string {
	const lines = [`${title}: ${visit.transfers.length} requests, ${kb(visit.total)} sent`];
	for (const [kind, bytes] of Object.entries(visit.byKind).sort((a, b) => b[1] - a[1]))
		lines.push(`  ${kind.padEnd(20)} ${kb(bytes).padStart(10)}`);
	for (const t of visit.transfers) lines.push(`    ${kb(t.sent).padStart(9)} ${kb(t.raw).padStart(9)}  ${t.url}`);
	return lines.join('\n');
}

if (import.meta.main) {
	const dir = resolve(process.argv[2] ?? 'dist');
	// A site built with MEDIA_URL: its media folder (dist-media/ beside dist/) answers for that address.
	const media = mediaUrl();
	const figures = await measureVisitor(dir, undefined, media ? { url: media, dir: mediaOutDir(dir) } : undefined);
	console.log(describeVisit(`search page opened and "${QUERY}" answered (${figures.search.results} results shown)`, figures.search));
	console.log();
	console.log(describeVisit(`filters opened (${figures.filters.facetsWithCounts} facet values with counts)`, figures.filters));
	console.log();
	console.log(describeVisit(`product page ${figures.product.url} (HTML+CSS+JS ${kb(figures.product.htmlCssJs)})`, figures.product));
	console.log();
	console.log(`search: ${kb(figures.search.total)} of ${kb(TARGETS.search)} ${figures.search.total <= TARGETS.search ? 'pass' : 'FAIL'}`);
	const withCounts = figures.search.total + figures.filters.total;
	console.log(`search with facet counts: ${kb(withCounts)} of ${kb(TARGETS.search)} ${withCounts <= TARGETS.search ? 'pass' : 'FAIL'}`);
	console.log(
		`product page: ${kb(figures.product.total)} of ${kb(TARGETS.product)} ${figures.product.total <= TARGETS.product ? 'pass' : 'FAIL'}`,
	);
	console.log('first search of the query set, search page opened with the query (empty cache):');
	console.log(describeQuerySet(figures.querySet));
}
