/**
 * Where each entry goes in the content index (content-index.ts): light (types only), so that the
 * cache of findings (unit-cache.ts) can keep each entry's places without loading the rules.
 */
import type { AnyRefEntry } from './content-index.ts';

/** The index map of each kind of data file, by its id. */
export const LIST_KINDS = {
	province: 'provinces',
	district: 'districts',
	producer: 'producers',
	centre: 'centres',
	salesPoint: 'salesPoints',
} as const;

/** A map of the index (a field of CrossIndex) an entry is put in. */
export type IndexMap =
	'provinces' | 'retired' | 'retiredCodes' | 'products' | 'codes' | 'formerSlugs' | (typeof LIST_KINDS)[keyof typeof LIST_KINDS];

/**
 * The places a valid entry takes in the index, as pairs of a map (a field of CrossIndex) and a key,
 * one after the other: the one place that decides what the index holds (`addEntry` in
 * content-index.ts), for the full index and for the index rules', from whole entries, from what
 * `REF_FIELDS` keeps, or as kept by unit-cache.ts. A unit whose entries take the same places after an
 * edit leaves every map with the same keys in the same order, so the rules' findings on other entries
 * can change only through those keys (see `IndexRule` and `crossCheck`'s `only`).
 */
export function indexKeys(e: AnyRefEntry): string[] {
	switch (e.kind) {
		case 'province':
			return ['provinces', e.data.id];
		case 'retired':
			return ['retired', e.raw.id, 'retiredCodes', e.data.code];
		case 'product':
			return ['products', e.raw.id, 'codes', e.data.code, ...e.data.formerSlugs.flatMap((old) => ['formerSlugs', old])];
		default:
			return [LIST_KINDS[e.kind], e.raw.id];
	}
}
