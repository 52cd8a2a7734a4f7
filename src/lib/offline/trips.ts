/**
 * "Save for the trip" (docs/offline-and-maps.md): for a province, a district, an OCOP centre or a sales
 * point, the files that make its products readable offline: each product page in one language and every
 * picture that page may show (each width of its `srcset`, since the phone picks one by its screen), with
 * their sizes, so that the button says how much it will store before it stores anything.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LOCALES, routePath, sitePath, withBase, type Locale, type RouteKey } from '../routes.ts';

/** A place and its products, as the build lists them (src/pages/trip-lists.json.ts). */
export interface TripSource {
	key: Extract<RouteKey, 'provinces' | 'districts' | 'centres' | 'salesPoints'>;
	id: string;
	name: { vi: string; en: string };
	slugs: string[];
}

/** The published file of one place in one language: what the button stores. */
export interface TripList {
	/** The cache it is stored in (`trip:<language>:<key>:<id>`). */
	cache: string;
	name: string;
	/** The place's page (URL path). */
	page: string;
	/** URL paths (pages) and URLs or URL paths (pictures) with their bytes. */
	files: Array<{ url: string; bytes: number }>;
	bytes: number;
}

/** The URL path of the list of a place in a language (`<base>trips/vi/districts/hoc-mon.json`). */
export function tripListPath(locale: Locale, key: TripSource['key'], id: string): string {
	return withBase(`/trips/${locale}/${key}/${encodeURIComponent(id)}.json`);
}

/** The pictures of a page's HTML: every `src` and `srcset` candidate of its `<img>` elements. */
export function picturesOf(html: string): string[] {
	const urls = new Set<string>();
	for (const [tag] of html.matchAll(/<img\b[^>]*>/g)) {
		const src = /\ssrc="([^"]+)"/.exec(tag)?.[1];
		if (src) urls.add(src);
		const srcset = /\ssrcset="([^"]+)"/.exec(tag)?.[1];
		for (const candidate of srcset?.split(',') ?? []) {
			const url = candidate.trim().split(/\s+/)[0];
			if (url) urls.add(url);
		}
	}
	return [...urls].map((u) => u.replace(/&amp;/g, '&'));
}

/**
 * Writes the list files of every place and language into the site built in `dir` (pictures read from
 * `mediaDir`, published under `media` when MEDIA_URL is set). Returns how many files were written.
 */
export function writeTripLists(sources: readonly TripSource[], dir: string, mediaDir: string, media: string | undefined): number {
	const pageFiles = new Map<string, { url: string; bytes: number }[]>();
	/** A product page and its pictures, read once whatever the number of places that list it. */
	const filesOfPage = (url: string) => {
		let files = pageFiles.get(url);
		if (files) return files;
		const file = join(dir, sitePath(url) ?? url, 'index.html');
		files = [];
		if (existsSync(file)) {
			const html = readFileSync(file, 'utf8');
			files.push({ url, bytes: Buffer.byteLength(html) });
			for (const picture of picturesOf(html)) {
				const path =
					media && picture.startsWith(media) ? join(mediaDir, picture.slice(media.length)) : join(dir, sitePath(picture) ?? picture);
				if (existsSync(path)) files.push({ url: picture, bytes: statSync(path).size });
			}
		}
		pageFiles.set(url, files);
		return files;
	};
	let written = 0;
	for (const source of sources) {
		for (const locale of LOCALES) {
			const files = source.slugs.flatMap((slug) => filesOfPage(routePath(locale, { key: 'products', id: slug })));
			const list: TripList = {
				cache: `trip:${locale}:${source.key}:${source.id}`,
				name: source.name[locale],
				page: routePath(locale, { key: source.key, id: source.id }),
				files,
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
