/**
 * Page weight and the no-JavaScript rule. A page's weight is what a first visit downloads: the HTML,
 * the CSS and JS files it links to (each gzip-compressed, as a CDN serves them) and its pictures.
 * Fonts are left out (the browser fetches only the subsets a page uses). For a picture with a
 * `srcset`, the largest candidate is counted: what a wide, high-density screen loads.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';
import { shellFiles } from '../../src/lib/offline/shell.ts';
import { routeFromPath } from '../../src/lib/routes.ts';
import { fileFor, htmlPages, isEditorPage, isPermalink, loadPage, pageKind } from './dist.ts';
import { startTag } from './links.ts';
import type { Failure } from './report.ts';

/** What one page weighs, in bytes. */
export interface PageWeight {
	path: string;
	kind: string;
	/** gzip bytes of the HTML, of the CSS files and of the JS files it loads. */
	html: number;
	css: number;
	js: number;
	/** html + css + js. */
	code: number;
	/** Bytes of the pictures it shows (not compressed further). */
	images: number;
	/** Elements in the document, `<html>` included (what Lighthouse's DOM-size audit counts). */
	elements: number;
}

/** Weight of one kind of page. */
export interface KindWeight {
	kind: string;
	pages: number;
	code: { median: number; max: number };
	images: { median: number; max: number };
	/** The page of this kind with the most HTML + CSS + JS. */
	heaviest: string;
}

/**
 * Limits no page may exceed: HTML + CSS + JS gzip and pictures (bytes); and, so that no list grows
 * with the catalogue (issue 23: at 13,000 products the sales points' list was 159 kB gzip in 38,065
 * elements), the HTML alone gzip (bytes) and its elements (1,400 is where Lighthouse's DOM-size
 * audit starts to fail a page).
 */
export const BUDGETS = { code: 40_000, images: 600_000, html: 50_000, elements: 1_400 } as const;

/** Budgets to check; those left out are BUDGETS'. */
export type Budgets = { code: number; images: number; html?: number; elements?: number };

/**
 * Kinds of page with a budget of their own. The map (src/views/MapPage.astro) carries the country's
 * outline (7 kB gzip) and a link per province, centre and sales point in its SVG, about 28 bytes gzip
 * a place: 12 kB on the sample site, 22 kB at 1,000 products (177 places), about 85 kB expected at
 * 13,000 (some 2,300 places).
 */
export const KIND_BUDGETS: Record<string, Budgets> = {
	// Every province, centre and sales point is a link in the map's SVG: at national scale more than
	// the list pages' HTML and element budgets, which the map page is given room beyond.
	map: { code: 120_000, images: BUDGETS.images, html: 120_000, elements: 10_000 },
};

/**
 * What the service worker stores when it installs (src/lib/offline/shell.ts), in bytes as stored:
 * styles, scripts, the offline pages, Pagefind's runtime and metadata, the map's outline, the icons.
 */
export const SHELL_BUDGET = 500_000;

/**
 * What the service worker's registration (src/scripts/sw-register.ts) may add to a first visit of
 * the home page or a product page, whose only script it is: bytes of JS, gzip.
 */
export const REGISTRATION_BUDGET = 3_000;

/**
 * Pages that need JavaScript: the search page (Pagefind), near me (distances on the phone), the list
 * of what is saved for the trip (it lives in the browser), QR permalinks and the form editor
 * (/admin/, an application for editors, not a page for visitors). The near-me and trip pages say so
 * and link to the lists without it. Everything else works without it.
 */
export function allowsJavaScript(path: string): boolean {
	const key = routeFromPath(path)?.route.key;
	return isPermalink(path) || isEditorPage(path) || key === 'search' || key === 'nearMe' || key === 'trip';
}

/**
 * Scripts any page may load, because the page works the same without them: the service worker's
 * registration (every page, src/layouts/Base.astro) and "Save for the trip" (place pages,
 * src/components/SaveTrip.astro), which adds a button and nothing else.
 */
export const ENHANCEMENT_SCRIPTS = /\/_astro\/(Base|SaveTrip)\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/;

/** The JS files and inline scripts a page runs (JSON data blocks are not code). */
function scriptsOf($: cheerio.CheerioAPI) {
	return $('script, link[rel~="modulepreload"], link[rel~="preload"][as="script"]').filter((_, el) => {
		const type = ($(el).attr('type') ?? '').toLowerCase();
		return !(el.tagName === 'script' && (type === 'application/ld+json' || type === 'application/json'));
	});
}

/** The file a srcset/src candidate list would load at most: the largest `w` candidate, else `src`. */
function largestPicture($: cheerio.CheerioAPI, el: AnyNode): string | undefined {
	const set = ($(el).attr('srcset') ?? '')
		.split(',')
		.map((c) => c.trim().split(/\s+/))
		.filter((c) => c[0])
		.map(([url, d]) => ({ url: url ?? '', w: Number.parseFloat(d ?? '1') || 1 }))
		.sort((a, b) => b.w - a.w);
	return set[0]?.url ?? $(el).attr('src');
}

/** Weighs every page of the site built in `dir`. */
export function weighSite(dir: string): PageWeight[] {
	const gz = new Map<string, number>();
	const gzipped = (file: string) => {
		let n = gz.get(file);
		if (n === undefined) gz.set(file, (n = gzipSync(readFileSync(file)).length));
		return n;
	};
	const bytes = (path: string | undefined) => {
		const file = path && !/^(https?:|data:)/.test(path) ? fileFor(path, dir) : undefined;
		return file ? statSync(file).size : 0;
	};
	return htmlPages(dir).map((path) => {
		const $ = loadPage(path, dir);
		const filesOf = (selector: string, attr: string) =>
			new Set(
				$(selector)
					.map((_, el) => fileFor(new URL($(el).attr(attr) ?? '', `https://x${path}`).pathname, dir))
					.get()
					.filter(Boolean) as string[],
			);
		const html = gzipped(fileFor(path, dir) as string);
		const css = [...filesOf('link[rel~="stylesheet"][href]', 'href')].reduce((n, f) => n + gzipped(f), 0);
		const jsFiles = new Set<string>();
		scriptsOf($).each((_, el) => {
			const url = $(el).attr('src') ?? $(el).attr('href');
			const file = url ? fileFor(new URL(url, `https://x${path}`).pathname, dir) : undefined;
			if (file) jsFiles.add(file);
		});
		const js = [...jsFiles].reduce((n, f) => n + gzipped(f), 0);
		const pictures = new Set(
			$('img, picture > source')
				.map((_, el) => largestPicture($, el) ?? '')
				.get(),
		);
		const images = [...pictures].reduce((n, p) => n + bytes(p ? new URL(p, `https://x${path}`).pathname : undefined), 0);
		return { path, kind: pageKind(path), html, css, js, code: html + css + js, images, elements: $('*').length };
	});
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? (s[mid] ?? 0) : Math.round(((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2);
};

/** Median and maximum weight per kind of page, heaviest kinds first. */
export function weightsByKind(pages: readonly PageWeight[]): KindWeight[] {
	const groups = new Map<string, PageWeight[]>();
	for (const p of pages) groups.set(p.kind, [...(groups.get(p.kind) ?? []), p]);
	return [...groups]
		.map(([kind, list]) => ({
			kind,
			pages: list.length,
			code: { median: median(list.map((p) => p.code)), max: Math.max(...list.map((p) => p.code)) },
			images: { median: median(list.map((p) => p.images)), max: Math.max(...list.map((p) => p.images)) },
			heaviest: [...list].sort((a, b) => b.code - a.code)[0]?.path ?? '',
		}))
		.sort((a, b) => b.code.max - a.code.max);
}

/** The per-kind table printed by scripts/budgets.ts. */
export function formatWeights(kinds: readonly KindWeight[]): string {
	const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
	const rows = [
		['kind', 'pages', 'HTML+CSS+JS gzip median', 'max', 'images median', 'max', 'heaviest page'],
		...kinds.map((k) => [k.kind, String(k.pages), kb(k.code.median), kb(k.code.max), kb(k.images.median), kb(k.images.max), k.heaviest]),
	];
	const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
	return rows
		.map((r) =>
			r
				.map((cell, i) => (i === 0 || i === 6 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
				.join('  ')
				.trimEnd(),
		)
		.join('\n');
}

/** No page exceeds BUDGETS, or its kind's own (KIND_BUDGETS). */
export function checkBudgets(pages: readonly PageWeight[], given: Budgets = BUDGETS): Failure[] {
	const failures: Failure[] = [];
	for (const p of pages) {
		const budgets = { ...BUDGETS, ...given, ...KIND_BUDGETS[p.kind] };
		if (p.html > budgets.html)
			failures.push({
				gate: 'budget',
				page: p.path,
				element: '',
				rule: 'html-budget',
				message: `the HTML is ${p.html} bytes gzip; the budget is ${budgets.html} (split the list by province or into pages)`,
			});
		if (p.elements > budgets.elements)
			failures.push({
				gate: 'budget',
				page: p.path,
				element: '',
				rule: 'element-budget',
				message: `the page has ${p.elements} elements; the budget is ${budgets.elements} (split the list by province or into pages)`,
			});
		if (p.code > budgets.code)
			failures.push({
				gate: 'budget',
				page: p.path,
				element: '',
				rule: 'code-budget',
				message: `HTML+CSS+JS is ${p.code} bytes gzip (HTML ${p.html}, CSS ${p.css}, JS ${p.js}); the budget is ${budgets.code}`,
			});
		if (p.images > budgets.images)
			failures.push({
				gate: 'budget',
				page: p.path,
				element: '',
				rule: 'image-budget',
				message: `pictures weigh ${p.images} bytes; the budget is ${budgets.images}`,
			});
	}
	return failures;
}

/** The home page and product pages load no more script than the worker's registration, within REGISTRATION_BUDGET. */
export function checkRegistration(pages: readonly PageWeight[], budget = REGISTRATION_BUDGET): Failure[] {
	return pages
		.filter((p) => (p.kind === 'home' || p.kind === 'product') && p.js > budget)
		.map((p) => ({
			gate: 'budget',
			page: p.path,
			element: '',
			rule: 'registration-budget',
			message: `the page loads ${p.js} bytes of JS gzip; a first visit may cost only the worker's registration, ${budget}`,
		}));
}

/** The service worker exists and what it stores on install stays within SHELL_BUDGET. */
export function checkShell(dir: string, budget = SHELL_BUDGET): Failure[] {
	const fail = (rule: string, message: string): Failure[] => [{ gate: 'budget', page: '/sw.js', element: '', rule, message }];
	if (!existsSync(join(dir, 'sw.js'))) return fail('service-worker', 'sw.js was not built (src/integrations/service-worker.ts)');
	const bytes = shellFiles(dir).reduce((n, f) => n + f.bytes, 0);
	return bytes > budget ? fail('shell-budget', `the worker stores ${bytes} bytes on install; the budget is ${budget}`) : [];
}

/** Only pages allowed by `allow` load or run JavaScript. */
export function checkJavaScript(dir: string, allow: (path: string) => boolean = allowsJavaScript): Failure[] {
	const failures: Failure[] = [];
	for (const path of htmlPages(dir)) {
		if (allow(path)) continue;
		const $ = loadPage(path, dir);
		scriptsOf($).each((_, el) => {
			if (ENHANCEMENT_SCRIPTS.test($(el).attr('src') ?? $(el).attr('href') ?? '')) return;
			failures.push({
				gate: 'budget',
				page: path,
				element: startTag($, el),
				rule: 'no-javascript',
				message: 'this kind of page must work with no JavaScript at all (only search and permalink pages may use it)',
			});
		});
	}
	return failures;
}

/** Formats a browser may decode without a fallback, for pictures served from the site. */
const MODERN = /\.(webp|avif|svg)$/i;

/**
 * Every picture has alt text (empty only when marked decorative), a width and a height (no layout
 * shift), and is served from the site in a modern format (WebP, AVIF or SVG), srcset included.
 */
export function checkImages(dir: string): Failure[] {
	const failures: Failure[] = [];
	for (const path of htmlPages(dir)) {
		const $ = loadPage(path, dir);
		const fail = (el: AnyNode, rule: string, message: string) =>
			failures.push({ gate: 'images', page: path, element: startTag($, el), rule, message });
		for (const el of $('img').toArray()) {
			const img = $(el);
			const alt = img.attr('alt');
			const decorative = img.attr('role') === 'presentation' || img.attr('aria-hidden') === 'true';
			if (alt === undefined || (!alt.trim() && !decorative)) fail(el, 'image-alt', 'the picture has no alt text');
			for (const dim of ['width', 'height']) {
				if (!/^[1-9][0-9]*$/.test(img.attr(dim) ?? ''))
					fail(el, 'image-dimensions', `the picture has no ${dim} (the page would jump while it loads)`);
			}
			const urls = [img.attr('src') ?? '', ...(img.attr('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)[0] ?? '')].filter(
				Boolean,
			);
			for (const url of urls) {
				if (/^(https?:|data:)/.test(url)) continue;
				if (!MODERN.test(url.split(/[?#]/)[0] ?? '')) fail(el, 'image-format', `${url} is not WebP, AVIF or SVG`);
			}
		}
	}
	return failures;
}

/** The largest page of one kind: its HTML in bytes, gzip, and its elements. */
export interface LargestPage {
	kind: string;
	path: string;
	pages: number;
	bytes: number;
	html: number;
	elements: number;
}

/**
 * For each kind of page, the one with the most HTML bytes, gzipped and its elements counted: the
 * pages the list budgets are about, found without parsing every page (100,000 of them at 13,000
 * products). Largest kinds first.
 */
export function largestPages(dir: string): LargestPage[] {
	const largest = new Map<string, { path: string; bytes: number; pages: number }>();
	for (const path of htmlPages(dir)) {
		const kind = pageKind(path);
		const bytes = statSync(fileFor(path, dir) as string).size;
		const seen = largest.get(kind);
		if (!seen || bytes > seen.bytes) largest.set(kind, { path, bytes, pages: (seen?.pages ?? 0) + 1 });
		else seen.pages++;
	}
	return [...largest]
		.map(([kind, { path, bytes, pages }]) => {
			const file = fileFor(path, dir) as string;
			return { kind, path, pages, bytes, html: gzipSync(readFileSync(file)).length, elements: loadPage(path, dir)('*').length };
		})
		.sort((a, b) => b.html - a.html);
}

/** The lines `npm run bench` and scripts/budgets.ts print: each kind's largest page against the list budgets. */
export function formatLargestPages(pages: readonly LargestPage[], budgets: { html: number; elements: number } = BUDGETS): string[] {
	const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
	const width = Math.max(0, ...pages.map((p) => p.kind.length));
	return pages.map((p) => {
		// A kind with a budget of its own (the map) is held to it, and the line says so.
		const own = KIND_BUDGETS[p.kind];
		const html = own?.html ?? budgets.html;
		const elements = own?.elements ?? budgets.elements;
		const pass = p.html <= html && p.elements <= elements;
		const note = own ? `  (its own budget: ${kB(html)}, ${elements} elements)` : '';
		return `  ${pass ? 'pass' : 'FAIL'}  ${p.kind.padEnd(width)}  ${kB(p.html).padStart(8)} gzip (${kB(p.bytes)})  ${String(p.elements).padStart(6)} elements  ${p.path}${note}`;
	});
}
