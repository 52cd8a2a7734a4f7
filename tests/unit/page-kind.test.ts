import { describe, expect, it } from 'vitest';
import { allowsJavaScript } from '../../scripts/gates/budgets.ts';
import { pageKind } from '../../scripts/gates/dist.ts';

describe('the kind of a built page', () => {
	it('comes from the route table, in both languages, a list and a single thing apart', () => {
		expect(pageKind('/')).toBe('home');
		expect(pageKind('/en/')).toBe('home');
		expect(pageKind('/san-pham/')).toBe('product list');
		expect(pageKind('/san-pham/2/')).toBe('product list');
		expect(pageKind('/en/products/non-la-phuong-trung/')).toBe('product');
		expect(pageKind('/hang-sao/5/')).toBe('stars');
		expect(pageKind('/en/stars/4/2/')).toBe('stars');
		expect(pageKind('/en/ocop-centres/lac-duong/')).toBe('centre');
		expect(pageKind('/tim-kiem/')).toBe('search');
		expect(pageKind('/bien-tap/')).toBe('editors’ area');
		expect(pageKind('/en/editors/certificates/')).toBe('editors’ certificate report');
		expect(pageKind('/bien-tap/huong-dan/')).toBe('editor guide');
	});

	it('knows the pages outside the route table: error pages, permalinks, label sheets and product sheets', () => {
		expect(pageKind('/404.html')).toBe('404');
		expect(pageKind('/en/404.html')).toBe('404');
		expect(pageKind('/p/hn-001/')).toBe('permalink');
		expect(pageKind('/in/centres/lac-duong/')).toBe('label sheet');
		expect(pageKind('/in/sales-points/cho-da-lat/')).toBe('label sheet');
		expect(pageKind('/in/districts/gia-lam/')).toBe('label sheet');
		expect(pageKind('/in/districts/gia-lam/2/')).toBe('label sheet');
		expect(pageKind('/in/products/gia-lam/')).toBe('product sheet');
		expect(pageKind('/in/products/gia-lam/en/')).toBe('product sheet');
		expect(pageKind('/in/khac/')).toBe('print sheet');
		expect(pageKind('/khong-co/')).toBe('other');
	});

	it('lets only search and permalink pages run JavaScript', () => {
		expect(['/tim-kiem/', '/en/search/', '/p/hn-001/'].filter(allowsJavaScript)).toHaveLength(3);
		expect(['/', '/san-pham/x/', '/in/x/', '/en/print/x/', '/404.html'].filter(allowsJavaScript)).toEqual([]);
	});
});
