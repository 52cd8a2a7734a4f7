/**
 * Links and alternates on a built site: every internal href/src/srcset (and CSS url()) resolves to
 * a file, every hreflang alternate points back, every canonical is absolute, on the site and
 * exists, and the sitemap lists exactly the pages that should be found by search engines.
 */
import { readFileSync } from 'node:fs';
import { dirname, posix } from 'node:path';
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { leftOutOfSitemapPath } from '../../src/integrations/sitemap.ts';
import { sitePath, withBase } from '../../src/lib/routes.ts';
import { allFiles, fileFor, htmlPages, isErrorPage, loadPage, publishedAt } from './dist.ts';
import { snippet, type Failure } from './report.ts';

/** Schemes that never point at a file of the site. */
const NOT_A_FILE = /^(mailto:|tel:|geo:|sms:|data:|javascript:|blob:)/i;

/** A %-decoded URL part, or the part as it is when its escapes are malformed. */
function safeDecode(part: string): string {
	try {
		return decodeURIComponent(part);
	} catch {
		return part;
	}
}

/** The start tag of an element, for reports: `<a href="/x/" rel="next">`. */
export function startTag($: cheerio.CheerioAPI, el: AnyNode): string {
	const e = el as Element;
	const attrs = Object.entries(e.attribs ?? {})
		.filter(([name]) => !name.startsWith('data-astro-cid'))
		.map(([name, value]) => (value === '' ? name : `${name}="${value}"`));
	return snippet(`<${e.name ?? $(el).prop('tagName')}${attrs.length ? ` ${attrs.join(' ')}` : ''}>`);
}

/** URLs named by an element's href, src, srcset and imagesrcset attributes. */
function urlsOf(el: Element): string[] {
	const a = el.attribs;
	const list: string[] = [];
	for (const name of ['href', 'src', 'poster', 'action', 'data']) if (a[name]) list.push(a[name]);
	for (const name of ['srcset', 'imagesrcset']) {
		for (const part of (a[name] ?? '').split(',')) {
			const url = part.trim().split(/\s+/)[0];
			if (url) list.push(url);
		}
	}
	return list;
}

/** Ids of a page's elements, cached per file. */
function idsOf(cache: Map<string, Set<string>>, path: string, dir: string): Set<string> {
	let ids = cache.get(path);
	if (!ids) {
		const $ = loadPage(path, dir);
		ids = new Set(
			$('[id]')
				.map((_, el) => $(el).attr('id') ?? '')
				.get(),
		);
		for (const el of $('a[name]').toArray()) ids.add($(el).attr('name') ?? '');
		cache.set(path, ids);
	}
	return ids;
}

/**
 * Every internal URL in every page (href, src, srcset, also absolute URLs on `site` and Open
 * Graph pictures) and in every stylesheet (url(…)) resolves to a built file, and every #fragment
 * to an element of its page. When `site` has a path (`https://owner.github.io/repo/`), pages are
 * served under it, and a link must stay under it: `/san-pham/` there is a dead link.
 */
export function checkLinks(dir: string, site: string): Failure[] {
	const { origin, base: basePath } = publishedAt(site);
	const failures: Failure[] = [];
	const ids = new Map<string, Set<string>>();
	const fail = (page: string, element: string, rule: string, message: string) =>
		failures.push({ gate: 'links', page, element, rule, message });

	for (const path of htmlPages(dir)) {
		const $ = loadPage(path, dir);
		const base = new URL(withBase(path, basePath), origin);
		const check = (raw: string, element: string): void => {
			const url = raw.trim();
			if (!url || NOT_A_FILE.test(url)) return;
			let target: URL;
			try {
				target = new URL(url, base);
			} catch {
				fail(path, element, 'malformed-url', `"${url}" is not a valid URL`);
				return;
			}
			if (target.origin !== origin) return; // an external link: not a file of this site
			const targetPath = safeDecode(target.pathname);
			const inSite = sitePath(target.pathname, basePath);
			if (inSite === undefined) {
				fail(path, element, 'outside-base', `${targetPath} is outside the site's base ${basePath}`);
				return;
			}
			const file = fileFor(inSite, dir);
			if (!file) {
				fail(path, element, 'dead-link', `${targetPath} resolves to no file of the built site`);
				return;
			}
			if (target.hash.length > 1 && file.endsWith('.html')) {
				const targetPage = inSite.replace(/index\.html$/, '');
				const id = safeDecode(target.hash.slice(1));
				if (!idsOf(ids, targetPage, dir).has(id)) fail(path, element, 'dead-fragment', `${targetPath} has no element with id="${id}"`);
			}
		};
		for (const el of $('[href], [src], [srcset], [imagesrcset], [poster], form[action], object[data]').toArray()) {
			for (const url of urlsOf(el as Element)) check(url, startTag($, el));
		}
		for (const el of $('meta[property^="og:"][content], meta[name^="twitter:"][content]').toArray()) {
			const content = $(el).attr('content') ?? '';
			if (content.startsWith(`${origin}/`)) check(content, startTag($, el));
		}
	}

	for (const file of allFiles(dir).filter((f) => f.endsWith('.css'))) {
		const css = readFileSync(`${dir}/${file}`, 'utf8');
		for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
			const url = m[2] ?? '';
			if (NOT_A_FILE.test(url) || /^https?:/i.test(url) || url.startsWith('#')) continue;
			const target = url.startsWith('/') ? (sitePath(url, basePath) ?? url) : posix.join('/', dirname(file), url);
			if (!fileFor(target.split(/[?#]/)[0] ?? '', dir))
				fail(`/${file}`, `url(${url})`, 'dead-link', `${target} resolves to no file of the built site`);
		}
	}
	return failures;
}

/** A page's `hreflang` alternates: language tag → absolute URL, and duplicate tags. */
function alternatesOf($: cheerio.CheerioAPI): { map: Map<string, string>; duplicates: string[] } {
	const map = new Map<string, string>();
	const duplicates: string[] = [];
	for (const el of $('link[rel~="alternate"][hreflang]').toArray()) {
		const lang = $(el).attr('hreflang') ?? '';
		if (map.has(lang)) duplicates.push(lang);
		map.set(lang, $(el).attr('href') ?? '');
	}
	return { map, duplicates };
}

/** The site path (without the base) of an absolute URL on `origin` under `base`, or undefined. */
function onSite(url: string, origin: string, base: string): string | undefined {
	try {
		const u = new URL(url);
		return u.origin === origin && /^https?:\/\//.test(url) ? sitePath(u.pathname, base) : undefined;
	} catch {
		return undefined;
	}
}

/** Options of the alternates gate. */
export interface AlternateOptions {
	/** When given, every page with alternates must list exactly these `hreflang` values. */
	hreflangs?: readonly string[];
}

/**
 * Every `hreflang` alternate is absolute, on the site and built; each page names itself; the page
 * an alternate points to is in that language and points back (and agrees on x-default).
 */
export function checkAlternates(dir: string, site: string, options: AlternateOptions = {}): Failure[] {
	const { origin, base } = publishedAt(site);
	const failures: Failure[] = [];
	const cache = new Map<string, cheerio.CheerioAPI>();
	const get = (path: string) => {
		let $ = cache.get(path);
		if (!$) cache.set(path, ($ = loadPage(path, dir)));
		return $;
	};
	for (const path of htmlPages(dir)) {
		const $ = get(path);
		const { map, duplicates } = alternatesOf($);
		if (map.size === 0) continue;
		const lang = $('html').attr('lang') ?? '';
		const own = new URL(withBase(path, base), origin).href;
		const tag = (l: string) => snippet(`<link rel="alternate" hreflang="${l}" href="${map.get(l) ?? ''}">`);
		const fail = (element: string, rule: string, message: string) =>
			failures.push({ gate: 'alternates', page: path, element, rule, message });
		for (const d of duplicates) fail(tag(d), 'hreflang-duplicate', `hreflang="${d}" is given more than once`);
		if (options.hreflangs) {
			const found = [...map.keys()].sort().join(', ');
			const wanted = [...options.hreflangs].sort().join(', ');
			if (found !== wanted) fail('link[rel=alternate]', 'hreflang-set', `the page lists hreflang ${found}, expected ${wanted}`);
		}
		if (map.get(lang) !== own)
			fail(tag(lang), 'hreflang-self', `the page (lang="${lang}") must list itself, ${own}, as its hreflang="${lang}" alternate`);
		for (const [altLang, href] of map) {
			const targetPath = onSite(href, origin, base);
			if (targetPath === undefined) {
				fail(tag(altLang), 'hreflang-absolute', `"${href}" must be an absolute URL on ${new URL(base, origin).href}`);
				continue;
			}
			if (!fileFor(targetPath, dir)) {
				fail(tag(altLang), 'hreflang-target', `${targetPath} was not built`);
				continue;
			}
			if (href === own) continue;
			const other = get(targetPath);
			const back = alternatesOf(other).map;
			if (altLang === 'x-default') {
				if (back.get('x-default') !== href)
					fail(tag(altLang), 'hreflang-x-default', `${targetPath} gives x-default as ${back.get('x-default') ?? '(none)'}, not itself`);
				continue;
			}
			const otherLang = other('html').attr('lang') ?? '';
			if (otherLang !== altLang) fail(tag(altLang), 'hreflang-lang', `${targetPath} is in lang="${otherLang}", not "${altLang}"`);
			if (back.get(lang) !== own) {
				fail(
					tag(altLang),
					'hreflang-return',
					`${targetPath} does not point back: its hreflang="${lang}" is ${back.get(lang) ?? '(missing)'}, not ${own}`,
				);
			}
			if (map.get('x-default') !== back.get('x-default')) {
				fail(
					tag(altLang),
					'hreflang-x-default',
					`${targetPath} gives x-default as ${back.get('x-default') ?? '(none)'}, this page as ${map.get('x-default') ?? '(none)'}`,
				);
			}
		}
	}
	return failures;
}

/** Every canonical link is single, absolute, on the configured site, and names a built page. */
export function checkCanonicals(dir: string, site: string): Failure[] {
	const { origin, base } = publishedAt(site);
	const failures: Failure[] = [];
	for (const path of htmlPages(dir)) {
		const $ = loadPage(path, dir);
		const links = $('link[rel~="canonical"]').toArray();
		const fail = (element: string, rule: string, message: string) =>
			failures.push({ gate: 'canonical', page: path, element, rule, message });
		if (links.length > 1) fail('link[rel=canonical]', 'canonical-single', `the page has ${links.length} canonical links`);
		for (const el of links) {
			const href = $(el).attr('href') ?? '';
			const targetPath = onSite(href, origin, base);
			if (!/^https?:\/\//.test(href)) fail(startTag($, el), 'canonical-absolute', `"${href}" must be an absolute URL`);
			else if (targetPath === undefined)
				fail(startTag($, el), 'canonical-site', `"${href}" is not on the configured site ${new URL(base, origin).href}`);
			else if (!fileFor(targetPath, dir)) fail(startTag($, el), 'canonical-target', `${targetPath} was not built`);
		}
	}
	return failures;
}

/** Pages deliberately kept out of the sitemap: error pages, permalinks, print sheets, the editors' area, noindex pages. */
export function leftOutOfSitemap(path: string, $?: cheerio.CheerioAPI): boolean {
	if (isErrorPage(path) || leftOutOfSitemapPath(path)) return true;
	return Boolean($ && /noindex/i.test($('meta[name="robots"]').attr('content') ?? ''));
}

/**
 * The sitemap (sitemap-index.xml and the sitemaps it names) lists every page except those left out
 * on purpose; every URL in it is on the site, built, indexable and canonical to itself, and its
 * language alternates are the page's own `hreflang` links.
 */
export function checkSitemap(dir: string, site: string): Failure[] {
	const { origin, base } = publishedAt(site);
	const failures: Failure[] = [];
	const fail = (page: string, element: string, rule: string, message: string) =>
		failures.push({ gate: 'sitemap', page, element, rule, message });
	const index = fileFor('/sitemap-index.xml', dir);
	if (!index)
		return [
			{ gate: 'sitemap', page: '/sitemap-index.xml', element: '', rule: 'sitemap-missing', message: 'the site has no sitemap-index.xml' },
		];
	const listed = new Set<string>();
	const $index = cheerio.load(readFileSync(index, 'utf8'), { xml: true });
	for (const loc of $index('sitemap > loc').toArray()) {
		const url = $index(loc).text().trim();
		const path = onSite(url, origin, base);
		const file = path === undefined ? undefined : fileFor(path, dir);
		if (!file) {
			fail('/sitemap-index.xml', `<loc>${url}</loc>`, 'sitemap-dead', `${url} is not a built file on ${origin}`);
			continue;
		}
		const $map = cheerio.load(readFileSync(file, 'utf8'), { xml: true });
		for (const entry of $map('url').toArray()) {
			const loc = $map(entry).children('loc').text().trim();
			const element = `<loc>${loc}</loc>`;
			const sitemapFile = path ?? '';
			const pagePath = onSite(loc, origin, base);
			if (pagePath === undefined) {
				fail(sitemapFile, element, 'sitemap-site', `${loc} is not an absolute URL on ${origin}`);
				continue;
			}
			if (!fileFor(pagePath, dir)) {
				fail(sitemapFile, element, 'sitemap-dead', `${pagePath} was not built`);
				continue;
			}
			listed.add(pagePath);
			const $ = loadPage(pagePath, dir);
			if (leftOutOfSitemap(pagePath, $))
				fail(
					sitemapFile,
					element,
					'sitemap-excluded',
					`${pagePath} is an error page, permalink, print sheet or noindex page and must not be listed`,
				);
			const canonical = $('link[rel~="canonical"]').attr('href');
			if (canonical !== loc)
				fail(sitemapFile, element, 'sitemap-canonical', `${pagePath} gives its canonical URL as ${canonical ?? '(none)'}, not ${loc}`);
			const inSitemap = $map(entry)
				.children()
				.filter((_, el) => (el as Element).name === 'xhtml:link')
				.map((_, el) => `${$map(el).attr('hreflang')} ${$map(el).attr('href')}`)
				.get()
				.sort();
			const onPage = [...alternatesOf($).map]
				.filter(([lang]) => lang !== 'x-default')
				.map(([lang, href]) => `${lang} ${href}`)
				.sort();
			if (inSitemap.join('\n') !== onPage.join('\n')) {
				fail(
					sitemapFile,
					element,
					'sitemap-alternates',
					`alternates differ: sitemap [${inSitemap.join(', ')}], page [${onPage.join(', ')}]`,
				);
			}
		}
	}
	for (const path of htmlPages(dir)) {
		if (listed.has(path)) continue;
		if (!leftOutOfSitemap(path, loadPage(path, dir)))
			fail(path, '', 'sitemap-coverage', 'the page is not in the sitemap (add it, or mark it noindex if it is left out on purpose)');
	}
	return failures;
}
