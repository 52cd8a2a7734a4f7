/**
 * "Save for the trip" (docs/offline-and-maps.md): for a province, a district, an OCOP centre or a sales
 * point, the files that make its products readable offline: each product page in one language and, for
 * each picture that page shows, every file it may show (each width of each format of its `srcset`s),
 * with their sizes. The phone stores one file a picture, the one it would show (choosePicture), and
 * says how much that is before it stores anything.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LOCALES, routePath, sitePath, withBase, type Locale, type RouteKey } from '../routes.ts';
import { nearProvinceFile } from './near.ts';

/** A place and its products, as the build lists them (src/pages/trip-lists.json.ts). */
export interface TripSource {
	key: Extract<RouteKey, 'provinces' | 'districts' | 'centres' | 'salesPoints'>;
	id: string;
	name: { vi: string; en: string };
	/** The province it is in: its near-me file is saved too, so that near me works there offline. */
	province: string;
	slugs: string[];
}

/** The published file of one place in one language: what the button stores. */
export interface TripList {
	/** The cache it is stored in (`trip:<language>:<key>:<id>`). */
	cache: string;
	name: string;
	/** The place's page (URL path). */
	page: string;
	/** The product pages' URL paths with their bytes. */
	files: Array<{ url: string; bytes: number }>;
	/** Other files stored with them: the province's near-me file (src/data/near-me.ts). */
	extra: Array<{ url: string; bytes: number }>;
	/** The pictures the pages show, each once: the phone stores one file of each. */
	pictures: TripPicture[];
	/** Bytes of the pages. */
	bytes: number;
}

/** A file a picture may show: its URL (or URL path), width in pixels, type and bytes. */
export interface PictureChoice {
	url: string;
	w: number;
	type: string;
	bytes: number;
}

/** A picture of a page: its `sizes` and the files it may show, in the order the browser considers their types. */
export interface TripPicture {
	sizes: string;
	choices: PictureChoice[];
}

/**
 * The file of `picture` a browser would show, given the types it decodes and the device pixels the
 * picture needs across (its `sizes` width times the device's pixel ratio): of the first type it
 * decodes, the narrowest file at least that wide, else the widest.
 */
export function choosePicture(picture: TripPicture, decodes: (type: string) => boolean, pixels: number): PictureChoice | undefined {
	const type = picture.choices.find((c) => decodes(c.type))?.type;
	const ofType = picture.choices.filter((c) => c.type === type).sort((a, b) => a.w - b.w);
	return ofType.find((c) => c.w >= pixels) ?? ofType[ofType.length - 1];
}

/**
 * The width in CSS pixels of a `sizes` attribute: the length of its first entry whose media
 * condition matches (`matches`), else of its last. Lengths in px, rem, em and vw, and one
 * subtraction (`calc(100vw - 2rem)`), as the site writes them; anything else counts as the viewport.
 */
export function sizesWidth(sizes: string, matches: (media: string) => boolean, viewport: number, rem: number): number {
	const entries = sizes
		.split(',')
		.map((e) => e.trim())
		.filter(Boolean);
	const simple = (n: number, unit: string) => (unit === 'px' ? n : unit === 'vw' ? (n * viewport) / 100 : n * rem);
	const length = (text: string) => {
		const m = /^([\d.]+)(px|rem|em|vw)$/.exec(text.trim());
		if (m) return simple(Number(m[1]), m[2] as string);
		// calc(100vw - 2rem): a width less a margin.
		const c = /^calc\(([\d.]+)(px|rem|em|vw) - ([\d.]+)(px|rem|em|vw)\)$/.exec(text.trim());
		return c ? simple(Number(c[1]), c[2] as string) - simple(Number(c[3]), c[4] as string) : viewport;
	};
	for (const entry of entries) {
		const m = /^(\(.*\))\s+(\S+)$/.exec(entry);
		if (!m) return length(entry);
		if (matches(m[1] as string)) return length(m[2] as string);
	}
	return viewport;
}

/** The URL path of the list of a place in a language (`<base>trips/vi/districts/hoc-mon.json`). */
export function tripListPath(locale: Locale, key: TripSource['key'], id: string): string {
	return withBase(`/trips/${locale}/${key}/${encodeURIComponent(id)}.json`);
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]?.replace(/&amp;/g, '&');
const typeOf = (url: string) => (/\.avif(\?|$)/.test(url) ? 'image/avif' : /\.webp(\?|$)/.test(url) ? 'image/webp' : 'image/*');

/** The candidates of a `srcset` (`w` descriptors; a candidate without one counts as `fallback` wide). */
function candidates(srcset: string | undefined, type: string | undefined, fallback: number): Array<Omit<PictureChoice, 'bytes'>> {
	return (srcset ?? '')
		.split(',')
		.map((c) => c.trim().split(/\s+/))
		.filter((c) => c[0])
		.map(([url, d]) => ({
			url: url as string,
			w: /^\d+w$/.test(d ?? '') ? Number.parseInt(d as string, 10) : fallback,
			type: type ?? typeOf(url as string),
		}));
}

/**
 * The pictures of a page's HTML, each `<picture>` or lone `<img>` once: its `sizes` and every file it
 * may show (each `<source>`'s `srcset`, then the `<img>`'s `srcset` and `src`), bytes left at 0.
 */
export function picturesOf(html: string): TripPicture[] {
	const out: TripPicture[] = [];
	for (const [whole, inner] of html.matchAll(/<picture\b[^>]*>([\s\S]*?)<\/picture>|<img\b[^>]*>/g)) {
		const img = (inner === undefined ? whole : /<img\b[^>]*>/.exec(inner)?.[0]) ?? '';
		const width = Number(attr(img, 'width') ?? 0);
		const choices: Array<Omit<PictureChoice, 'bytes'>> = [];
		let sizes = attr(img, 'sizes');
		for (const [source] of (inner ?? '').matchAll(/<source\b[^>]*>/g)) {
			sizes ??= attr(source, 'sizes');
			choices.push(...candidates(attr(source, 'srcset'), attr(source, 'type'), width));
		}
		choices.push(...candidates(attr(img, 'srcset'), undefined, width));
		const src = attr(img, 'src');
		if (src && !choices.some((c) => c.url === src)) choices.push({ url: src, w: width, type: typeOf(src) });
		if (choices.length) out.push({ sizes: sizes ?? '100vw', choices: choices.map((c) => ({ ...c, bytes: 0 })) });
	}
	return out;
}

/**
 * Writes the list files of every place and language into the site built in `dir` (pictures read from
 * `mediaDir`, published under `media` when MEDIA_URL is set). Returns how many files were written.
 */
export function writeTripLists(sources: readonly TripSource[], dir: string, mediaDir: string, media: string | undefined): number {
	const pages = new Map<string, { file?: { url: string; bytes: number }; pictures: TripPicture[] }>();
	const bytesOf = (picture: string) => {
		const path = media && picture.startsWith(media) ? join(mediaDir, picture.slice(media.length)) : join(dir, sitePath(picture) ?? picture);
		return existsSync(path) ? statSync(path).size : undefined;
	};
	/** A product page and its pictures (the files that exist), read once whatever the number of places that list it. */
	const readPage = (url: string) => {
		let page = pages.get(url);
		if (page) return page;
		const file = join(dir, sitePath(url) ?? url, 'index.html');
		page = { pictures: [] };
		if (existsSync(file)) {
			const html = readFileSync(file, 'utf8');
			page.file = { url, bytes: Buffer.byteLength(html) };
			for (const picture of picturesOf(html)) {
				const choices = picture.choices.flatMap((c) => {
					const bytes = bytesOf(c.url);
					return bytes === undefined ? [] : [{ ...c, bytes }];
				});
				if (choices.length) page.pictures.push({ sizes: picture.sizes, choices });
			}
		}
		pages.set(url, page);
		return page;
	};
	const nearFile = (province: string) => {
		const path = nearProvinceFile(province);
		const file = join(dir, path);
		return existsSync(file) ? [{ url: withBase(path), bytes: statSync(file).size }] : [];
	};
	let written = 0;
	for (const source of sources) {
		for (const locale of LOCALES) {
			const read = source.slugs.map((slug) => readPage(routePath(locale, { key: 'products', id: slug })));
			const files = read.flatMap((p) => (p.file ? [p.file] : []));
			// A picture shown on two of the pages (the same files) is stored once.
			const pictures = [...new Map(read.flatMap((p) => p.pictures).map((p) => [p.choices.map((c) => c.url).join(' '), p])).values()];
			const list: TripList = {
				cache: `trip:${locale}:${source.key}:${source.id}`,
				name: source.name[locale],
				page: routePath(locale, { key: source.key, id: source.id }),
				files,
				extra: nearFile(source.province),
				pictures,
				bytes: files.reduce((n, f) => n + f.bytes, 0),
			};
			const out = join(dir, sitePath(tripListPath(locale, source.key, source.id)) ?? '');
			mkdirSync(dirname(out), { recursive: true });
			writeFileSync(out, JSON.stringify(list));
			written++;
		}
	}
	return written;
}
