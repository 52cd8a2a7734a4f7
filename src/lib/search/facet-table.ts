/**
 * The facet counts of the search page's filters, from one small table per language instead of
 * Pagefind's filter index. Plain logic: the build makes the table (short-ids.ts, from Pagefind's
 * own filter files) and the search page's script counts with it.
 *
 * Pagefind's filter index is a list of page numbers per facet value, three bytes a number in its
 * CBOR, and its counts need every facet's file: at 13,000 products the five files were 149 kB
 * gzipped, fetched when the filters open (at once on a wide screen). The table holds the same facts
 * as one value number per page and facet (most facets give a page one value), which compress well:
 * about 31 kB at 13,000 products. Pages are those of pf_meta, in its order: with short page ids
 * (short-ids.ts) a result's id ends with its page number, so the counts of a search are read from
 * its results without a fragment.
 */
import type { Facet } from './search.ts';

/** Where the table of a language is, in the bundle folder (pagefind/). */
export const facetTableFile = (language: string) => `filter-table-${language}.json`;

/**
 * A language's table. `version` is that of the short page ids (short-ids.ts): a table and results
 * of different builds are not counted together.
 */
export interface FacetTable {
	version: string;
	pages: number;
	facets: Record<
		string,
		{
			values: string[];
			/** A facet that gives each page at most one value: per page, its value's place in `values` plus one (0: none). */
			of?: number[];
			/** A facet with several values on a page: per value, its pages, each as the gap from the one before. */
			gaps?: number[][];
			/**
			 * A facet whose value follows from another's (a district's province): that facet, and per
			 * value of it, this facet's value's place plus one (0: none).
			 */
			from?: { facet: string; map: number[] };
		}
	>;
}

/** Pagefind's filter index of one facet: its values, each with its page numbers (ascending). */
export type FacetPages = ReadonlyArray<readonly [value: string, pages: readonly number[]]>;

/** The table of a language from Pagefind's filter index (one FacetPages per facet). */
export function facetTable(version: string, pages: number, facets: ReadonlyMap<string, FacetPages>): FacetTable {
	const table: FacetTable = { version, pages, facets: {} };
	const singles: Array<{ facet: string; values: string[]; of: number[] }> = [];
	for (const [facet, list] of facets) {
		const values = list.map(([value]) => value);
		const of = new Array<number>(pages).fill(0);
		let single = true;
		list.forEach(([, numbers], i) => {
			for (const page of numbers) {
				if (of[page] !== 0) single = false;
				of[page] = i + 1;
			}
		});
		if (single) singles.push({ facet, values, of });
		else table.facets[facet] = { values, gaps: list.map(([, numbers]) => numbers.map((page, i) => page - (i ? numbers[i - 1]! : 0))) };
	}
	// Facets with the most values first: a province is then written as a map of its districts (11 kB less at 13,000 products).
	const kept: typeof singles = [];
	for (const a of singles.sort((x, y) => y.values.length - x.values.length)) {
		const from = kept.map((b) => ({ facet: b.facet, map: follows(a.of, b.of, b.values.length) })).find((f) => f.map);
		if (from?.map) table.facets[a.facet] = { values: a.values, from: { facet: from.facet, map: from.map } };
		else {
			table.facets[a.facet] = { values: a.values, of: a.of };
			kept.push(a);
		}
	}
	return table;
}

/** When facet A's value on every page follows from facet B's (`of` arrays), A's value for each of B's values. */
function follows(a: readonly number[], b: readonly number[], bValues: number): number[] | undefined {
	const map = new Array<number>(bValues).fill(-1);
	for (let page = 0; page < a.length; page++) {
		const vb = b[page]!;
		if (vb === 0) {
			if (a[page] !== 0) return undefined;
			continue;
		}
		if (map[vb - 1] === -1) map[vb - 1] = a[page]!;
		else if (map[vb - 1] !== a[page]) return undefined;
	}
	return map.map((v) => Math.max(v, 0));
}

/** The page number of a result's id (`vi_1c0ffee_a0`), when it is a short id of the table's version. */
export function pageOf(id: string, table: FacetTable): number | undefined {
	const at = id.lastIndexOf('_');
	if (at < 0 || id.slice(0, at).split('_').at(-1) !== table.version) return undefined;
	const page = parseInt(id.slice(at + 1), 36);
	return Number.isInteger(page) && page >= 0 && page < table.pages ? page : undefined;
}

/** Per facet, the values of each page: what counting reads. */
export type FacetValues = Map<string, { values: string[]; of: (page: number) => readonly number[] }>;

/** Opens a table for counting (the multi-valued facets' gaps become lists per page once). */
export function facetValues(table: FacetTable): FacetValues {
	const out: FacetValues = new Map();
	const none: readonly number[] = [];
	for (const [facet, { values, of, gaps, from }] of Object.entries(table.facets)) {
		const one = values.map((_, i) => [i]);
		if (of) {
			out.set(facet, { values, of: (page) => (of[page] ? one[of[page] - 1]! : none) });
			continue;
		}
		const by = from && table.facets[from.facet]?.of;
		if (from && by) {
			out.set(facet, {
				values,
				of: (page) => {
					const v = by[page] ? from.map[by[page] - 1] : 0;
					return v ? one[v - 1]! : none;
				},
			});
			continue;
		}
		const byPage = new Map<number, number[]>();
		(gaps ?? []).forEach((list, i) => {
			let page = 0;
			for (const gap of list) {
				page += gap;
				const held = byPage.get(page);
				if (held) held.push(i);
				else byPage.set(page, [i]);
			}
		});
		out.set(facet, { values, of: (page) => byPage.get(page) ?? [] });
	}
	return out;
}

/**
 * The counts the filter panel shows, as Pagefind gives them: for each facet, how many of `pages`
 * (a search's results, or every page when null) have each value among those that pass the chosen
 * values of every other facet (a facet's own choice is left out, so that a second value can be added).
 */
export function facetCounts(
	table: FacetValues,
	total: number,
	pages: readonly number[] | null,
	chosen: Partial<Record<Facet, string[]>>,
): Record<string, Record<string, number>> {
	const wanted = [...table].map(([facet, { values, of }]) => {
		const set = chosen[facet as Facet]?.length ? new Set(chosen[facet as Facet]) : undefined;
		return { facet, values, of, ok: set && ((page: number) => of(page).some((v) => set.has(values[v]!))) };
	});
	const counts: Record<string, Record<string, number>> = {};
	for (const { facet } of wanted) counts[facet] = {};
	const count = (page: number) => {
		const failed = wanted.filter((w) => w.ok && !w.ok(page));
		// A page that fails two chosen facets counts for none; failing one, it counts for that one only.
		if (failed.length > 1) return;
		for (const w of failed.length ? failed : wanted) {
			const into = counts[w.facet]!;
			for (const v of w.of(page)) {
				const value = w.values[v]!;
				into[value] = (into[value] ?? 0) + 1;
			}
		}
	};
	if (pages) for (const page of pages) count(page);
	else for (let page = 0; page < total; page++) count(page);
	return counts;
}
