/**
 * A place's list of "Save for the trip" as the browser reads it (src/scripts/trip.ts) from its
 * province's file, which src/lib/offline/trips.ts writes at build time. No imports: the page's script
 * bundles this module.
 */

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

/** The published file of one province in one language: the lists of all its places. */
export interface TripFile {
	/** Every page and picture of the file's lists, once: [URL path or URL, bytes]. */
	files: Array<[url: string, bytes: number]>;
	/** Each place by `tripPlace(key, id)`: its name, its page and its files as positions in `files`. */
	places: Record<string, { name: string; page: string; files: number[] }>;
}

/** A place's key in its province's file (`districts/hoc-mon`). */
export function tripPlace(key: string, id: string): string {
	return `${key}/${id}`;
}

/** The list of one place, read from its file in `locale`; undefined when the file has no such place. */
export function tripListOf(file: TripFile, locale: 'vi' | 'en', place: string): TripList | undefined {
	const entry = file.places[place];
	if (!entry) return undefined;
	const files = entry.files.map((i) => ({ url: file.files[i]?.[0] ?? '', bytes: file.files[i]?.[1] ?? 0 }));
	return {
		cache: `trip:${locale}:${place.replace('/', ':')}`,
		name: entry.name,
		page: entry.page,
		files,
		bytes: files.reduce((n, f) => n + f.bytes, 0),
	};
}
