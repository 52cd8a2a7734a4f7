import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/lib/paginate.ts';

describe('pagination', () => {
	it('splits a list into pages of the given size, the last one shorter', () => {
		const pages = paginate([1, 2, 3, 4, 5], 2);
		expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
		expect(pages.map((p) => [p.page, p.pages, p.total])).toEqual([
			[1, 3, 5],
			[2, 3, 5],
			[3, 3, 5],
		]);
	});

	it('gives an empty list one empty page', () => {
		expect(paginate([], 24)).toEqual([{ items: [], page: 1, pages: 1, total: 0 }]);
	});
});
