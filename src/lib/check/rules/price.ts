/** `price-min-above-max` (OCOP-E016): a price range reads lowest first. */
import type { EntryRule } from '../entries.ts';
import { problem } from '../problem.ts';

export const price: EntryRule = {
	name: 'price-min-above-max',
	scope: 'entry',
	kinds: ['product'],
	entry(e, { problems }) {
		if (e.kind !== 'product' || !e.data.price || e.data.price.min <= e.data.price.max) return;
		const { min, max } = e.data.price;
		problems.push(
			problem(
				'price-min-above-max',
				{ raw: e.raw, path: ['price', 'min'] },
				`Giá thấp nhất (${min}) lớn hơn giá cao nhất (${max}). Cách sửa: đổi chỗ hai số.`,
				`The lowest price (${min}) is above the highest (${max}). Fix: swap the two numbers.`,
				{ field: 'price' },
			),
		);
	},
};
