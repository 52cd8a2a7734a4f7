/**
 * "Save for the trip" (docs/offline-and-maps.md): for a province, a district, an OCOP centre or a sales
 * point, the files that make its products readable offline: each product page in one language and, for
 * each picture that page shows, every file it may show (each width of each format of its `srcset`s),
 * with their sizes. The phone stores one file a picture, the one it would show (choosePicture), and
 * says how much that is before it stores anything.
 *
 * The build writes one file per province and language (`<base>trips/vi/lam-dong.json`, the format of
 * TripFile in src/lib/offline/trip-list.ts), holding the lists of the province and of every district,
 * centre and sales point in it: the pages and pictures once, in tables, and each place's list as
 * positions in them. A file per place and language was 6,068 files at 13,000 products (issue 23: the
 * pages' folder must stay well under the hosts' 100,000 files); per province it is 68. A place's page
 * fetches its province's file, which the browser then has for the province's other places.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LOCALES, routePath, sitePath, withBase, type Locale, type RouteKey } from '../routes.ts';
import { nearProvinceFile } from './near.ts';
import { tripPlace, type PictureChoice, type TripFile, type TripPicture } from './trip-list.ts';

export {
	choosePicture,
	sizesWidth,
	tripPlace,
	tripListOf,
	type PictureChoice,
	type TripFile,
	type TripList,
	type TripPicture,
} from './trip-list.ts';

/** A place and its products, as the build lists them (src/pages/trip-lists.json.ts). */
export interface TripSource {
	key: Extract<RouteKey, 'provinces' | 'districts' | 'centres' | 'salesPoints'>;
	id: string;
	name: { vi: string; en: string };
	/** The province it is in: its near-me file is saved too, so that near me works there offline. */
	province: string;
	slugs: string[];
}

/** The URL path of the lists of a province's places in a language (`<base>trips/vi/ho-chi-minh.json`). */
export function tripListPath(locale: Locale, province: string): string {
	return withBase(`/trips/${locale}/${encodeURIComponent(province)}.json`);
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
			const pictures: TripPicture[] = [];
			for (const picture of picturesOf(html)) {
				const choices = picture.choices.flatMap((c) => {
					const bytes = bytesOf(c.url);
					return bytes === undefined ? [] : [{ ...c, bytes }];
				});
				if (choices.length) pictures.push({ sizes: picture.sizes, choices });
			}
			// Copied through JSON: the addresses cut out of the page by regular expressions are slices
			// that keep the whole page's text alive in V8, and every product page's text kept at once
			// was about 300 MB at 13,000 products, the top of the warm build's memory.
			page.pictures = JSON.parse(JSON.stringify(pictures)) as TripPicture[];
		}
		pages.set(url, page);
		return page;
	};
	const nearFile = (province: string) => {
		const path = nearProvinceFile(province);
		const file = join(dir, path);
		return existsSync(file) ? [{ url: withBase(path), bytes: statSync(file).size }] : [];
	};
	const provinces = new Map<string, TripSource[]>();
	for (const source of sources) provinces.set(source.province, [...(provinces.get(source.province) ?? []), source]);
	let written = 0;
	for (const [province, places] of provinces) {
		for (const locale of LOCALES) {
			const file: TripFile = { files: [], pictures: [], extra: nearFile(province).map((f) => [f.url, f.bytes]), places: {} };
			const filePosition = new Map<string, number>();
			const picturePosition = new Map<string, number>();
			const fileIndex = (f: { url: string; bytes: number }) => {
				let i = filePosition.get(f.url);
				if (i === undefined) filePosition.set(f.url, (i = file.files.push([f.url, f.bytes]) - 1));
				return i;
			};
			// A picture shown on two of the pages (the same files) is stored once.
			const pictureIndex = (p: TripPicture) => {
				const key = p.choices.map((c) => c.url).join(' ');
				let i = picturePosition.get(key);
				if (i === undefined) picturePosition.set(key, (i = file.pictures.push(p) - 1));
				return i;
			};
			for (const source of places) {
				const read = source.slugs.map((slug) => readPage(routePath(locale, { key: 'products', id: slug })));
				file.places[tripPlace(source.key, source.id)] = {
					name: source.name[locale],
					page: routePath(locale, { key: source.key, id: source.id }),
					files: read.flatMap((p) => (p.file ? [fileIndex(p.file)] : [])),
					pictures: [...new Set(read.flatMap((p) => p.pictures).map(pictureIndex))],
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
