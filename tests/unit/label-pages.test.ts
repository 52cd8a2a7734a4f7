import { describe, expect, it } from 'vitest';
import { buildCatalogue, type CatalogueInput } from '../../src/lib/catalogue.ts';
import { LABELS_PER_PAGE, LABELS_PER_SITE_PAGE, labelSheetPages, sitePageSize } from '../../src/lib/labels.ts';
import { labelSheetPath, productLabelPath } from '../../src/lib/routes.ts';
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
				// More stars for later codes: the district's page order is not the labels' order.
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

describe('the pages of a sheet of QR labels', () => {
	it('hold four whole A4 pages of labels each: 56', () => {
		expect(LABELS_PER_SITE_PAGE).toBe(56);
		expect(LABELS_PER_SITE_PAGE % LABELS_PER_PAGE).toBe(0);
		expect(sitePageSize(undefined)).toBe(56);
		expect(sitePageSize('2')).toBe(2);
		for (const bad of ['', '0', '-1', '1.5', 'ten']) expect(sitePageSize(bad), bad).toBe(56);
	});

	it('order labels by product code, N to a page, the last page what is left', () => {
		const products = Array.from({ length: 100 }, (_, i) => ({ facts: { code: `d1-${100 - i}` } }));
		const pages = labelSheetPages(products);
		expect(pages.map((p) => p.length)).toEqual([56, 44]);
		expect(pages.flat().map((p) => p.facts.code)).toEqual(Array.from({ length: 100 }, (_, i) => `d1-${i + 1}`));
		expect(labelSheetPages(products, 3).map((p) => p.map((x) => x.facts.code))[1]).toEqual(['d1-4', 'd1-5', 'd1-6']);
		expect(labelSheetPages([])).toEqual([]);
	});

	it('give each product of the catalogue the page its label is on, and none to a revoked product', () => {
		const c = buildCatalogue(district(120, 4), '2026-11-22');
		const page = (code: string) => c.productsByCode.get(code)?.labelPage;
		expect(page('d1-1')).toBe(1);
		expect(page('d1-4')).toBeUndefined();
		// d1-4 is left out, so d1-57 is the 56th label and d1-58 the first of page 2.
		expect(page('d1-57')).toBe(1);
		expect(page('d1-58')).toBe(2);
		expect(page('d1-113')).toBe(2);
		expect(page('d1-114')).toBe(3);
		expect(page('d1-120')).toBe(3);
	});

	it('do not move a label when a product with the next code is added', () => {
		const before = buildCatalogue(district(112), '2026-11-22');
		const after = buildCatalogue(district(113), '2026-11-22');
		for (const p of before.products) expect(after.productsByCode.get(p.facts.code)?.labelPage, p.facts.code).toBe(p.labelPage);
		expect(after.productsByCode.get('d1-113')?.labelPage).toBe(3);
	});

	it('are at the sheet’s address, then …/2/ and on, and a product’s label link names its page', () => {
		expect(labelSheetPath({ type: 'district', id: 'gia-lam' }, 1)).toBe('/in/districts/gia-lam/');
		expect(labelSheetPath({ type: 'district', id: 'gia-lam' }, 2)).toBe('/in/districts/gia-lam/2/');
		expect(labelSheetPath({ type: 'centre', id: 'lac-duong' }, 3)).toBe('/in/centres/lac-duong/3/');
		expect(labelSheetPath({ type: 'salesPoint', id: 'tam-ky' }, 2)).toBe('/in/sales-points/tam-ky/2/');
		expect(productLabelPath('hn-001', 'gia-lam', 1)).toBe('/in/districts/gia-lam/#label-hn-001');
		expect(productLabelPath('hn-050', 'gia-lam', 2)).toBe('/in/districts/gia-lam/2/#label-hn-050');
	});
});
