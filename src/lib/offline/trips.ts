/**
 * "Save for the trip" (docs/offline-and-maps.md): for a province, a district, an OCOP centre or a sales
 * point, the files that make its products readable offline: each product page in one language and every
 * picture that page may show (each width of its `srcset`, since the phone picks one by its screen), with
 * their sizes, so that the button says how much it will store before it stores anything.
 *
 * The build writes one file per province and language (`<base>trips/vi/lam-dong.json`), holding the
 * lists of the province and of every district, centre and sales point in it: the file's pages and
 * pictures once, in a table, and each place's list as positions in it. A file per place and language
 * was 6,068 files at 13,000 products (issue 23: the pages' folder must stay well under the hosts'
 * 100,000 files); per province it is 68. A place's page fetches its province's file (at 1,000
 * products 1.6 kB gzip for the median province, 4.1 kB for the largest, 15 kB as stored; a file per
 * district would have been about 1,470 files at 13,000, each of a district's size), which the browser
 * then has for the province's other places.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LOCALES, routePath, sitePath, withBase, type Locale, type RouteKey } from '../routes.ts';
import { tripPlace, type TripFile } from './trip-list.ts';

export { tripPlace, tripListOf, type TripFile, type TripList } from './trip-list.ts';

/** A place and its products, as the build lists them (src/pages/trip-lists.json.ts). */
export interface TripSource {
	key: Extract<RouteKey, 'provinces' | 'districts' | 'centres' | 'salesPoints'>;
	id: string;
	/** The province it is in (its own id for a province): its list is in that province's file. */
	province: string;
	name: { vi: string; en: string };
	slugs: string[];
}

/** The URL path of the lists of a province's places in a language (`<base>trips/vi/ho-chi-minh.json`). */
export function tripListPath(locale: Locale, province: string): string {
	return withBase(`/trips/${locale}/${encodeURIComponent(province)}.json`);
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
	const provinces = new Map<string, TripSource[]>();
	for (const source of sources) provinces.set(source.province, [...(provinces.get(source.province) ?? []), source]);
	let written = 0;
	for (const [province, places] of provinces) {
		for (const locale of LOCALES) {
			const file: TripFile = { files: [], places: {} };
			const position = new Map<string, number>();
			const indexOf = (f: { url: string; bytes: number }) => {
				let i = position.get(f.url);
				if (i === undefined) {
					position.set(f.url, (i = file.files.length));
					file.files.push([f.url, f.bytes]);
				}
				return i;
			};
			for (const source of places) {
				const files = source.slugs.flatMap((slug) => filesOfPage(routePath(locale, { key: 'products', id: slug })));
				file.places[tripPlace(source.key, source.id)] = {
					name: source.name[locale],
					page: routePath(locale, { key: source.key, id: source.id }),
					files: files.map(indexOf),
				};
			}
			const out = join(dir, sitePath(tripListPath(locale, province)) ?? '');
			mkdirSync(dirname(out), { recursive: true });
			writeFileSync(out, JSON.stringify(file));
			written++;
		}
	}
	return written;
}
