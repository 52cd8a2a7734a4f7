/**
 * Every URL of the site is built here, so that links, the language switcher, `hreflang`
 * alternates and the sitemap can never disagree. Vietnamese lives at the root with Vietnamese
 * path words; English under /en/ with English ones. Ids and slugs are the same in both languages.
 *
 * The site may be served under a sub-path (`SITE_URL=https://owner.github.io/repo/`, a GitHub Pages
 * project site). Two kinds of path are told apart:
 * - a **URL path** is what a browser asks for and what goes into `href`: it starts with the base
 *   (`/repo/san-pham/x/`). Every function here that makes a path (`routePath`, `permalinkPath`…)
 *   returns one; `withBase()` makes one of a site path.
 * - a **site path** is the same address inside the site, without the base (`/san-pham/x/`): the
 *   file in `dist/`, the path word tables below. Functions that read a path (`routeFromPath`,
 *   `isLanguageNeutral`) take one; `sitePath()` turns a URL path into one.
 * With no base (`/`, the default) both are the same.
 */
import { basePath, mediaUrl } from './config.ts';

/**
 * The base the site is served under, `/` or `/repo/`, from `SITE_URL` (see config.ts). In browser
 * scripts there is no environment and it is `/`: they take URLs from the page, never from here.
 */
export const BASE = basePath();

/** The URL path of site path `path` under `base`: `/san-pham/` → `/repo/san-pham/`. */
export function withBase(path: string, base: string = BASE): string {
	return `${base}${path.replace(/^\//, '')}`;
}

/**
 * The site path of URL path `path` under `base` (`/repo/san-pham/` → `/san-pham/`), or undefined
 * when the path is outside the base (it belongs to another site on the same host).
 */
export function sitePath(path: string, base: string = BASE): string | undefined {
	if (path.startsWith(base)) return `/${path.slice(base.length)}`;
	if (`${path}/` === base) return '/';
	return undefined;
}

/** The site's languages, Vietnamese first (the default, served at the root). */
export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';

/** `hreflang` / `<html lang>` value per locale. */
export const LANG_TAG: Record<Locale, string> = { vi: 'vi', en: 'en' };

/** The path word of each kind of page, per language. `home` has none. */
export const SEGMENTS = {
	home: { vi: '', en: '' },
	products: { vi: 'san-pham', en: 'products' },
	provinces: { vi: 'tinh-thanh', en: 'provinces' },
	districts: { vi: 'huyen', en: 'districts' },
	centres: { vi: 'trung-tam-ocop', en: 'ocop-centres' },
	salesPoints: { vi: 'diem-ban', en: 'sales-points' },
	producers: { vi: 'chu-the', en: 'producers' },
	// One province's share of a long list (the lists themselves show the provinces): /diem-ban/tinh/ha-noi/.
	centresByProvince: { vi: 'trung-tam-ocop/tinh', en: 'ocop-centres/province' },
	salesPointsByProvince: { vi: 'diem-ban/tinh', en: 'sales-points/province' },
	producersByProvince: { vi: 'chu-the/tinh', en: 'producers/province' },
	groups: { vi: 'nhom', en: 'groups' },
	stars: { vi: 'hang-sao', en: 'stars' },
	search: { vi: 'tim-kiem', en: 'search' },
	// On the road (docs/offline-and-maps.md): the map, what is near, what is saved, and the page shown offline.
	map: { vi: 'ban-do', en: 'map' },
	nearMe: { vi: 'gan-day', en: 'near-me' },
	trip: { vi: 'chuyen-di', en: 'trip' },
	offline: { vi: 'ngoai-tuyen', en: 'offline' },
	data: { vi: 'du-lieu', en: 'data' },
	// The editors' area: unlisted (linked from no public page), noindex, out of the sitemap and search.
	editors: { vi: 'bien-tap', en: 'editors' },
	editorsTranslations: { vi: 'bien-tap/ban-dich', en: 'editors/translations' },
	editorsCertificates: { vi: 'bien-tap/chung-nhan', en: 'editors/certificates' },
	editorsStock: { vi: 'bien-tap/hang-ban', en: 'editors/stock' },
	editorsGuide: { vi: 'bien-tap/huong-dan', en: 'editors/guide' },
} as const satisfies Record<string, Record<Locale, string>>;

/** A kind of page. */
export type RouteKey = keyof typeof SEGMENTS;

/**
 * The ids no item of `key` may take: the path words of other pages under its own path, in either
 * language (items have one id in both), e.g. `tinh` and `province` for sales points, whose province
 * lists are /diem-ban/tinh/ha-noi/ and /en/sales-points/province/ha-noi/. The content check reports
 * such an id (OCOP-E040).
 */
export function reservedIds(key: RouteKey): ReadonlySet<string> {
	const out = new Set<string>();
	for (const locale of LOCALES) {
		const own = SEGMENTS[key][locale];
		if (!own) continue;
		for (const segments of Object.values(SEGMENTS)) {
			const path = segments[locale];
			if (path.startsWith(`${own}/`)) out.add(path.slice(own.length + 1).split('/')[0] ?? '');
		}
	}
	return out;
}

/**
 * The editors' pages (reports and guide): built, in both languages with `hreflang` pairs, but
 * `noindex`, left out of the sitemap and the search index, and linked from no public page.
 */
export const UNLISTED_KEYS: ReadonlySet<RouteKey> = new Set([
	// The page the service worker shows for a page never visited, offline: never a page of its own.
	'offline',
	// What this browser saved for a trip: a different page on every phone.
	'trip',
	'editors',
	'editorsTranslations',
	'editorsCertificates',
	'editorsStock',
	'editorsGuide',
]);

/** True for a site path of the editors' unlisted area. */
export function isUnlisted(path: string): boolean {
	const found = routeFromPath(path);
	return found !== undefined && UNLISTED_KEYS.has(found.route.key);
}

/** A page, independent of language: its kind and, for a single thing, its id or slug. */
export interface Route {
	key: RouteKey;
	/** Slug or id of the thing the page shows; absent for list pages. */
	id?: string;
	/** Page number of a paginated list, 2 or more (page 1 has no number in its URL). */
	page?: number;
}

/**
 * Lists that are themselves split into pages: a number alone after their path word is a page of
 * the list (`/san-pham/3/`, `/bien-tap/chung-nhan/2/`), never an item (product slugs always hold a letter). After the path
 * word of any other kind, a single segment is an item's id (`/nhom/4/`, `/huyen/123/`), and a
 * number after an id is a page of that item's list (`/huyen/lac-duong/2/`, `/nhom/4/2/`).
 */
const PAGINATED_LISTS: ReadonlySet<RouteKey> = new Set(['products', 'editorsTranslations', 'editorsCertificates', 'editorsStock']);

/** True when `value` is one of the site's locales. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The URL path of `route` in `locale` (under the base), always with a trailing slash. */
export function routePath(locale: Locale, route: Route): string {
	return withBase(routeSitePath(locale, route));
}

/** The site path of `route` in `locale` (without the base), always with a trailing slash. */
export function routeSitePath(locale: Locale, route: Route): string {
	const parts: string[] = [];
	if (locale !== DEFAULT_LOCALE) parts.push(locale);
	const segment = SEGMENTS[route.key][locale];
	if (segment) parts.push(segment);
	if (route.id !== undefined) parts.push(encodeURIComponent(route.id));
	if (route.page !== undefined && route.page > 1) parts.push(String(route.page));
	return parts.length ? `/${parts.join('/')}/` : '/';
}

/** The absolute URL of a URL path (from the functions here), for canonical links, `hreflang`, JSON-LD and QR codes. */
export function absoluteUrl(path: string, site: string | URL): string {
	return new URL(path, site).href;
}

/** One `hreflang` alternate of a page. */
export interface Alternate {
	hreflang: string;
	href: string;
	locale: Locale | 'x-default';
}

/** The alternates of `route` in every language, plus `x-default` (Vietnamese), as absolute URLs. */
export function alternates(route: Route, site: string | URL): Alternate[] {
	const list: Alternate[] = LOCALES.map((locale) => ({
		locale,
		hreflang: LANG_TAG[locale],
		href: absoluteUrl(routePath(locale, route), site),
	}));
	list.push({ locale: 'x-default', hreflang: 'x-default', href: absoluteUrl(routePath(DEFAULT_LOCALE, route), site) });
	return list;
}

/**
 * Language-neutral pages, outside the route table and kept out of the sitemap and robots' reach:
 * permalinks printed in QR codes, and print sheets of labels ("in" is Vietnamese for print).
 */
export const NEUTRAL_PREFIXES = { permalink: '/p/', print: '/in/' } as const;

/** True for a permalink or print-sheet site path. */
export function isLanguageNeutral(path: string): boolean {
	return Object.values(NEUTRAL_PREFIXES).some((prefix) => path.startsWith(prefix));
}

/** The URL path of the short, language-neutral permalink printed in QR codes. */
export function permalinkPath(code: string): string {
	return withBase(`${NEUTRAL_PREFIXES.permalink}${encodeURIComponent(code)}/`);
}

/** The page a site path (without the base) belongs to, and its language; undefined for paths outside the route table. */
export function routeFromPath(path: string): { locale: Locale; route: Route } | undefined {
	const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
	let locale: Locale = DEFAULT_LOCALE;
	if (parts[0] !== undefined && isLocale(parts[0]) && parts[0] !== DEFAULT_LOCALE) {
		locale = parts[0];
		parts.shift();
	}
	if (parts.length === 0) return { locale, route: { key: 'home' } };
	// A path word may have several parts (`bien-tap/ban-dich`): the longest that matches wins.
	let key: RouteKey | undefined;
	let words = 0;
	for (const k of Object.keys(SEGMENTS) as RouteKey[]) {
		if (k === 'home') continue;
		const segment = SEGMENTS[k][locale].split('/');
		if (segment.length > words && segment.every((word, i) => parts[i] === word)) [key, words] = [k, segment.length];
	}
	if (key === undefined) return undefined;
	const rest = parts.slice(words);
	const route: Route = { key };
	const isNumber = (segment: string | undefined) => segment !== undefined && /^[0-9]+$/.test(segment);
	if (rest.length > 2 || (rest.length === 2 && !isNumber(rest[1]))) return undefined;
	if (rest.length === 1 && PAGINATED_LISTS.has(key) && isNumber(rest[0])) route.page = Number(rest[0]);
	else {
		if (rest[0] !== undefined) route.id = rest[0];
		if (rest[1] !== undefined) route.page = Number(rest[1]);
	}
	return { locale, route };
}

/** The folder of each kind of label sheet under /in/. */
const LABEL_SHEET_FOLDERS = { centre: 'centres', salesPoint: 'sales-points', district: 'districts' } as const;

/**
 * Where the printable sheet of QR labels of an OCOP centre, a sales point or a district lives:
 * language-neutral, under /in/ ("in" is Vietnamese for print). A sheet of many labels is split into
 * pages (src/lib/labels.ts `labelSheetPages`): page 1 at `/in/<kind>/<id>/`, then `…/<id>/2/` and on.
 */
export function labelSheetPath(owner: { type: keyof typeof LABEL_SHEET_FOLDERS; id: string }, page = 1): string {
	return withBase(
		`${NEUTRAL_PREFIXES.print}${LABEL_SHEET_FOLDERS[owner.type]}/${encodeURIComponent(owner.id)}/${page > 1 ? `${page}/` : ''}`,
	);
}

/** The id of a product's label on a sheet, the fragment that shows that label alone. */
export function labelId(code: string): string {
	return `label-${code}`;
}

/**
 * The printable QR label of one product: its label on its district's sheet, on the page that holds
 * it (`page`, the catalogue's `labelPage`). With this fragment the sheet shows and prints that one
 * label only (src/views/LabelSheetPage.astro).
 */
export function productLabelPath(code: string, district: string, page: number): string {
	return `${labelSheetPath({ type: 'district', id: district }, page)}#${encodeURIComponent(labelId(code))}`;
}

/**
 * A page of one-page product sheets of a district, in a language, under /in/products/: a district's
 * sheets in pages of ten (product-sheets.ts), `/in/products/<district>/`, `…/<district>/2/`, and in
 * English `…/<district>/en/`, `…/<district>/en/2/` (a page per product and language would add 26,000
 * files at 13,000 products, past the static hosts' 100,000 with the 94,000 there are).
 */
export function productSheetsPath(district: string, locale: Locale, page = 1): string {
	return withBase(
		`${NEUTRAL_PREFIXES.print}products/${encodeURIComponent(district)}/${locale === DEFAULT_LOCALE ? '' : `${locale}/`}${page > 1 ? `${page}/` : ''}`,
	);
}

/** The id of a product's sheet on its district's page, the fragment that shows and prints that sheet alone. */
export function productSheetId(code: string): string {
	return `sheet-${code}`;
}

/**
 * A product's one-page sheet for buyers: its sheet on its district's page of sheets (`page`, the
 * catalogue's `sheetPage`), shown alone through the fragment.
 */
export function productSheetPath(code: string, district: string, locale: Locale, page: number): string {
	return `${productSheetsPath(district, locale, page)}#${encodeURIComponent(productSheetId(code))}`;
}

/**
 * The address of a media file (a picture, a social preview, a QR file) from its site path: under
 * `MEDIA_URL` when the media are published apart from the pages (config.ts), else under the base.
 */
export function mediaPath(path: string, media: string | undefined = mediaUrl()): string {
	return media ? `${media}${path.replace(/^\/+/, '')}` : withBase(path);
}

/** The site path (the file in the media folder) of the QR symbol of a product's permalink. */
export function qrSitePath(code: string, format: 'svg' | 'png'): string {
	return `/qr/${encodeURIComponent(code)}.${format}`;
}

/** The QR symbol of a product's permalink: SVG for print, PNG for download. */
export function qrImagePath(code: string, format: 'svg' | 'png'): string {
	return mediaPath(qrSitePath(code, format));
}
