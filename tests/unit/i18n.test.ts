import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import vi from '../../src/i18n/vi.json' with { type: 'json' };
import { formatDate, formatPrice, useTranslations } from '../../src/i18n/index.ts';

describe('UI dictionaries', () => {
	it('every key exists in both Vietnamese and English', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
	});

	it('no string is empty', () => {
		for (const dict of [vi, en]) for (const [key, text] of Object.entries(dict)) expect(text.trim(), key).not.toBe('');
	});

	it('placeholders are the same in both languages', () => {
		const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(vi) as Array<keyof typeof vi>) expect(holes(en[key]), key).toEqual(holes(vi[key]));
	});

	it('a translator fills in placeholders', () => {
		expect(useTranslations('en')('products.count', { count: 3 })).toBe('3 products');
		expect(useTranslations('vi')('products.count', { count: 3 })).toBe('3 sản phẩm');
	});

	it('a count of one takes the singular form where the language has one', () => {
		expect(useTranslations('en')('products.count', { count: 1 })).toBe('1 product');
		expect(useTranslations('en')('products.count', { count: 0 })).toBe('0 products');
		expect(useTranslations('vi')('products.count', { count: 1 })).toBe('1 sản phẩm');
	});

	it('prices are in đồng and dates in each language’s usual form', () => {
		expect(formatPrice('vi', 120000)).toMatch(/^120\.000\s₫$/);
		expect(formatDate('vi', '2023-09-28')).toBe('28/09/2023');
		expect(formatDate('en', '2023-09-28')).toBe('28 September 2023');
	});
});
