import { describe, expect, it } from 'vitest';
import { buildCatalogue, type CatalogueInput } from '../../src/lib/catalogue.ts';
import {
	facetOptions,
	foldD,
	hasFilters,
	keepResult,
	pagefindFilters,
	parseSearchState,
	productSearchFields,
	queryWords,
	searchStateQuery,
	wholeWordPages,
	wholeWordsFirst,
} from '../../src/lib/search/search.ts';
import { productSearchRecord, STORY_LEAD_WORDS, storyLead, storyLeadFromHtml } from '../../src/lib/search/records.ts';
import { facts, place } from '../helpers/catalogue-input.ts';

describe('folding đ for search', () => {
	it('turns đ and Đ into d and D and keeps every other mark', () => {
		expect(foldD('Bánh tráng đặc sản Đại Lộc')).toBe('Bánh tráng dặc sản Dại Lộc');
		expect(foldD('ĐẮK LẮK')).toBe('DẮK LẮK');
	});

	it('leaves text without đ exactly as it was', () => {
		expect(foldD('Cà phê Hóc Môn')).toBe('Cà phê Hóc Môn');
		expect(foldD('dac san')).toBe('dac san');
	});

	it('folds the look-alike ð and Ð that old Vietnamese encodings produce', () => {
		expect(foldD('Ðà Nẵng, ðặc sản')).toBe('Dà Nẵng, dặc sản');
	});

	it('composes letters typed as a base letter and combining marks, as some keyboards do', () => {
		const decomposed = 'đặc sản'.normalize('NFD');
		expect(decomposed).not.toBe('đặc sản');
		expect(foldD(decomposed)).toBe('dặc sản');
	});
});

describe('the search page URL', () => {
	it('reads the query, repeated facets and the order', () => {
		expect(parseSearchState('?q=+ca+phe+&district=hoc-mon&district=lac-duong&stars=5&sort=stars')).toEqual({
			q: 'ca phe',
			filters: { district: ['hoc-mon', 'lac-duong'], stars: ['5'] },
			sort: 'stars',
		});
	});

	it('ignores unknown parameters, empty values, repeated values and unknown orders', () => {
		expect(parseSearchState('?utm_source=x&district=&group=1&group=1&sort=price')).toEqual({ q: '', filters: { group: ['1'] } });
		// Links shared before the name order and the place facets were dropped still open a search.
		expect(parseSearchState('?q=mat+ong&salesPoint=cao-phong&sort=name')).toEqual({ q: 'mat ong', filters: {} });
	});

	it('writes a state back as the same query string, facets in a fixed order', () => {
		const query = searchStateQuery({ q: 'đặc sản', filters: { stars: ['5'], province: ['da-nang'] }, sort: 'stars' });
		expect(query).toBe('?q=%C4%91%E1%BA%B7c+s%E1%BA%A3n&province=da-nang&stars=5&sort=stars');
		expect(searchStateQuery(parseSearchState(query))).toBe(query);
	});

	it('an empty search has an empty query string', () => {
		expect(searchStateQuery({ q: ' ', filters: { district: [] } })).toBe('');
		expect(hasFilters({ q: 'x', filters: { district: [] } })).toBe(false);
	});
});

describe('facets in Pagefind', () => {
	const state = { q: '', filters: { district: ['hoc-mon', 'lac-duong'], stars: ['5'] } };

	it('values of one facet are alternatives and facets combine', () => {
		expect(pagefindFilters(state)).toEqual({ district: { any: ['hoc-mon', 'lac-duong'] }, stars: { any: ['5'] } });
	});

	it('a facet can be left out, to count what its other values would give', () => {
		expect(pagefindFilters(state, 'district')).toEqual({ stars: { any: ['5'] } });
	});

	it('a result that matched only the zero-weighted display fields is dropped when there is a query', () => {
		expect(keepResult({ score: 0 }, true)).toBe(false);
		expect(keepResult({ score: 2.5 }, true)).toBe(true);
		expect(keepResult({ score: -3 }, false)).toBe(true);
	});
});

describe('whole words first', () => {
	const results = ['bat-trang-1', 'bat-trang-2', 'tra-1', 'banh-trang', 'tra-2'].map((id) => ({ id }));

	it('puts the pages that hold more of the query’s words whole first, keeping Pagefind’s order among equals', () => {
		const ids = (list: { id: string }[]) => list.map((r) => r.id);
		expect(ids(wholeWordsFirst(results, [new Set(['tra-2', 'tra-1'])]))).toEqual([
			'tra-1',
			'tra-2',
			'bat-trang-1',
			'bat-trang-2',
			'banh-trang',
		]);
		expect(ids(wholeWordsFirst(results, [new Set(['tra-1', 'tra-2']), new Set(['tra-2'])]))).toEqual([
			'tra-2',
			'tra-1',
			'bat-trang-1',
			'bat-trang-2',
			'banh-trang',
		]);
	});

	it('changes nothing when no page holds a word whole, or there are no words', () => {
		expect(wholeWordsFirst(results, [new Set()])).toEqual(results);
		expect(wholeWordsFirst(results, [])).toEqual(results);
	});

	it('asks Pagefind for each word whole (in quotes), đ folded, and not for a query already in quotes', async () => {
		const asked: string[] = [];
		const search = async (q: string) => (asked.push(q), { results: [{ id: q }] });
		expect(await wholeWordPages(search, 'Đặc  sản ?')).toEqual([new Set(['"Dặc"']), new Set(['"sản"'])]);
		expect(asked).toEqual(['"Dặc"', '"sản"']);
		expect(await wholeWordPages(search, '"dac san"')).toEqual([]);
		expect(queryWords(' ca  phe - ')).toEqual(['ca', 'phe']);
	});
});

const input: CatalogueInput<string> = {
	provinces: [
		{ id: 'da-nang', data: { id: 'da-nang', name: { vi: 'Đà Nẵng', en: 'Da Nang' }, kind: 'city' } },
		{ id: 'ha-noi', data: { id: 'ha-noi', name: { vi: 'Hà Nội', en: 'Hanoi' }, kind: 'city' } },
	],
	districts: [
		{ id: 'd1', data: { name: { vi: 'Huyện Đại Lộc', en: 'Dai Loc District' }, province: 'da-nang' } },
		{ id: 'd2', data: { name: { vi: 'Huyện Ba Vì', en: 'Ba Vi District' }, province: 'ha-noi' } },
	],
	producers: [
		{ id: 'p1', data: { name: { vi: 'Cơ sở Đại Hiệp' }, kind: 'household', district: 'd1', commune: 'C', contact: {}, sample: true } },
	],
	centres: [{ id: 'c1', data: place('d1', 'Trung tâm OCOP Đại Lộc') }],
	salesPoints: [
		{ id: 's1', data: place('d1', 'Điểm bán Đại Lộc') },
		{ id: 's2', data: place('d1', 'Cửa hàng Ái Nghĩa') },
	],
	products: [
		{ id: 'banh-trang', data: facts({ stars: 4, salesPoints: ['s1', 's2'], centres: ['c1'] }) },
		{ id: 'mien', data: facts({ code: 'x-2', stars: 3, district: 'd2' }) },
	],
	stories: [
		{ id: 'banh-trang/vi', data: { name: 'Bánh tráng đặc sản', summary: 'Đặc sản Đại Lộc.' } },
		{ id: 'mien/vi', data: { name: 'Miến', summary: 'Miến Ba Vì.' } },
	],
};
const c = buildCatalogue(input, '2026-11-22');
const product = c.products[0]!;

describe('what a product’s search record holds besides its text', () => {
	it('every facet, and not the centres and sales points (thousands of them at national scale, each with its own page)', () => {
		expect(productSearchFields(product, 'vi').filters).toEqual({
			province: ['da-nang'],
			district: ['d1'],
			group: ['1'],
			stars: ['4'],
			kind: ['household'],
		});
	});

	it('the exact name and summary for the result card', () => {
		const fields = productSearchFields(product, 'vi');
		expect(fields.meta).toEqual({
			title: 'Bánh tráng đặc sản',
			summary: 'Đặc sản Đại Lộc.',
			stars: '4',
			district: 'Huyện Đại Lộc, Đà Nẵng',
		});
	});

	it('on the English page of a product with no English story, says its text is Vietnamese', () => {
		const fields = productSearchFields(product, 'en');
		expect(fields.meta).toMatchObject({ title: 'Bánh tráng đặc sản', district: 'Dai Loc District, Da Nang', lang: 'vi' });
	});
});

describe('the opening of a story that is indexed', () => {
	it('is the first paragraph as plain text, without Markdown marks, links or inline HTML', () => {
		const body = '\n**Bánh tráng** làm ở [Đại Hiệp](https://example.org), <b>phơi</b> _nắng_.\n\nĐoạn sau không được lập chỉ mục.\n';
		expect(storyLead(body)).toBe('Bánh tráng làm ở Đại Hiệp, phơi nắng.');
	});

	it('skips headings, MDX import lines and empty paragraphs', () => {
		expect(storyLead("## Nguồn gốc\n\nimport X from './x.astro';\n\nCâu đầu tiên.\n\nCâu thứ hai.")).toBe('Câu đầu tiên.');
	});

	it('is cut to a number of words, so that a long first paragraph does not index the whole story', () => {
		const long = Array.from({ length: STORY_LEAD_WORDS + 40 }, (_, i) => `từ${i}`).join(' ');
		const lead = storyLead(long);
		expect(lead.split(' ')).toHaveLength(STORY_LEAD_WORDS);
		expect(lead.startsWith('từ0 từ1 ')).toBe(true);
	});

	it('is empty for a story with no paragraph', () => {
		expect(storyLead('- một\n- hai')).toBe('');
		expect(storyLeadFromHtml('<ul><li>một</li></ul>')).toBe('');
	});

	it('is the same from the story as the build keeps it, rendered to HTML, entities and marks included', () => {
		const html =
			'<h2>Nguồn gốc</h2>\n<p><strong>Bánh tráng</strong> làm ở <a href="https://example.org">Đại Hiệp</a> &amp; phơi <em>nắng</em>.</p>\n<p>Đoạn sau.</p>';
		expect(storyLeadFromHtml(html)).toBe('Bánh tráng làm ở Đại Hiệp & phơi nắng.');
		const long = `<p>${Array.from({ length: STORY_LEAD_WORDS + 5 }, (_, i) => `từ${i}`).join(' ')}</p>`;
		expect(storyLeadFromHtml(long).split(' ')).toHaveLength(STORY_LEAD_WORDS);
	});

	it('from HTML is the first top-level paragraph with text, even when a quote, a list or an empty paragraph comes first', () => {
		expect(storyLeadFromHtml('<blockquote><p>Lời kể.</p></blockquote>\n<p>Đoạn đầu.</p>')).toBe('Đoạn đầu.');
		expect(storyLeadFromHtml('<ul><li><p>Mục.</p></li></ul><p>Đoạn đầu.</p>')).toBe('Đoạn đầu.');
		expect(storyLeadFromHtml('<p> </p><p>Đoạn thật.</p>')).toBe('Đoạn thật.');
	});
});

describe('the search record of a product page', () => {
	const extras = {
		group: 'Thực phẩm',
		lead: storyLead('Bánh tráng phơi sương ở Đại Hiệp.\n\nCách bảo quản: để nơi khô ráo.'),
		image: '/_astro/cover.webp',
	};

	it('indexes the name, summary, group, producer, place and the story’s first paragraph, with đ folded', () => {
		const record = productSearchRecord(product, 'vi', extras);
		expect(record.content.split('\n')).toEqual([
			'Bánh tráng dặc sản',
			'Dặc sản Dại Lộc.',
			'Thực phẩm',
			'Cơ sở Dại Hiệp',
			'C, Huyện Dại Lộc, Dà Nẵng',
			'Bánh tráng phơi sương ở Dại Hiệp.',
		]);
		expect(record.content).not.toContain('bảo quản');
	});

	it('is at the page’s address inside the site, in the index of its language, with its picture’s address after a # (not a meta field, which Pagefind would index)', () => {
		expect(productSearchRecord(product, 'vi', extras)).toMatchObject({ url: '/san-pham/banh-trang/#/_astro/cover.webp', language: 'vi' });
		expect(productSearchRecord(product, 'en', extras)).toMatchObject({
			url: '/en/products/banh-trang/#/_astro/cover.webp',
			language: 'en',
		});
		const { image: _, ...noPicture } = extras;
		expect(productSearchRecord(product, 'vi', noPicture).url).toBe('/san-pham/banh-trang/');
	});

	it('keeps the result card’s fields exact, and gives the ranked fields folded', () => {
		expect(productSearchRecord(product, 'vi', extras).meta).toEqual({
			heading: 'Bánh tráng dặc sản',
			producer: 'Cơ sở Dại Hiệp',
			place: 'C, Huyện Dại Lộc, Dà Nẵng',
			title: 'Bánh tráng đặc sản',
			summary: 'Đặc sản Đại Lộc.',
			stars: '4',
			district: 'Huyện Đại Lộc, Đà Nẵng',
			// The name's and group's syllables joined, for people who type them run together.
			aka: 'banhtrang banhtrangdac trangdac trangdacsan dacsan thucpham',
		});
	});

	it('gives a product the synonyms of the words its name or group holds', () => {
		const synonyms = [
			{ words: 'đặc sản', also: ['specialty'] },
			{ words: 'cà phê', also: ['coffee'] },
		];
		expect(productSearchRecord(product, 'vi', { ...extras, synonyms }).meta['aka']?.split(' ')).toContain('specialty');
		expect(productSearchRecord(product, 'vi', { ...extras, synonyms }).meta['aka']).not.toContain('coffee');
	});

	it('on the English page of a product with no English story, indexes its Vietnamese name with English places, and not its Vietnamese summary or story', () => {
		const record = productSearchRecord(product, 'en', { ...extras, group: 'Food', lead: '' });
		expect(record.content.split('\n')).toEqual(['Bánh tráng dặc sản', 'Food', 'Cơ sở Dại Hiệp', 'C, Dai Loc District, Da Nang']);
		expect(record.meta).toMatchObject({ title: 'Bánh tráng đặc sản', summary: 'Đặc sản Đại Lộc.', lang: 'vi' });
	});

	it('has every facet, and no sort key (every sort key is a list of all pages loaded before the first query)', () => {
		const record = productSearchRecord(product, 'vi', extras);
		expect(record.filters).toEqual(productSearchFields(product, 'vi').filters);
		expect(record).not.toHaveProperty('sort');
	});
});

describe('the filter form', () => {
	const labels = {
		group: (n: number) => `Nhóm ${n}`,
		stars: (n: number) => `${n} sao`,
		kind: (k: string) => `loại ${k}`,
		certification: (s: string) => s,
		exports: 'xuất khẩu',
	};

	it('offers only values some product has, named in the page language and in alphabetical order', () => {
		const options = facetOptions(c, 'vi', labels);
		expect(options.province).toEqual([
			{ value: 'da-nang', label: 'Đà Nẵng' },
			{ value: 'ha-noi', label: 'Hà Nội' },
		]);
		expect(options.district.map((o) => o.label)).toEqual(['Huyện Ba Vì', 'Huyện Đại Lộc']);
		expect(options.stars).toEqual([
			{ value: '4', label: '4 sao' },
			{ value: '3', label: '3 sao' },
		]);
		expect(facetOptions(c, 'en', labels).province.map((o) => o.label)).toEqual(['Da Nang', 'Hanoi']);
	});

	it('offers no centre or sales point facet, so the page holds nothing per place', () => {
		expect(Object.keys(facetOptions(c, 'vi', labels)).sort()).toEqual([
			'certification',
			'district',
			'exports',
			'group',
			'kind',
			'province',
			'stars',
		]);
	});
});
