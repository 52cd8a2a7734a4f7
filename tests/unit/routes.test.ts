import { describe, expect, it } from 'vitest';
import {
	alternates,
	isLanguageNeutral,
	isUnlisted,
	labelSheetPath,
	permalinkPath,
	productLabelPath,
	routeFromPath,
	routePath,
	SEGMENTS,
	type RouteKey,
} from '../../src/lib/routes.ts';

describe('URLs in both languages', () => {
	it('Vietnamese pages live at the root with Vietnamese path words', () => {
		expect(routePath('vi', { key: 'home' })).toBe('/');
		expect(routePath('vi', { key: 'products' })).toBe('/san-pham/');
		expect(routePath('vi', { key: 'products', id: 'non-la-phuong-trung' })).toBe('/san-pham/non-la-phuong-trung/');
	});

	it('English pages live under /en/ with English path words and the same slug', () => {
		expect(routePath('en', { key: 'home' })).toBe('/en/');
		expect(routePath('en', { key: 'products', id: 'non-la-phuong-trung' })).toBe('/en/products/non-la-phuong-trung/');
		expect(routePath('en', { key: 'centres', id: 'lac-duong' })).toBe('/en/ocop-centres/lac-duong/');
	});

	it('editors’ pages live in an unlisted area with words of several parts, read back to the same page', () => {
		expect(routePath('vi', { key: 'editorsCertificates' })).toBe('/bien-tap/chung-nhan/');
		expect(routePath('en', { key: 'editorsCertificates' })).toBe('/en/editors/certificates/');
		expect(routeFromPath('/bien-tap/')).toEqual({ locale: 'vi', route: { key: 'editors' } });
		expect(routeFromPath('/en/editors/guide/')).toEqual({ locale: 'en', route: { key: 'editorsGuide' } });
		expect(isUnlisted('/bien-tap/hang-ban/')).toBe(true);
		expect(isUnlisted('/en/editors/')).toBe(true);
		expect(isUnlisted('/san-pham/')).toBe(false);
		expect(isUnlisted('/en/products/bien-tap/')).toBe(false);
	});

	it('alternates list both languages and an x-default pointing at Vietnamese, as absolute URLs', () => {
		expect(alternates({ key: 'products', id: 'x' }, 'https://ocop.example.org')).toEqual([
			{ locale: 'vi', hreflang: 'vi', href: 'https://ocop.example.org/san-pham/x/' },
			{ locale: 'en', hreflang: 'en', href: 'https://ocop.example.org/en/products/x/' },
			{ locale: 'x-default', hreflang: 'x-default', href: 'https://ocop.example.org/san-pham/x/' },
		]);
	});

	it('every path built for every kind of page reads back as the same page', () => {
		for (const key of Object.keys(SEGMENTS) as RouteKey[]) {
			for (const locale of ['vi', 'en'] as const) {
				const route = key === 'home' ? { key } : { key, id: 'some-id' };
				expect(routeFromPath(routePath(locale, route))).toEqual({ locale, route });
			}
		}
	});

	it('pages of a list carry their number after the list, and page 1 has none', () => {
		expect(routePath('vi', { key: 'products', page: 1 })).toBe('/san-pham/');
		expect(routePath('vi', { key: 'products', page: 3 })).toBe('/san-pham/3/');
		expect(routePath('en', { key: 'groups', id: '4', page: 2 })).toBe('/en/groups/4/2/');
		expect(routeFromPath('/san-pham/3/')).toEqual({ locale: 'vi', route: { key: 'products', page: 3 } });
		expect(routeFromPath('/en/groups/4/2/')).toEqual({ locale: 'en', route: { key: 'groups', id: '4', page: 2 } });
		expect(routeFromPath('/en/stars/5/')).toEqual({ locale: 'en', route: { key: 'stars', id: '5' } });
	});

	it('every page of every kind of list reads back as the same page, numbered ids included', () => {
		for (const key of Object.keys(SEGMENTS) as RouteKey[]) {
			if (key === 'home') continue;
			for (const locale of ['vi', 'en'] as const) {
				// Product slugs always hold a letter (the content check says so): a number there is a page,
				// as after the editors' reports, which have no ids.
				const numberIsPage = ['products', 'editorsTranslations', 'editorsCertificates', 'editorsStock'].includes(key);
				for (const id of numberIsPage ? ['lac-duong'] : ['lac-duong', '4', '123']) {
					for (const page of [2, 3, 41]) {
						const route = { key, id, page };
						expect(routeFromPath(routePath(locale, route)), routePath(locale, route)).toEqual({ locale, route });
					}
					expect(routeFromPath(routePath(locale, { key, id }))).toEqual({ locale, route: { key, id } });
				}
			}
		}
		expect(routeFromPath('/huyen/x/2/')).toEqual({ locale: 'vi', route: { key: 'districts', id: 'x', page: 2 } });
		expect(routeFromPath('/en/producers/htx-a/3/')).toEqual({ locale: 'en', route: { key: 'producers', id: 'htx-a', page: 3 } });
		expect(routeFromPath('/diem-ban/cao-phong/2/')).toEqual({ locale: 'vi', route: { key: 'salesPoints', id: 'cao-phong', page: 2 } });
	});

	it('a number alone after a list that is not paginated is an id, after the product list a page', () => {
		expect(routeFromPath('/huyen/123/')).toEqual({ locale: 'vi', route: { key: 'districts', id: '123' } });
		expect(routeFromPath('/en/products/12/')).toEqual({ locale: 'en', route: { key: 'products', page: 12 } });
	});

	it('a path with a word where a page number belongs, or too many parts, is not a page', () => {
		expect(routeFromPath('/huyen/x/y/')).toBeUndefined();
		expect(routeFromPath('/huyen/x/2/3/')).toBeUndefined();
	});

	it('paths outside the route table are not mistaken for pages', () => {
		expect(routeFromPath('/p/hcm-001/')).toBeUndefined();
		expect(routeFromPath('/en/nowhere/')).toBeUndefined();
	});

	it('no two kinds of page share a path word in the same language', () => {
		for (const locale of ['vi', 'en'] as const) {
			const words = Object.values(SEGMENTS)
				.map((s) => s[locale])
				.filter(Boolean);
			expect(new Set(words).size).toBe(words.length);
		}
	});

	it('the permalink is short and language-neutral', () => {
		expect(permalinkPath('hcm-001')).toBe('/p/hcm-001/');
	});

	it('permalinks and print sheets are language-neutral, every page of the route table is not', () => {
		for (const path of [
			permalinkPath('hn-001'),
			labelSheetPath({ type: 'centre', id: 'lac-duong' }),
			productLabelPath('hn-001', 'gia-lam', 2),
			labelSheetPath({ type: 'district', id: 'gia-lam' }, 2),
		])
			expect(isLanguageNeutral(path), path).toBe(true);
		for (const path of ['/', '/san-pham/pho/', '/en/products/pho/', '/en/', '/en/p/']) expect(isLanguageNeutral(path), path).toBe(false);
	});
});
