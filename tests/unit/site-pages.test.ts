import { describe, expect, it } from 'vitest';
import { buildCatalogue, producerHasPage, producerRoute, type CatalogueInput } from '../../src/lib/catalogue.ts';
import { PAGE_SIZE } from '../../src/lib/paginate.ts';
import { REPORT_PAGE_SIZE } from '../../src/lib/editors/reports.ts';
import { routeFromPath, routePath } from '../../src/lib/routes.ts';
import { PLACES_PAGE_SIZE, PRODUCERS_PAGE_SIZE, sitePages } from '../../src/lib/site-pages.ts';
import { facts, place } from '../helpers/catalogue-input.ts';

/** A catalogue with one district, producer, centre and sales point holding `count` products, and a quiet second district. */
function catalogueOf(count: number) {
	const slugs = Array.from({ length: count }, (_, i) => `san-pham-${String(i).padStart(3, '0')}`);
	const input: CatalogueInput<string> = {
		provinces: [{ id: 'pv', data: { id: 'pv', name: { vi: 'Tỉnh', en: 'Province' }, kind: 'province' } }],
		districts: [
			{ id: 'd1', data: { name: { vi: 'Huyện 1', en: 'District 1' }, province: 'pv' } },
			{ id: 'd2', data: { name: { vi: 'Huyện 2', en: 'District 2' }, province: 'pv' } },
		],
		producers: [
			{ id: 'p1', data: { name: { vi: 'Chủ thể' }, kind: 'household', district: 'd1', commune: 'C', contact: {}, sample: true } },
		],
		centres: [{ id: 'c1', data: place('d1') }],
		salesPoints: [{ id: 's1', data: place('d1') }],
		products: slugs.map((slug, i) => ({ id: slug, data: facts({ code: `x-${i}`, centres: ['c1'], salesPoints: ['s1'] }) })),
		stories: slugs.map((slug) => ({ id: `${slug}/vi`, data: { name: slug, summary: 'Tóm tắt' } })),
	};
	return buildCatalogue(input, '2026-11-22');
}

describe('the page table', () => {
	const count = PAGE_SIZE * 2 + 5;
	const pages = sitePages(catalogueOf(count));
	const of = (key: string, id: string) => pages.filter((p) => p.route.key === key && p.route.id === id);

	it('splits the products of a district, a producer, a centre and a sales point into pages like the other lists', () => {
		for (const [key, id] of [
			['districts', 'd1'],
			['producers', 'p1'],
			['centres', 'c1'],
			['salesPoints', 's1'],
		] as const) {
			const rows = of(key, id);
			expect(rows.map((r) => r.route.page)).toEqual([undefined, 2, 3]);
			const lists = rows.map((r) => ('list' in r.data ? r.data.list : undefined));
			expect(lists.map((l) => l?.items.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 5]);
			expect(lists.every((l) => l?.total === count && l.pages === 3)).toBe(true);
			expect(new Set(lists.flatMap((l) => l?.items.map((p) => ('slug' in p ? p.slug : p.id)) ?? [])).size).toBe(count);
		}
	});

	it('gives a district without products one page that says so', () => {
		const rows = of('districts', 'd2');
		expect(rows).toHaveLength(1);
		expect(rows[0]?.data).toMatchObject({ kind: 'district', list: { items: [], total: 0, page: 1, pages: 1 } });
	});

	it('has a path for every row that reads back as the same row, in both languages', () => {
		for (const locale of ['vi', 'en'] as const) {
			const paths = pages.map((p) => routePath(locale, p.route));
			expect(new Set(paths).size).toBe(paths.length);
			for (const p of pages) expect(routeFromPath(routePath(locale, p.route))).toEqual({ locale, route: p.route });
		}
	});
});

describe("the editors' reports in the page table", () => {
	// Every product of catalogueOf expires within 90 days and lacks English: each report lists all of them.
	const count = REPORT_PAGE_SIZE + 10;
	const pages = sitePages(catalogueOf(count));
	const report = (key: string) => pages.filter((p) => p.route.key === key);
	const rows = (p: (typeof pages)[number]) => ('part' in p.data ? p.data.part.groups.flatMap((g) => g.rows) : []);

	it('splits each report into pages of at most REPORT_PAGE_SIZE rows, every row on exactly one page', () => {
		// Translations: one district of `count` products; certificates: the same rows by district, then by centre;
		// stock: the centre's products, then the sales point's.
		for (const [key, total] of [
			['editorsTranslations', count],
			['editorsCertificates', 2 * count],
			['editorsStock', 2 * count],
		] as const) {
			const list = report(key);
			expect(list.map((p) => p.route.page)).toEqual([
				undefined,
				...Array.from({ length: Math.ceil(total / REPORT_PAGE_SIZE) - 1 }, (_, i) => i + 2),
			]);
			expect(list.every((p) => rows(p).length <= REPORT_PAGE_SIZE)).toBe(true);
			expect(list.flatMap(rows)).toHaveLength(total);
		}
		const slugs = report('editorsTranslations')
			.flatMap(rows)
			.map((r) => r.slug);
		expect(new Set(slugs).size).toBe(count);
	});

	it('marks a group cut by a page as continued on the next page', () => {
		const [first, second] = report('editorsTranslations').map((p) => (p.data.kind === 'translationReport' ? p.data.part.groups : []));
		expect(first?.map((g) => [g.group.district.id, g.rows.length, g.continued])).toEqual([['d1', REPORT_PAGE_SIZE, false]]);
		expect(second?.map((g) => [g.group.district.id, g.rows.length, g.continued])).toEqual([['d1', 10, true]]);
	});

	it('has a path for every report page that reads back as the same page, in both languages', () => {
		for (const locale of ['vi', 'en'] as const) {
			for (const p of pages.filter((p) => p.route.key.startsWith('editors'))) {
				expect(routeFromPath(routePath(locale, p.route))).toEqual({ locale, route: p.route });
			}
		}
		expect(routePath('vi', { key: 'editorsCertificates', page: 2 })).toBe('/bien-tap/chung-nhan/2/');
		expect(routePath('en', { key: 'editorsStock', page: 3 })).toBe('/en/editors/stock/3/');
	});
});

describe('the lists of places and producers, by province', () => {
	/** `n` sales points and producers in province pv (districts d2 then d1, names falling), one centre in pw. */
	function spread(n: number, over: { salesPointId?: string } = {}) {
		const ids = Array.from({ length: n }, (_, i) => String(n - i).padStart(3, '0'));
		const input: CatalogueInput<string> = {
			provinces: [
				{ id: 'pv', data: { id: 'pv', name: { vi: 'Tỉnh', en: 'Province' }, kind: 'province' } },
				{ id: 'pw', data: { id: 'pw', name: { vi: 'Thành phố', en: 'City' }, kind: 'city' } },
			],
			districts: [
				{ id: 'd1', data: { name: { vi: 'Huyện B', en: 'District B' }, province: 'pv' } },
				{ id: 'd2', data: { name: { vi: 'Huyện A', en: 'District A' }, province: 'pv' } },
				{ id: 'd3', data: { name: { vi: 'Quận C', en: 'District C' }, province: 'pw' } },
			],
			producers: ids.map((id, i) => ({
				id: `p${id}`,
				data: { name: { vi: `Chủ thể ${id}` }, kind: 'household', district: i % 2 ? 'd1' : 'd2', commune: 'C', contact: {}, sample: true },
			})),
			centres: [{ id: 'c1', data: place('d3') }],
			salesPoints: ids.map((id, i) => ({
				id: i === 0 && over.salesPointId ? over.salesPointId : `s${id}`,
				data: place(i % 2 ? 'd1' : 'd2', `Điểm ${id}`),
			})),
			products: [{ id: 'san-pham-a', data: facts({ producer: `p${ids[0]}` }) }],
			stories: [{ id: 'san-pham-a/vi', data: { name: 'A', summary: 'Tóm tắt' } }],
		};
		return sitePages(buildCatalogue(input, '2026-11-22'));
	}

	it('gives each province its own list of sales points, centres and producers, in pages, every item once, by district then name', () => {
		const n = Math.max(PLACES_PAGE_SIZE, PRODUCERS_PAGE_SIZE) + 7;
		const pages = spread(n);
		const rows = (key: string) => pages.filter((p) => p.route.key === key);
		type Listed = { id: string; name: { vi: string }; districtView: { id: string } };
		const items = (key: string): Listed[] =>
			rows(key).flatMap(
				(p) => (p.data.kind === 'placeProvince' || p.data.kind === 'producerProvince' ? p.data.list.items : []) as Listed[],
			);
		const names = (key: string) => items(key).map((i) => i.name.vi);

		expect(rows('salesPointsByProvince').map((p) => [p.route.id, p.route.page])).toEqual(
			Array.from({ length: Math.ceil(n / PLACES_PAGE_SIZE) }, (_, i) => ['pv', i === 0 ? undefined : i + 1]),
		);
		expect(rows('producersByProvince').map((p) => [p.route.id, p.route.page])).toEqual(
			Array.from({ length: Math.ceil(n / PRODUCERS_PAGE_SIZE) }, (_, i) => ['pv', i === 0 ? undefined : i + 1]),
		);
		expect(rows('centresByProvince').map((p) => p.route)).toEqual([{ key: 'centresByProvince', id: 'pw' }]);
		for (const [key, size] of [
			['salesPointsByProvince', PLACES_PAGE_SIZE],
			['producersByProvince', PRODUCERS_PAGE_SIZE],
		] as const) {
			expect(rows(key).every((p) => 'list' in p.data && p.data.list.items.length <= size && p.data.list.total === n)).toBe(true);
			expect(new Set(items(key).map((i) => i.id)).size).toBe(n);
			// District A (d2) first, then B (d1); names ascending within each.
			const districts = items(key).map((i) => i.districtView.id);
			expect(districts.indexOf('d1')).toBe(districts.lastIndexOf('d2') + 1);
			const half = names(key).slice(0, districts.indexOf('d1'));
			expect(half).toEqual([...half].sort((a, b) => a.localeCompare(b, 'vi')));
		}
		// The lists themselves stay one page each: they show provinces.
		for (const key of ['centres', 'salesPoints', 'producers'])
			expect(pages.filter((p) => p.route.key === key && !p.route.id)).toHaveLength(1);
	});

	it("refuses an item whose id is the province lists' path word, which would make two pages of one path", () => {
		expect(() => spread(3, { salesPointId: 'tinh' })).toThrow(
			'OCOP-E040: "tinh" cannot be the id of an item of /diem-ban/ (reservedIds): rename its file',
		);
	});
});

describe('the producers’ pages', () => {
	it('gives a producer of one product no page, links to it go to that product, and the product’s page knows it', () => {
		const input = {
			provinces: [{ id: 'pv', data: { id: 'pv', name: { vi: 'Tỉnh', en: 'Province' }, kind: 'province' as const } }],
			districts: [{ id: 'd1', data: { name: { vi: 'Huyện 1', en: 'District 1' }, province: 'pv' } }],
			producers: ['one', 'two', 'none'].map((id) => ({
				id,
				data: { name: { vi: id }, kind: 'household' as const, district: 'd1', commune: 'C', contact: {}, sample: true },
			})),
			centres: [],
			salesPoints: [],
			products: [
				{ id: 'a', data: facts({ code: 'x-1', producer: 'one' }) },
				{ id: 'b', data: facts({ code: 'x-2', producer: 'two' }) },
				{ id: 'c', data: facts({ code: 'x-3', producer: 'two' }) },
			],
			stories: ['a', 'b', 'c'].map((slug) => ({ id: `${slug}/vi`, data: { name: slug, summary: 'Tóm tắt' } })),
		};
		const c = buildCatalogue(input as unknown as CatalogueInput<string>, '2026-11-22');
		const pages = sitePages(c);
		expect(pages.filter((p) => p.route.key === 'producers' && p.route.id).map((p) => p.route.id)).toEqual(['two', 'none']);
		expect(producerHasPage(c, 'one')).toBe(false);
		expect(producerRoute(c, 'one')).toEqual({ key: 'products', id: 'a' });
		expect(producerRoute(c, 'two')).toEqual({ key: 'producers', id: 'two' });
		const productPage = (slug: string) => pages.find((p) => p.route.key === 'products' && p.route.id === slug)?.data;
		expect(productPage('a')).toMatchObject({ kind: 'product', producerPage: false });
		expect(productPage('b')).toMatchObject({ kind: 'product', producerPage: true });
	});
});
