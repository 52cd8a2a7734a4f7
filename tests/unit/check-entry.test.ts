/** One entry checked against the rest of the content, without reading everything again (the scaffolder and form editor use it). */
import { describe, expect, it } from 'vitest';
import { checkEntry, loadContentIndex, type RawProduct } from '../../src/lib/check/index.ts';
import { AS_OF, ROOT } from '../helpers/paths.ts';

const index = loadContentIndex(`${ROOT}tests/fixtures/minimal`, AS_OF, ROOT);
const product = (id: string) => index.content.products.find((p) => p.id === id) as RawProduct;

describe('checking one entry against the index', () => {
	it('finds nothing wrong with an entry of the fixture but its warnings', () => {
		expect(checkEntry(index, 'product', 'non-thu-nghiem')).toEqual([]);
		expect(checkEntry(index, 'product', 'che-thu-nghiem').map((p) => p.name)).toEqual(['certificate-expired', 'missing-en-story']);
		expect(checkEntry(index, 'district', 'thanh-oai')).toEqual([]);
	});

	it('compares a new entry with the indexed ones: a code already used, a district that does not exist', () => {
		const copy: RawProduct = {
			...product('non-thu-nghiem'),
			id: 'non-moi',
			dir: 'tests/fixtures/minimal/products/non-moi',
			file: 'tests/fixtures/minimal/products/non-moi/product.yaml',
		};
		copy.data = { ...(copy.data as object), district: 'thanh-oia' };
		delete copy.source;
		const problems = checkEntry(index, 'product', copy);
		expect(problems.map((p) => [p.name, p.field, p.suggestions])).toEqual([
			['duplicate-code', 'code', undefined],
			['unknown-reference', 'district', ['thanh-oai']],
		]);
	});

	it('does not compare an entry with its own indexed version', () => {
		const edited: RawProduct = { ...product('non-thu-nghiem'), data: { ...(product('non-thu-nghiem').data as object), stars: 5 } };
		expect(checkEntry(index, 'product', edited)).toEqual([]);
	});

	it('says so when the id is not in the content', () => {
		expect(() => checkEntry(index, 'producer', 'nobody')).toThrow('No producer "nobody"');
	});
});
