/**
 * <ocop-search>: the search page's behaviour, on Pagefind's JS API (loaded from <base>pagefind/ when
 * the element starts; no UI framework). The query and the chosen facets live in the URL, so a
 * search can be shared and the back button works: typing replaces the current history entry,
 * choosing a facet or an order adds one, and going back or forward restores the form and results.
 * The query gets the same đ-folding as the index (see src/lib/search/search.ts), and what a result shows
 * comes from its exact meta fields, never from Pagefind's excerpt of the folded text.
 *
 * Facet counts need a page's facet values, which grow with the catalogue: the facet table
 * (src/lib/search/facet-table.ts, about a fifth of Pagefind's filter index, which is the fallback),
 * loaded only while the filters are open: at once on a wide screen, where they
 * start open, and on a phone when the visitor opens them. Until then a search costs only the index
 * chunks of its words. The facets' values themselves (700 districts at 13,000 products) are a file
 * of their own (data-facets), fetched at the same moments, or when the URL needs them (a chosen value,
 * the order by stars); until then the URL's choices are kept as they are.
 */
import {
	FACETS,
	META_WEIGHTS,
	foldD,
	hasFilters,
	keepResult,
	pagefindFilters,
	parseSearchState,
	queryWords,
	searchStateQuery,
	splitRecordUrl,
	wholeWordPages,
	wholeWordsFirst,
	type Facet,
	type FacetGroup,
	type SearchState,
	type Sort,
} from '../lib/search/search.ts';
import { fill } from '../i18n/fill.ts';
import { suggestions, wordFound } from '../lib/search/spellings.ts';
import { facetCounts, facetTableFile, facetValues, pageOf, type FacetTable, type FacetValues } from '../lib/search/facet-table.ts';

/** Results shown at first, and added by each "show more". */
const PAGE_SIZE = 12;
/** Pause after the last keystroke before searching. */
const TYPING_DELAY = 250;

type Counts = Record<string, Record<string, number>>;
interface PagefindResult {
	id: string;
	score: number;
	/** Positions in the content of the words that matched. */
	words: number[];
	data(): Promise<{ url: string; content: string; meta: Record<string, string | undefined> }>;
}
interface PagefindSearch {
	results: PagefindResult[];
	filters: Counts;
	totalFilters: Counts;
}
interface Pagefind {
	options(o: object): Promise<void>;
	init(): Promise<void>;
	search(query: string | null, o?: object): Promise<PagefindSearch | null>;
	filters(): Promise<Counts>;
	/** Forgets every part of the index loaded (or failed to load): the next init starts afresh. */
	destroy(): Promise<void>;
}
type Strings = Record<
	| 'foundOne'
	| 'foundOther'
	| 'filteredOne'
	| 'filteredOther'
	| 'none'
	| 'noneFiltered'
	| 'prompt'
	| 'loading'
	| 'shown'
	| 'active'
	| 'stars'
	| 'unmatched'
	| 'unmatchedRest'
	| 'suggest',
	string
>;

/** The page numbers of results (their short ids, src/lib/search/short-ids.ts), or undefined when one is not of the table's build. */
function pagesOf(results: readonly PagefindResult[], table: FacetTable): number[] | undefined {
	const pages: number[] = [];
	for (const r of results) {
		const page = pageOf(r.id, table);
		if (page === undefined) return undefined;
		pages.push(page);
	}
	return pages;
}

class OcopSearch extends HTMLElement {
	private pagefind?: Pagefind;
	/**
	 * A part of the index failed to load (offline, never fetched before). Pagefind keeps such a part
	 * as loaded, empty, for as long as the page lives, so the same search would find nothing even
	 * with the network back: it is started again first (restart).
	 */
	private broken = false;
	private strings = {} as Strings;
	private plural = new Intl.PluralRules(document.documentElement.lang || 'vi');
	private baseTitle = document.title;
	/** Increases with every search, so that a slow, older search never overwrites a newer one. */
	private generation = 0;
	private results: PagefindResult[] = [];
	private shownCount = 0;
	private typingTimer: ReturnType<typeof setTimeout> | undefined;
	private filtersLoaded: Promise<unknown> | undefined;
	/** The facet table (src/lib/search/facet-table.ts), once fetched. */
	private tableLoaded: Promise<{ table: FacetTable; values: FacetValues } | null> | undefined;
	/** The facet file, once fetched and its checkboxes made. */
	private optionsLoaded: Promise<void> | undefined;
	/** The chosen facet values while there are no checkboxes yet to hold them. */
	private pending: SearchState['filters'] = {};
	/** The vocabulary file (written by the build, src/integrations/search-index.ts), fetched the first time a query word finds nothing. */
	private vocabulary: Promise<string[]> | undefined;
	/**
	 * Gives a result's thumbnail its address when it comes within 200 px of the screen. A phone shows
	 * four or five results of the twelve a search lists, and `loading="lazy"` fetched all twelve
	 * (Chromium starts lazy pictures 1,250-3,000 px ahead, the more the slower the link): 2-8 kB each
	 * on a rural connection for pictures nobody had scrolled to.
	 */
	private thumbnails =
		'IntersectionObserver' in window
			? new IntersectionObserver(
					(entries, observer) => {
						for (const entry of entries) {
							if (!entry.isIntersecting) continue;
							const img = entry.target as HTMLImageElement;
							img.src = img.dataset['src'] ?? '';
							observer.unobserve(img);
						}
					},
					{ rootMargin: '0px 0px 200px 0px' },
				)
			: undefined;

	private el<T extends Element = HTMLElement>(selector: string): T {
		const found = this.querySelector<T & Element>(selector);
		if (!found) throw new Error(`<ocop-search> is missing ${selector}`);
		return found;
	}

	connectedCallback() {
		this.strings = JSON.parse(this.dataset['strings'] ?? '{}') as Strings;
		const queryForm = this.el<HTMLFormElement>('[data-query-form]');
		const facetForm = this.el<HTMLElement>('[data-facet-form]');
		queryForm.hidden = false;
		this.el('[data-search-ui]').hidden = false;
		const filters = this.el<HTMLDetailsElement>('[data-filters]');
		filters.open = window.matchMedia('(min-width: 56rem)').matches;
		filters.addEventListener('toggle', () => {
			if (filters.open) void this.loadOptions().then(() => this.refreshCounts());
		});

		const input = this.el<HTMLInputElement>('#search-q');
		input.addEventListener('input', () => {
			clearTimeout(this.typingTimer);
			this.typingTimer = setTimeout(() => void this.update('replace'), TYPING_DELAY);
		});
		queryForm.addEventListener('submit', (event) => {
			event.preventDefault();
			clearTimeout(this.typingTimer);
			void this.update('push');
		});
		facetForm.addEventListener('change', () => void this.update('push'));
		this.el('[data-sort]').addEventListener('change', () => void this.update('push'));
		this.el('[data-clear]').addEventListener('click', () => {
			for (const box of facetForm.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
			this.pending = {};
			void this.update('push');
		});
		this.el('[data-more]').addEventListener('click', () => void this.showMore(true));
		window.addEventListener('popstate', () => {
			clearTimeout(this.typingTimer);
			this.apply(parseSearchState(location.search));
			void this.run(parseSearchState(location.search));
		});

		const state = parseSearchState(location.search);
		this.apply(state);
		if (!state.q && !hasFilters(state)) input.focus();
		navigator.serviceWorker?.addEventListener('message', (event: MessageEvent<{ type?: string } | null>) => {
			if (event.data?.type === 'search-needs-network') this.needsNetwork(true);
		});
		// The network is back: a search that needed it is made again, on an index started afresh.
		window.addEventListener('online', () => {
			if (this.broken && this.pagefind) void this.run(this.read());
		});
		void this.start(state);
	}

	/** Pagefind's options: the same at the first start and at a restart. */
	private async configure(pagefind: Pagefind) {
		// noWorker: Pagefind searches on the page itself rather than in its web worker, whose script
		// (pagefind-worker.js, 12 kB compressed) would be one more download before the first answer; a
		// search is a few milliseconds of WebAssembly, so the page stays responsive while typing.
		await pagefind.options({ baseUrl: this.dataset['base'] ?? '/', ranking: { metaWeights: META_WEIGHTS }, noWorker: true });
		await pagefind.init();
	}

	/**
	 * Starts Pagefind again after a part of its index failed to load: its runtime and metadata come
	 * from the service worker's shell, and the parts loaded before from its cache.
	 */
	private async restart(pagefind: Pagefind) {
		this.broken = false;
		this.filtersLoaded = undefined;
		this.vocabulary = undefined;
		await pagefind.destroy();
		await this.configure(pagefind);
	}

	/** Loads Pagefind, then runs the search in the URL. */
	private async start(state: SearchState) {
		try {
			// The site's base (`/`, or `/repo/` on a GitHub Pages project site) comes from the page: the
			// bundle is in its pagefind/ folder, and results, indexed at their paths inside the site, link under it.
			const base = this.dataset['base'] ?? '/';
			const url = new URL(`${base}pagefind/pagefind.js`, location.href).href;
			const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
			await this.configure(pagefind);
			this.pagefind = pagefind;
		} catch (error) {
			console.error(error);
			this.el('[data-query-form]').hidden = true;
			this.el('[data-search-ui]').hidden = true;
			this.el('[data-load-error]').hidden = false;
			return;
		}
		await this.run(state);
	}

	/** The state the form shows (the facets chosen in the URL while their checkboxes are not made yet). */
	private read(): SearchState {
		const filters: SearchState['filters'] = this.hasOptions() ? {} : structuredClone(this.pending);
		for (const box of this.querySelectorAll<HTMLInputElement>('[data-facet-form] input:checked')) {
			(filters[box.name as Facet] ??= []).push(box.value);
		}
		const sort = this.el<HTMLSelectElement>('[data-sort]').value;
		return { q: this.el<HTMLInputElement>('#search-q').value.trim(), filters, ...(sort ? { sort: sort as Sort } : {}) };
	}

	/** Shows `state` in the form. */
	private apply(state: SearchState) {
		this.pending = structuredClone(state.filters);
		this.el<HTMLInputElement>('#search-q').value = state.q;
		for (const box of this.querySelectorAll<HTMLInputElement>('[data-facet-form] input[type=checkbox]')) {
			box.checked = state.filters[box.name as Facet]?.includes(box.value) ?? false;
		}
		this.el<HTMLSelectElement>('[data-sort]').value = state.sort ?? '';
	}

	/** Puts the form's state in the URL (a new history entry or the current one) and searches. */
	private async update(history: 'push' | 'replace') {
		const state = this.read();
		const url = `${location.pathname}${searchStateQuery(state)}`;
		if (url !== `${location.pathname}${location.search}`) {
			if (history === 'push') window.history.pushState(null, '', url);
			else window.history.replaceState(null, '', url);
		}
		await this.run(state);
	}

	/**
	 * Searches; a part of the index that cannot be fetched (offline, and never fetched before: the
	 * service worker keeps those that were) says the search needs the network instead of showing nothing.
	 */
	private async run(state: SearchState) {
		this.needsNetwork(false);
		try {
			// Offline, a restart would fail the same way: it waits for the network (the online event above).
			if (this.broken && this.pagefind && navigator.onLine) await this.restart(this.pagefind);
			await this.search(state);
		} catch (error) {
			console.error(error);
			this.el('[data-results]').removeAttribute('aria-busy');
			this.needsNetwork(true);
		}
	}

	/** Shows or hides the notice that the search needs the network (told by the service worker, src/lib/offline/sw.ts). */
	private needsNetwork(needed: boolean) {
		this.el('[data-needs-network]').hidden = !needed;
		if (needed) this.broken = true;
		if (needed) this.dataset['network'] = 'needed';
		else delete this.dataset['network'];
	}

	private async search(state: SearchState) {
		const pagefind = this.pagefind;
		const generation = ++this.generation;
		document.title = state.q ? `“${state.q}” · ${this.baseTitle}` : this.baseTitle;
		this.carryToOtherLanguage();
		const active = FACETS.reduce((n, f) => n + (state.filters[f]?.length ?? 0), 0);
		this.el('[data-active-count]').textContent = active ? fill(this.strings.active, { count: active }) : '';
		this.el('[data-clear]').hidden = active === 0;
		if (!pagefind) return;

		const list = this.el('[data-results]');
		list.setAttribute('aria-busy', 'true');
		delete this.dataset['counts'];
		const query = state.q ? foldD(state.q) : null;
		const withCounts = this.el<HTMLDetailsElement>('[data-filters]').open;
		// The order by stars searches once per rating shown in the stars facet.
		if (withCounts || state.sort === 'stars') await this.loadOptions();
		if (!query && !hasFilters(state)) {
			const totals = withCounts ? await this.countsFor(pagefind, state, null) : undefined;
			if (generation !== this.generation) return;
			this.results = [];
			this.render(state, totals, 0);
			await this.renderUnmatched(state, [], generation);
			return;
		}
		const main = await pagefind.search(query, { filters: pagefindFilters(state) });
		const counts = withCounts ? await this.countsFor(pagefind, state, query) : undefined;
		// Pages that hold the query's words whole come first (wholeWordsFirst: `tra` is trà before Bát Tràng).
		const whole = query ? await wholeWordPages((q) => pagefind.search(q), state.q) : [];
		const results =
			main && state.sort === 'stars'
				? await this.byStars(pagefind, state, query, whole)
				: main
					? wholeWordsFirst(main.results, whole)
					: undefined;
		const unmatched = query ? await this.unmatchedWords(pagefind, state.q, main) : [];
		if (generation !== this.generation || !main || !results) return;
		// When no word of the query finds anything, what Pagefind answered came from shorter words (wordFound): nothing is shown.
		const nothing = unmatched.length > 0 && unmatched.length === queryWords(state.q).length;
		this.results = nothing ? [] : results.filter((r) => keepResult(r, query !== null));
		this.render(state, counts, this.results.length);
		await this.renderUnmatched(state, unmatched, generation);
	}

	/**
	 * The words of the query that find nothing on their own. Pagefind leaves such a word out and
	 * answers for the others (its issues #329, #547: `macca dak lak` listed every product of Đắk
	 * Lắk), or answers it with a shorter word (wordFound), so the page says which word found nothing.
	 * Each word is one more search, on index chunks the query has loaded already, and the fragment of
	 * its best result.
	 */
	private async unmatchedWords(pagefind: Pagefind, q: string, main: PagefindSearch | null): Promise<string[]> {
		const words = queryWords(q);
		const searches = words.length === 1 ? [main] : await Promise.all(words.map((w) => pagefind.search(foldD(w))));
		const found = await Promise.all(
			words.map(async (word, i) => {
				const best = searches[i]?.results.find((r) => keepResult(r, true));
				return best !== undefined && wordFound(word, (await best.data()).content, best.words);
			}),
		);
		return words.filter((_, i) => !found[i]);
	}

	/** Says which words found nothing and offers the nearest words of the vocabulary, each a link to the query with it instead. */
	private async renderUnmatched(state: SearchState, unmatched: string[], generation: number) {
		const box = this.el('[data-unmatched]');
		if (unmatched.length === 0) {
			box.hidden = true;
			box.replaceChildren();
			return;
		}
		const words = await this.loadVocabulary();
		if (generation !== this.generation) return;
		const lines = unmatched.map((word) => {
			const line = document.createElement('p');
			line.textContent = fill(this.strings.unmatched, { word });
			const near = suggestions(word, words);
			if (near.length) {
				line.append(` ${this.strings.suggest} `);
				near.forEach((suggestion, i) => {
					if (i) line.append(' · ');
					const link = document.createElement('a');
					const q = state.q
						.split(/\s+/)
						.map((w) => (w === word ? suggestion : w))
						.join(' ');
					link.href = `${location.pathname}${searchStateQuery({ ...state, q })}`;
					link.textContent = suggestion;
					link.dataset['suggestion'] = '';
					line.append(link);
				});
				line.append('?');
			}
			return line;
		});
		if (this.results.length > 0) {
			const rest = document.createElement('p');
			rest.textContent = this.strings.unmatchedRest;
			lines.push(rest);
		}
		box.replaceChildren(...lines);
		box.hidden = false;
	}

	/** The vocabulary of the page's language, fetched once; empty when it cannot be had (no suggestion then). */
	private loadVocabulary(): Promise<string[]> {
		const base = this.dataset['base'] ?? '/';
		const language = document.documentElement.lang || 'vi';
		this.vocabulary ??= fetch(new URL(`${base}pagefind/vocabulary-${language}.json`, location.href))
			.then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
			.catch(() => []);
		return this.vocabulary;
	}

	/**
	 * The results best rated first, each rating's by relevance. The index has no sort key (Pagefind
	 * loads every sort key's list of all pages before the first query, 2 bytes a page compressed),
	 * so the stars facet does it: one search per rating, most stars first. Pages are indexed best
	 * rated first, so a search with no words is in that order already.
	 */
	private async byStars(pagefind: Pagefind, state: SearchState, query: string | null, whole: Set<string>[]): Promise<PagefindResult[]> {
		const chosen = state.filters.stars;
		const ratings = [...this.querySelectorAll<HTMLInputElement>('[data-facet=stars] input')]
			.map((box) => box.value)
			.filter((value) => !chosen?.length || chosen.includes(value));
		const filters = pagefindFilters(state);
		const searches = await Promise.all(
			ratings.map((value) => pagefind.search(query, { filters: { ...filters, stars: { any: [value] } } })),
		);
		return searches.flatMap((search) => wholeWordsFirst(search?.results ?? [], whole));
	}

	/** True once the facet file's checkboxes are in the form. */
	private hasOptions(): boolean {
		return this.querySelector('[data-facet]') !== null;
	}

	/**
	 * Fetches the facet file once and makes its checkboxes, checked as the URL says. A failed fetch
	 * leaves the panel empty (the search still works) and is tried again the next time.
	 */
	private loadOptions(): Promise<void> {
		this.optionsLoaded ??= (async () => {
			const response = await fetch(new URL(this.dataset['facets'] ?? '', location.href));
			if (!response.ok) throw new Error(`${response.status} ${response.url}`);
			const { facets } = (await response.json()) as { facets: FacetGroup[] };
			if (this.hasOptions()) return;
			const fieldsetTemplate = this.el<HTMLTemplateElement>('[data-facet-template]');
			const optionTemplate = this.el<HTMLTemplateElement>('[data-option-template]');
			const fieldsets = facets.map(({ facet, legend, options }) => {
				const fieldset = (fieldsetTemplate.content.firstElementChild as HTMLFieldSetElement).cloneNode(true) as HTMLFieldSetElement;
				fieldset.dataset['facet'] = facet;
				(fieldset.querySelector('legend') as HTMLElement).textContent = legend;
				const items = options.map(({ value, label }) => {
					const item = (optionTemplate.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
					const box = item.querySelector('input') as HTMLInputElement;
					box.name = facet;
					box.value = value;
					box.checked = this.pending[facet]?.includes(value) ?? false;
					(item.querySelector('[data-label]') as HTMLElement).textContent = label;
					return item;
				});
				fieldset.querySelector('ul')?.append(...items);
				return fieldset;
			});
			this.el('[data-clear]').before(...fieldsets);
		})().catch((error: unknown) => {
			console.error(error);
			this.optionsLoaded = undefined;
		});
		return this.optionsLoaded;
	}

	/** Loads Pagefind's filter index once; until it is loaded, searches come back without facet counts. */
	private loadFilters(pagefind: Pagefind): Promise<unknown> {
		this.filtersLoaded ??= pagefind.filters();
		return this.filtersLoaded;
	}

	/** The facet table of the page's language (src/lib/search/facet-table.ts), fetched once; null when it cannot be had. */
	private loadTable(): Promise<{ table: FacetTable; values: FacetValues } | null> {
		const base = this.dataset['base'] ?? '/';
		const language = document.documentElement.lang || 'vi';
		this.tableLoaded ??= fetch(new URL(`${base}pagefind/${facetTableFile(language)}`, location.href))
			.then(async (response) => {
				if (!response.ok) return null;
				const table = (await response.json()) as FacetTable;
				return { table, values: facetValues(table) };
			})
			.catch(() => {
				// Tried again the next time (offline now, perhaps not then).
				this.tableLoaded = undefined;
				return null;
			});
		return this.tableLoaded;
	}

	/**
	 * The facet counts of a search. Each chosen facet counts its values as if it were not chosen, so
	 * that a second value can be added. Counted with the facet table, from the page numbers of the
	 * query's results (one more search, on chunks already loaded), about a fifth of Pagefind's filter
	 * index; with Pagefind's filter index when the table cannot be had or is of another build.
	 */
	private async countsFor(pagefind: Pagefind, state: SearchState, query: string | null): Promise<Counts> {
		const table = await this.loadTable();
		if (table) {
			const pages = query ? pagesOf((await pagefind.search(query))?.results ?? [], table.table) : null;
			if (pages !== undefined) return facetCounts(table.values, table.table.pages, pages, state.filters);
		}
		await this.loadFilters(pagefind);
		if (!query && !hasFilters(state)) return pagefind.filters();
		// Searched now that the filter index is loaded: Pagefind counts only the facets whose files it has.
		const main = await pagefind.search(query, { filters: pagefindFilters(state) });
		const counts: Counts = { ...main?.filters };
		await Promise.all(
			FACETS.filter((f) => state.filters[f]?.length).map(async (facet) => {
				const without = await pagefind.search(query, { filters: pagefindFilters(state, facet) });
				counts[facet] = without?.filters[facet] ?? {};
			}),
		);
		return counts;
	}

	/** Fills in the facet counts of the search shown, once the filters are opened. */
	private async refreshCounts() {
		const pagefind = this.pagefind;
		if (!pagefind || this.dataset['counts'] !== undefined) return;
		const generation = this.generation;
		const state = this.read();
		const counts = await this.countsFor(pagefind, state, state.q ? foldD(state.q) : null);
		if (generation !== this.generation) return;
		this.renderCounts(state, counts);
	}

	private render(state: SearchState, counts: Counts | undefined, total: number) {
		delete this.dataset['done'];
		const list = this.el('[data-results]');
		list.replaceChildren();
		this.thumbnails?.disconnect();
		this.shownCount = 0;
		const searched = Boolean(state.q) || hasFilters(state);
		const status = this.el('[data-status]');
		const form = this.plural.select(total) === 'one' ? 'One' : 'Other';
		if (!searched) status.textContent = this.strings.prompt;
		else if (total === 0) status.textContent = state.q ? fill(this.strings.none, { query: state.q }) : this.strings.noneFiltered;
		else
			status.textContent = fill(state.q ? this.strings[`found${form}`] : this.strings[`filtered${form}`], { count: total, query: state.q });
		const empty = this.el('[data-empty]');
		empty.hidden = !searched || total > 0;
		this.el('[data-empty-text]').textContent = status.textContent;
		// The no-match box says it on screen; the status line still tells screen readers.
		status.classList.toggle('visually-hidden', !empty.hidden);
		this.el('[data-sort-control]').hidden = total < 2;
		// With nothing found, the filters only help if some are chosen (to take them off).
		this.el('[data-filters]').hidden = searched && total === 0 && !hasFilters(state);
		if (counts) this.renderCounts(state, counts);
		void this.showMore(false).then((shown) => {
			// Says which search the page shows, once its results are in (tests and tools wait for it).
			if (shown) this.dataset['done'] = searchStateQuery(state) || '?';
		});
	}

	/** Shows each facet value's count, hiding values no result has (unless chosen) and empty facets. */
	private renderCounts(state: SearchState, counts: Counts) {
		for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('[data-facet]')) {
			const facet = fieldset.dataset['facet'] as Facet;
			let visible = 0;
			for (const item of fieldset.querySelectorAll<HTMLElement>('[data-option]')) {
				const box = item.querySelector('input');
				const n = box ? (counts[facet]?.[box.value] ?? 0) : 0;
				const chosen = Boolean(box && state.filters[facet]?.includes(box.value));
				item.hidden = n === 0 && !chosen;
				const count = item.querySelector('[data-count]');
				if (count) count.textContent = `(${n})`;
				if (!item.hidden) visible++;
			}
			fieldset.hidden = visible === 0;
		}
		// Says which search the counts belong to (tests and tools wait for it).
		this.dataset['counts'] = searchStateQuery(state) || '?';
	}

	/** Adds the next page of results; `focus` moves focus to the first added one (after "show more"). */
	private async showMore(focus: boolean): Promise<boolean> {
		const generation = this.generation;
		const from = this.shownCount;
		const batch = this.results.slice(from, from + PAGE_SIZE);
		const list = this.el('[data-results]');
		const data = await Promise.all(batch.map((r) => r.data()));
		if (generation !== this.generation) return false;
		const template = this.el<HTMLTemplateElement>('[data-result-template]');
		const items = data.map((d) => this.card(template, d.url, d.meta));
		list.append(...items);
		for (const img of list.querySelectorAll<HTMLImageElement>('img[data-src]:not([src])')) this.thumbnails?.observe(img);
		this.shownCount = from + items.length;
		list.removeAttribute('aria-busy');
		const more = this.results.length > this.shownCount;
		this.el('[data-more]').hidden = !more;
		const shown = this.el('[data-shown]');
		shown.hidden = !more;
		shown.textContent = fill(this.strings.shown, { shown: this.shownCount, count: this.results.length });
		if (focus) items[0]?.querySelector<HTMLElement>('[data-link]')?.focus();
		return true;
	}

	/** One result: picture, exact name, stars drawn and in words, district, summary. */
	private card(template: HTMLTemplateElement, url: string, meta: Record<string, string | undefined>): HTMLElement {
		const item = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
		const set = (selector: string, text: string) => {
			const node = item.querySelector(selector);
			if (node) node.textContent = text;
		};
		// The result's URL carries its picture's address after a `#` (records.ts, recordUrl).
		const { path, image } = splitRecordUrl(url);
		const link = item.querySelector<HTMLAnchorElement>('[data-link]');
		if (link) {
			link.href = path;
			link.textContent = meta['title'] ?? path;
			if (meta['lang']) link.lang = meta['lang'];
		}
		if (image) {
			const img = document.createElement('img');
			// The address waits for the picture to come near the screen (`thumbnails`), where the browser can tell.
			if (this.thumbnails) img.dataset['src'] = image;
			else img.src = image;
			img.alt = '';
			img.width = 96;
			img.height = 72;
			img.decoding = 'async';
			item.querySelector('[data-thumb]')?.append(img);
		}
		const stars = Math.max(0, Math.min(5, Number(meta['stars']) || 0));
		set('[data-stars-on]', '★'.repeat(stars));
		set('[data-stars-off]', '★'.repeat(5 - stars));
		set('[data-stars-words]', fill(this.strings.stars, { count: stars }));
		set('[data-place]', meta['district'] ?? '');
		set('[data-summary]', meta['summary'] ?? '');
		if (meta['lang']) item.querySelector('[data-summary]')?.setAttribute('lang', meta['lang']);
		return item;
	}

	/** Keeps the query and facets when switching language: facet values are ids, the same in both. */
	private carryToOtherLanguage() {
		const link = document.querySelector<HTMLAnchorElement>('[data-language-switch]');
		if (link) link.search = location.search;
	}
}

customElements.define('ocop-search', OcopSearch);
