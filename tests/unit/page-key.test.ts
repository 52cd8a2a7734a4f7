import { describe, expect, it } from 'vitest';
import { pageKey } from '../../src/lib/page-key.ts';

const product = {
	slug: 'ca-phe',
	facts: { stars: 4, images: [{ src: { file: '/home/a/content/products/ca-phe/cover.jpg', hash: '3fa9', width: 1200, height: 900 } }] },
	district: { id: 'lac-duong', name: { vi: 'Huyện Lạc Dương', en: 'Lac Duong District' } },
};

describe('incremental build keys', () => {
	it('the same data gives the same key, whatever the order of the build', () => {
		expect(pageKey('vi', product)).toBe(pageKey('vi', structuredClone(product)));
	});

	it('any change deep inside what a page is given changes its key', () => {
		const renamed = structuredClone(product);
		renamed.district.name.en = 'Lac Duong';
		const newPhoto = structuredClone(product);
		(newPhoto.facts.images[0] as { src: { hash: string } }).src.hash = '77aa';
		const keys = new Set([pageKey('vi', product), pageKey('en', product), pageKey('vi', renamed), pageKey('vi', newPhoto)]);
		expect(keys.size).toBe(4);
	});

	it('reads objects inside lists and Maps by their contents, however many pages share them', () => {
		const shared = structuredClone(product);
		const list = [shared, shared];
		expect(pageKey('vi', list)).toBe(pageKey('vi', [structuredClone(product), structuredClone(product)]));
		const other = structuredClone(product);
		other.district.id = 'da-lat';
		expect(pageKey('vi', [shared, other])).not.toBe(pageKey('vi', list));
		expect(pageKey(new Map([['x', { a: 1 }]]))).not.toBe(pageKey(new Map([['x', { a: 2 }]])));
	});

	it('reads Maps and Sets by their contents', () => {
		expect(pageKey(new Map([['a', 1]]))).not.toBe(pageKey(new Map([['a', 2]])));
		expect(pageKey(new Set(['a']))).not.toBe(pageKey(new Set(['b'])));
	});

	it('leaves out where a picture file sits on disk, so a checkout in another folder reuses its pages', () => {
		const moved = structuredClone(product);
		(moved.facts.images[0] as { src: { file: string } }).src.file = '/ci/work/content/products/ca-phe/cover.jpg';
		expect(pageKey(moved)).toBe(pageKey(product));
	});
});
