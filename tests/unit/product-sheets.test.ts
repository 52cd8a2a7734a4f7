import { describe, expect, it } from 'vitest';
import { buildCatalogue, type CatalogueInput } from '../../src/lib/catalogue.ts';
import { compareCodes, SHEETS_PER_PAGE, sheetPages } from '../../src/lib/buyers/product-sheets.ts';
import { productSheetPath, productSheetsPath } from '../../src/lib/routes.ts';
import { facts } from '../helpers/catalogue-input.ts';

/** A district of `n` products, codes d1-1 … d1-n written in reverse order, the one numbered `revoked` revoked. */
function district(n: number, revoked?: number): CatalogueInput<string> {
	const numbers = Array.from({ length: n }, (_, i) => n - i);
	return {
		provinces: [{ id: 'pv', data: { id: 'pv', name: { vi: 'Tỉnh', en: 'Province' }, kind: 'province' } }],
		districts: [{ id: 'd1', data: { name: { vi: 'Huyện 1', en: 'District 1' }, province: 'pv' } }],
		producers: [
			{ id: 'p1', data: { name: { vi: 'Chủ thể' }, kind: 'household', district: 'd1', commune: 'C', contact: {}, sample: true } },
		],
		centres: [],
		salesPoints: [],
		products: numbers.map((i) => ({
			id: `p${i}`,
			data: facts({
				code: `d1-${i}`,
				// More stars for later codes: the district's page order is not the sheets' order.
				stars: i % 3 === 0 ? 5 : 3,
				...(i === revoked
					? {
							certificate: {
								number: '1',
								date: '2024-01-01',
								issuer: { vi: 'a', en: 'a' },
								revoked: { date: '2025-01-01', reason: { vi: 'r', en: 'r' } },
							},
						}
					: {}),
			}),
		})),
		stories: numbers.map((i) => ({ id: `p${i}/vi`, data: { name: `Sản phẩm ${i}`, summary: 'Tóm tắt' } })),
	};
}

describe('the pages of a district’s product sheets', () => {
	it('order product codes as people count them, by prefix and then number', () => {
		expect(['hn-10', 'hn-9', 'dn-2', 'hn-013'].sort(compareCodes)).toEqual(['dn-2', 'hn-9', 'hn-10', 'hn-013']);
	});

	it('hold ten sheets each, by code, the last page what is left', () => {
		const products = Array.from({ length: 23 }, (_, i) => ({ facts: { code: `d1-${23 - i}` } }));
		const pages = sheetPages(products);
		expect(SHEETS_PER_PAGE).toBe(10);
		expect(pages.map((p) => p.length)).toEqual([10, 10, 3]);
		expect(pages[0]?.[0]?.facts.code).toBe('d1-1');
		expect(pages[2]?.map((p) => p.facts.code)).toEqual(['d1-21', 'd1-22', 'd1-23']);
		expect(sheetPages([])).toEqual([]);
	});

	it('give each product of the catalogue the page its sheet is on, and none to a revoked product', () => {
		const c = buildCatalogue(district(23, 4), '2026-11-22');
		const page = (code: string) => c.productsByCode.get(code)?.sheetPage;
		expect(page('d1-1')).toBe(1);
		expect(page('d1-4')).toBeUndefined();
		// d1-4 is left out, so d1-11 is the tenth sheet and d1-12 the first of page 2.
		expect(page('d1-11')).toBe(1);
		expect(page('d1-12')).toBe(2);
		expect(page('d1-23')).toBe(3);
	});

	it('do not move a sheet when a product with the next code is added', () => {
		const before = buildCatalogue(district(20), '2026-11-22');
		const after = buildCatalogue(district(21), '2026-11-22');
		for (const p of before.products) expect(after.productsByCode.get(p.facts.code)?.sheetPage, p.facts.code).toBe(p.sheetPage);
		expect(after.productsByCode.get('d1-21')?.sheetPage).toBe(3);
	});

	it('are addressed by district, language and page, and a product’s link names its page and sheet', () => {
		expect(productSheetsPath('hoc-mon', 'vi')).toBe('/in/products/hoc-mon/');
		expect(productSheetsPath('hoc-mon', 'vi', 2)).toBe('/in/products/hoc-mon/2/');
		expect(productSheetsPath('hoc-mon', 'en', 1)).toBe('/in/products/hoc-mon/en/');
		expect(productSheetsPath('hoc-mon', 'en', 3)).toBe('/in/products/hoc-mon/en/3/');
		expect(productSheetPath('hm-12', 'hoc-mon', 'en', 2)).toBe('/in/products/hoc-mon/en/2/#sheet-hm-12');
	});
});
