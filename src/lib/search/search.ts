/**
 * Search, the parts that are plain logic: the đ-folding shared by the index (build) and the query
 * (browser), the facets, what each product's search record holds besides its text
 * (search-records.ts builds the records), and the search page's URL.
 *
 * Why fold đ: Pagefind (1.5+) matches words whatever their tone and vowel marks, so "ca phe" finds
 * "cà phê" and "hoc mon" finds "Hóc Môn", with exact spellings ranked first. But đ is a letter of
 * its own (U+0111, no decomposition), so "dac san" would never find "đặc sản" nor "Dak Lak"
 * "Đắk Lắk". People type without marks on phones all the time, so the indexed text has đ → d (marks
 * kept), and the query gets the same fold before it is searched. The names and summaries shown in
 * results are separate, exact fields, never the folded text.
 */
import { productText, type Catalogue, type ProductView } from '../catalogue.ts';
import type { Locale } from '../routes.ts';

/** Folds the letter đ (and Đ, and their look-alike ð/Ð from old encodings) to d/D; composes marks (NFC). */
export function foldD(text: string): string {
	return text.normalize('NFC').replace(/[đð]/g, 'd').replace(/[ĐÐ]/g, 'D');
}

/**
 * The facets a search can be narrowed by; each is a Pagefind filter and a URL parameter of the same
 * name. Not centres and sales points: at national scale there are thousands (2,000 sales points),
 * each product lists several, and their lists of pages were the largest filter files a visitor
 * downloads, for a checkbox list nobody scrolls on a phone; each place's page lists its products.
 */
export const FACETS = ['province', 'district', 'group', 'stars', 'kind', 'certification', 'exports'] as const;
/**
 * Facets for buyers, which a product has only when it has the facts: `certification` (each scheme
 * with a valid certificate, src/lib/buyers/trade.ts) and `exports` (`yes` with at least one export market).
 */
export const BUYER_FACETS: ReadonlySet<Facet> = new Set(['certification', 'exports']);
/** A facet. */
export type Facet = (typeof FACETS)[number];

/**
 * Orders of the results besides relevance. Not Pagefind sort keys: Pagefind loads every sort key's
 * list of all pages (pf_meta) before the first query, about 2 bytes a page compressed (26 kB at
 * 13,000 products) that every visitor pays; the search page orders by stars with the stars facet
 * instead (src/scripts/search-page.ts).
 */
export const SORTS = ['stars'] as const;
/** An order of the results. */
export type Sort = (typeof SORTS)[number];

/** What the search page shows: the query, the chosen facet values, the order. */
export interface SearchState {
	q: string;
	filters: Partial<Record<Facet, string[]>>;
	sort?: Sort;
}

const isFacet = (key: string): key is Facet => (FACETS as readonly string[]).includes(key);
const isSort = (key: string | null): key is Sort => key !== null && (SORTS as readonly string[]).includes(key);

/** The state held in a search page's query string, e.g. `?q=ca+phe&district=hoc-mon&sort=stars`. */
export function parseSearchState(search: string): SearchState {
	const params = new URLSearchParams(search);
	const filters: SearchState['filters'] = {};
	for (const [key, value] of params) {
		if (!isFacet(key) || !value) continue;
		const list = (filters[key] ??= []);
		if (!list.includes(value)) list.push(value);
	}
	const sort = params.get('sort');
	return { q: (params.get('q') ?? '').trim(), filters, ...(isSort(sort) ? { sort } : {}) };
}

/** The query string of a state (with its `?`, or empty), facets in a fixed order so equal states give equal URLs. */
export function searchStateQuery(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q.trim()) params.set('q', state.q.trim());
	for (const facet of FACETS) for (const value of state.filters[facet] ?? []) params.append(facet, value);
	if (state.sort) params.set('sort', state.sort);
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** True when a state has chosen facet values. */
export function hasFilters(state: SearchState): boolean {
	return FACETS.some((f) => (state.filters[f]?.length ?? 0) > 0);
}

/**
 * The Pagefind filter object of a state: values of one facet are alternatives (any), facets
 * combine (all). `except` leaves one facet out, to count what choosing another of its values gives.
 */
export function pagefindFilters(state: SearchState, except?: Facet): Record<string, { any: string[] }> {
	const out: Record<string, { any: string[] }> = {};
	for (const facet of FACETS) {
		const values = state.filters[facet];
		if (facet !== except && values?.length) out[facet] = { any: values };
	}
	return out;
}

/** What a product's search record holds besides its indexed text. */
export interface SearchFields {
	/** Facet values (ids, the same in both languages), several per facet where a product has several; the buyer facets only where it has a value. */
	filters: Partial<Record<Facet, string[]>>;
	/** Shown in a result: exact name and summary (never the folded index text), stars, place, language of the text. */
	meta: { title: string; summary: string; stars: string; district: string; lang?: string };
}

/**
 * The search fields of `product`'s page in `locale`. A product without an English story shows
 * its Vietnamese name and summary on the English page, so `lang` says so for the result card.
 */
export function productSearchFields<I>(product: ProductView<I>, locale: Locale): SearchFields {
	const text = productText(product, locale);
	const fallback = locale !== 'vi' && !product.text[locale];
	const d = product.district;
	return {
		filters: {
			province: [d.province],
			district: [d.id],
			group: [String(product.facts.category)],
			stars: [String(product.facts.stars)],
			kind: [product.producer.kind],
			...buyerFilters(product),
		},
		meta: {
			title: text.name,
			summary: text.summary,
			stars: String(product.facts.stars),
			district: `${d.name[locale]}, ${d.provinceView.name[locale]}`,
			...(fallback ? { lang: 'vi' } : {}),
		},
	};
}

/** A product's values of the buyer facets; a facet it has no value of is left out of its record. */
function buyerFilters<I>(product: ProductView<I>): Partial<Record<Facet, string[]>> {
	const certified = [...new Set(product.certifications.filter((c) => c.status === 'valid').map((c) => c.scheme))];
	return {
		...(certified.length ? { certification: certified } : {}),
		...(product.facts.trade?.exportMarkets?.length ? { exports: ['yes'] } : {}),
	};
}

/** A value a facet can take on the search page, with its label in the page's language. */
export interface FacetOption {
	value: string;
	label: string;
}

/** Labels that come from the UI dictionaries rather than the content. */
export interface FacetLabels {
	group: (category: number) => string;
	stars: (count: number) => string;
	kind: (kind: string) => string;
	/** The name of a certification scheme. */
	certification: (scheme: string) => string;
	/** The label of the `exports` facet's one value. */
	exports: string;
}

/**
 * The values each facet can take, for the search page's filter form: only values some product
 * has, stars from most to fewest, groups in their official order, the rest alphabetically.
 */
export function facetOptions<I>(c: Catalogue<I>, locale: Locale, labels: FacetLabels): Record<Facet, FacetOption[]> {
	const collator = new Intl.Collator(locale);
	const byLabel = (list: FacetOption[]) => list.sort((a, b) => collator.compare(a.label, b.label));
	const named = <T extends { id: string; name: { vi: string; en?: string } }>(items: Iterable<T>, used: ReadonlyMap<string, unknown>) =>
		byLabel([...items].filter((i) => used.has(i.id)).map((i) => ({ value: i.id, label: i.name[locale] ?? i.name.vi })));
	const provinces = [...c.provinces.values()].filter((p) => c.byProvince.has(p.id));
	const kinds = new Set(c.products.map((p) => p.producer.kind));
	return {
		province: byLabel(provinces.map((p) => ({ value: p.id, label: p.name[locale] }))),
		district: named(c.districts.values(), c.byDistrict),
		group: [...c.byCategory.keys()].sort((a, b) => a - b).map((n) => ({ value: String(n), label: labels.group(n) })),
		stars: [...c.byStars.keys()].sort((a, b) => b - a).map((n) => ({ value: String(n), label: labels.stars(n) })),
		kind: byLabel([...kinds].map((k) => ({ value: k, label: labels.kind(k) }))),
		certification: byLabel(
			[...new Set(c.products.flatMap((p) => p.certifications.filter((x) => x.status === 'valid').map((x) => x.scheme)))].map((s) => ({
				value: s,
				label: labels.certification(s),
			})),
		),
		exports: c.products.some((p) => p.facts.trade?.exportMarkets?.length) ? [{ value: 'yes', label: labels.exports }] : [],
	};
}

/** One facet as the search page's facet file lists it (src/pages/search-facets/[locale].json.ts). */
export interface FacetGroup {
	facet: Facet;
	legend: string;
	options: FacetOption[];
}

/** The facets that have values, in FACETS' order, with their legends: what the filter panel shows. */
export function facetList<I>(c: Catalogue<I>, locale: Locale, labels: FacetLabels & { legend: (facet: Facet) => string }): FacetGroup[] {
	const options = facetOptions(c, locale, labels);
	return FACETS.filter((facet) => options[facet].length > 0).map((facet) => ({
		facet,
		legend: labels.legend(facet),
		options: options[facet],
	}));
}

/**
 * Ranking weights of the result fields (the records' `meta`), for `pagefind.options`. Pagefind
 * makes every meta field searchable; the folded ones (`heading`, `producer`, `place`) boost pages
 * whose name, producer or place the query covers. The fields
 * kept exact for display (name, summary, stars…) weigh 0, and a result that matched only
 * those (score 0) is dropped by `keepResult`, so "webp" or a summary word with đ finds nothing.
 */
export const META_WEIGHTS: Readonly<Record<string, number>> = {
	// Other spellings (joined syllables, synonyms: spellings.ts): found, but below a real name.
	aka: 1,
	heading: 5,
	producer: 8,
	place: 5,
	title: 0,
	summary: 0,
	stars: 0,
	district: 0,
	lang: 0,
};

/** A record's `url`: the page's path, and its picture's address after a `#` (SearchRecord.url). */
export function recordUrl(path: string, image: string | undefined): string {
	return image ? `${path}#${image}` : path;
}

/** The page's path and picture address of a record's (or a result's) `url`. */
export function splitRecordUrl(url: string): { path: string; image?: string } {
	const at = url.indexOf('#');
	return at < 0 ? { path: url } : { path: url.slice(0, at), image: url.slice(at + 1) };
}

/** Whether to show a Pagefind result: with a query, only those that matched indexed text (score above 0). */
export function keepResult(result: { score: number }, hasQuery: boolean): boolean {
	return !hasQuery || result.score > 0;
}

/** The words of a query, as the visitor typed them (anything with a letter or digit). */
export const queryWords = (q: string) => q.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** What Pagefind's `search` gives that ranking by whole words needs. */
type Searcher = (query: string) => Promise<{ results: ReadonlyArray<{ id: string }> } | null>;

/**
 * For each word of `q`, the pages (Pagefind result ids) that hold it whole, marks aside: Pagefind's
 * exact search (the word in quotes), on the index chunks the query has loaded already. Empty when
 * the visitor typed quotes (the query is an exact search already).
 */
export async function wholeWordPages(search: Searcher, q: string): Promise<Set<string>[]> {
	if (q.includes('"')) return [];
	return Promise.all(queryWords(q).map(async (word) => new Set((await search(`"${foldD(word)}"`))?.results.map((r) => r.id))));
}

/**
 * Results that hold more of the query's words whole first, Pagefind's order kept otherwise.
 * Pagefind matches a query word as the start of longer words too, and its boost for the name,
 * producer and place fields (META_WEIGHTS) does not weigh how much longer: `tra` (trà, tea) put the
 * pottery of Bát Tràng, whose name, producer and place all hold "Tràng", above the teas. Vietnamese
 * syllables are short and begin many others (ca: cá, cam, canh, cao…), so a word typed whole ranks
 * its pages first; a word still being typed (`mat on`) is held whole by no page and changes nothing.
 */
export function wholeWordsFirst<T extends { id: string }>(results: readonly T[], whole: readonly ReadonlySet<string>[]): T[] {
	if (whole.length === 0) return [...results];
	const held = (r: T) => whole.reduce((n, pages) => n + (pages.has(r.id) ? 1 : 0), 0);
	return results
		.map((result, i) => ({ result, i, n: held(result) }))
		.sort((a, b) => b.n - a.n || a.i - b.i)
		.map((x) => x.result);
}
