/**
 * A place's list of "Save for the trip" as the browser reads it (src/scripts/trip.ts) from its
 * province's file, which src/lib/offline/trips.ts writes at build time, and how the browser chooses
 * the one file of each picture it stores. No imports: the page's script bundles this module.
 */

/** The list of one place in one language: what the button stores. */
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

/**
 * The published file of one province in one language: the lists of all its places, each page and
 * picture once in a table, each place's list as positions in the tables.
 */
export interface TripFile {
	/** Every product page of the file's lists, once: [URL path, bytes]. */
	files: Array<[url: string, bytes: number]>;
	/** Every picture those pages show, once. */
	pictures: TripPicture[];
	/** Files every place of the province stores too (its near-me file): [URL path, bytes]. */
	extra: Array<[url: string, bytes: number]>;
	/** Each place by `tripPlace(key, id)`: its name, its page, its pages and pictures as positions. */
	places: Record<string, { name: string; page: string; files: number[]; pictures: number[] }>;
}

/** A place's key in its province's file (`districts/hoc-mon`). */
export function tripPlace(key: string, id: string): string {
	return `${key}/${id}`;
}

/** The list of one place, read from its file in `locale`; undefined when the file has no such place. */
export function tripListOf(file: TripFile, locale: 'vi' | 'en', place: string): TripList | undefined {
	const entry = file.places[place];
	if (!entry) return undefined;
	const pair = (f: [string, number] | undefined) => ({ url: f?.[0] ?? '', bytes: f?.[1] ?? 0 });
	const files = entry.files.map((i) => pair(file.files[i]));
	return {
		cache: `trip:${locale}:${place.replace('/', ':')}`,
		name: entry.name,
		page: entry.page,
		files,
		extra: file.extra.map(pair),
		pictures: entry.pictures.flatMap((i) => file.pictures[i] ?? []),
		bytes: files.reduce((n, f) => n + f.bytes, 0),
	};
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
