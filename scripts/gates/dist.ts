/**
 * Reading a built site folder (dist/ or a test build): its HTML pages as site paths, the file a
 * path is served from, a page parsed with cheerio, and the kind of each page. Shared by the
 * quality gates, scripts/budgets.ts and the tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';
import { basePath } from '../../src/lib/config.ts';
import { NEUTRAL_PREFIXES, routeFromPath, type RouteKey } from '../../src/lib/routes.ts';

/**
 * Where a built site is published, from its `SITE_URL`: the origin, and the base path its pages are
 * served under (`/`, or `/repo/` for `https://owner.github.io/repo/`). The gates check a built
 * folder against it: a link must stay under the base to reach a file of the site.
 */
export function publishedAt(site: string): { origin: string; base: string } {
	return { origin: new URL(site).origin, base: basePath({ SITE_URL: site }) };
}

/** Every HTML file under `dir`, as site paths: "/", "/en/products/x/", "/404.html". */
export function htmlPages(dir: string): string[] {
	return allFiles(dir)
		.filter((f) => f.endsWith('.html'))
		.map((f) => `/${f}`.replace(/(^|\/)index\.html$/, '$1'))
		.sort();
}

/** Every file under `dir`, relative to it, with forward slashes, sorted. */
export function allFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else out.push(relative(dir, p).split(sep).join('/'));
		}
	};
	walk(dir);
	return out.sort();
}

/**
 * The file a site path is served from, as a static host serves it (the file itself, or the
 * folder's index.html), or undefined when there is none.
 */
export function fileFor(path: string, dir: string): string | undefined {
	let clean: string;
	try {
		clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '');
	} catch {
		return undefined; // a malformed %-escape resolves to nothing
	}
	for (const candidate of [clean, join(clean, 'index.html')]) {
		const full = join(dir, candidate);
		if (!full.startsWith(dir)) return undefined;
		try {
			if (statSync(full).isFile()) return full;
		} catch {
			/* no such file */
		}
	}
	return undefined;
}

/** A built page, parsed. Throws when the page was not built. */
export function loadPage(path: string, dir: string): cheerio.CheerioAPI {
	const file = fileFor(path, dir);
	if (!file) throw new Error(`No page built at ${path} in ${dir}`);
	return cheerio.load(readFileSync(file, 'utf8'));
}

/** Every page of `dir`, parsed once: [site path, document]. */
export function loadPages(dir: string): Array<[string, cheerio.CheerioAPI]> {
	return htmlPages(dir).map((path) => [path, loadPage(path, dir)]);
}

/** Names of page kinds, for reports and budgets: a list page and a single-thing page per route key. */
const KIND_NAMES: Record<RouteKey, [list: string, item: string]> = {
	home: ['home', 'home'],
	products: ['product list', 'product'],
	provinces: ['province list', 'province'],
	districts: ['district list', 'district'],
	centres: ['centre list', 'centre'],
	salesPoints: ['sales point list', 'sales point'],
	producers: ['producer list', 'producer'],
	centresByProvince: ['centres of a province', 'centres of a province'],
	salesPointsByProvince: ['sales points of a province', 'sales points of a province'],
	producersByProvince: ['producers of a province', 'producers of a province'],
	groups: ['group list', 'group'],
	stars: ['star ratings', 'stars'],
	search: ['search', 'search'],
	map: ['map', 'map'],
	nearMe: ['near me', 'near me'],
	trip: ['saved for the trip', 'saved for the trip'],
	offline: ['offline', 'offline'],
	data: ['open data', 'open data'],
	editors: ['editors’ area', 'editors’ area'],
	editorsTranslations: ['editors’ translation report', 'editors’ translation report'],
	editorsCertificates: ['editors’ certificate report', 'editors’ certificate report'],
	editorsStock: ['editors’ stock report', 'editors’ stock report'],
	editorsGuide: ['editor guide', 'editor guide'],
};

/** Kinds of pages that live outside the route table of routes.ts. */
export const SPECIAL_KINDS = {
	notFound: '404',
	permalink: 'permalink',
	print: 'print sheet',
	labels: 'label sheet',
	productSheets: 'product sheet',
	editor: 'form editor',
	other: 'other',
} as const;

/** True for the error pages (404.html, en/404.html, or a 404/ folder). */
export function isErrorPage(path: string): boolean {
	return /(^|\/)404(\.html|\/)$/.test(path);
}

/** True for QR permalinks (/p/<code>/), language-neutral short links. */
export function isPermalink(path: string): boolean {
	return path.startsWith(NEUTRAL_PREFIXES.permalink);
}

/** True for print sheets (/in/… in Vietnamese, /en/in/… or /en/print/… in English). */
export function isPrintSheet(path: string): boolean {
	return path.startsWith(NEUTRAL_PREFIXES.print);
}

/**
 * True for the form editor (/admin/): a tool for editors, not a page for visitors. It runs
 * JavaScript (a single-page app), has its own Content-Security-Policy, and is left out of the
 * sitemap, the search index and the visitors' browser gates (tests/browser/form-editor.test.ts
 * holds it to its own: policy, console, requests).
 */
export function isEditorPage(path: string): boolean {
	return path.startsWith('/admin/');
}

/** The kind of page a site path is: from routeFromPath() in routes.ts, plus the special cases. */
export function pageKind(path: string): string {
	if (isErrorPage(path)) return SPECIAL_KINDS.notFound;
	if (isPermalink(path)) return SPECIAL_KINDS.permalink;
	// QR label sheets and product sheets apart, so that each kind's largest page is held to the budgets.
	if (/^\/in\/(centres|sales-points|districts)\//.test(path)) return SPECIAL_KINDS.labels;
	if (path.startsWith('/in/products/')) return SPECIAL_KINDS.productSheets;
	if (isPrintSheet(path)) return SPECIAL_KINDS.print;
	if (isEditorPage(path)) return SPECIAL_KINDS.editor;
	const found = routeFromPath(path);
	if (!found) return SPECIAL_KINDS.other;
	const [list, item] = KIND_NAMES[found.route.key];
	return found.route.id === undefined ? list : item;
}
