/** The filter panel's counts from the facet table (src/lib/search/facet-table.ts), checked against counting every page by hand. */
import { describe, expect, it } from 'vitest';
import { facetCounts, facetTable, facetValues, pageOf, type FacetPages } from '../../src/lib/search/facet-table.ts';
import type { Facet } from '../../src/lib/search/search.ts';

/** Eight pages: one district, its province and one group each, and certifications (several on a page, none on others). */
const FACTS: Array<Record<string, string[]>> = [
	{ district: ['hoc-mon'], province: ['ho-chi-minh'], group: ['1'], certification: ['vietgap', 'haccp'] },
	{ district: ['hoc-mon'], province: ['ho-chi-minh'], group: ['2'], certification: [] },
	{ district: ['lac-duong'], province: ['lam-dong'], group: ['1'], certification: ['vietgap'] },
	{ district: ['lac-duong'], province: ['lam-dong'], group: ['1'], certification: [] },
	{ district: ['dai-loc'], province: ['quang-nam'], group: ['3'], certification: ['haccp'] },
	{ district: ['hoc-mon'], province: ['ho-chi-minh'], group: ['3'], certification: [] },
	{ district: ['dai-loc'], province: ['quang-nam'], group: ['1'], certification: ['vietgap', 'haccp'] },
	{ district: ['lac-duong'], province: ['lam-dong'], group: ['2'], certification: [] },
];

/** Pagefind's filter index of FACTS: per facet, each value with its pages. */
const pagefindFilters = new Map<string, FacetPages>(
	['district', 'province', 'group', 'certification'].map((facet) => {
		const values = [...new Set(FACTS.flatMap((f) => f[facet] ?? []))].sort();
		return [facet, values.map((v) => [v, FACTS.flatMap((f, page) => (f[facet]?.includes(v) ? [page] : []))] as const)];
	}),
);

/** What Pagefind counts: for each facet, pages of `pages` passing every other facet's choice. */
function byHand(pages: number[], chosen: Partial<Record<Facet, string[]>>) {
	const counts: Record<string, Record<string, number>> = {};
	for (const facet of pagefindFilters.keys()) {
		counts[facet] = {};
		for (const page of pages) {
			const passes = Object.entries(chosen).every(
				([f, values]) => f === facet || !values?.length || values.some((v) => FACTS[page]![f]?.includes(v)),
			);
			if (!passes) continue;
			for (const v of FACTS[page]![facet] ?? []) counts[facet]![v] = (counts[facet]![v] ?? 0) + 1;
		}
	}
	return counts;
}

describe('the facet table', () => {
	const table = facetTable('1c0ffee', FACTS.length, pagefindFilters);
	const values = facetValues(table);

	it('keeps one value number per page for a facet with one value a page, and gaps between pages for one with several', () => {
		expect(table.facets['district']).toEqual({ values: ['dai-loc', 'hoc-mon', 'lac-duong'], of: [2, 2, 3, 3, 1, 2, 1, 3] });
		expect(table.facets['certification']).toEqual({
			values: ['haccp', 'vietgap'],
			gaps: [
				[0, 4, 2],
				[0, 2, 4],
			],
		});
		// A province follows from its district: written as a map of the district's values.
		expect(table.facets['province']).toEqual({
			values: ['ho-chi-minh', 'lam-dong', 'quang-nam'],
			from: { facet: 'district', map: [3, 1, 2] },
		});
		expect(table.facets['group']?.of).toHaveLength(8);
	});

	it('counts as Pagefind does: a chosen facet counts its values as if it were not chosen, the others narrow', () => {
		const all = FACTS.map((_, page) => page);
		for (const [pages, chosen] of [
			[null, {}],
			[[0, 2, 3, 6], {}],
			[null, { district: ['hoc-mon'] }],
			[null, { district: ['hoc-mon', 'lac-duong'], group: ['1'] }],
			[[0, 2, 4, 5, 6], { province: ['lam-dong', 'quang-nam'] }],
			[[0, 1, 4, 6, 7], { certification: ['vietgap'], group: ['1', '2'] }],
			[[1, 3], { certification: ['haccp'] }],
		] as Array<[number[] | null, Partial<Record<Facet, string[]>>]>)
			expect(facetCounts(values, FACTS.length, pages, chosen), JSON.stringify([pages, chosen])).toEqual(byHand(pages ?? all, chosen));
	});

	it('reads a page number from a short id of its own build only', () => {
		expect(pageOf('vi_1c0ffee_0', table)).toBe(0);
		expect(pageOf('vi_1c0ffee_7', table)).toBe(7);
		expect(pageOf('pt-br_1c0ffee_5', table)).toBe(5);
		// Another build, a page past the table's, Pagefind's own hash.
		expect(pageOf('vi_2beef00_3', table)).toBeUndefined();
		expect(pageOf('vi_1c0ffee_8', table)).toBeUndefined();
		expect(pageOf('vi_df2933a', table)).toBeUndefined();
	});
});
