/**
 * Ids and codes given once: `duplicate-province` (OCOP-E007), `duplicate-retired-code` (OCOP-E008),
 * `duplicate-code` (OCOP-E009) and `retired-code-reused` (OCOP-E010). A product code is printed on
 * QR labels, so it belongs to one product for ever, even after the product is retired.
 */
import type { IndexRule } from '../entries.ts';
import { locate } from '../positions.ts';
import { problem } from '../problem.ts';
import { clashWith, placeOf } from './same.ts';

export const uniqueCodes: IndexRule = {
	name: 'duplicate-code',
	scope: 'index',
	kinds: ['province', 'retired', 'product'],
	entry(e, { index, problems }) {
		if (e.kind === 'province') {
			const first = index.provinces.get(e.data.id);
			if (first && first.raw !== e.raw) {
				problems.push(
					problem(
						'duplicate-province',
						{ raw: e.raw, path: ['id'] },
						`Mã tỉnh "${e.data.id}" bị trùng. Cách sửa: mỗi tỉnh chỉ ghi một lần.`,
						`The province id "${e.data.id}" appears twice. Fix: list each province once.`,
					),
				);
			}
		} else if (e.kind === 'retired') {
			const other = clashWith(
				index.retiredCodes.get(e.data.code)?.map((r) => r.raw),
				e.raw,
			);
			if (other) {
				const at = placeOf(other, locate(other, [])?.line);
				problems.push(
					problem(
						'duplicate-retired-code',
						{ raw: e.raw, path: ['code'] },
						`Mã "${e.data.code}" đã được ghi ở ${at}. Cách sửa: mỗi sản phẩm đã rút chỉ ghi một lần; xoá mục lặp lại.`,
						`The code "${e.data.code}" is already listed at ${at}. Fix: list each withdrawn product once; remove the repeated entry.`,
					),
				);
			}
		} else if (e.kind === 'product') {
			const { code } = e.data;
			const other = clashWith(index.codes.get(code), e.raw);
			if (other) {
				problems.push(
					problem(
						'duplicate-code',
						{ raw: e.raw, path: ['code'] },
						`Mã sản phẩm "${code}" đã dùng cho ${other.file}. Mỗi mã chỉ thuộc về một sản phẩm vì nó được in trên tem QR. Cách sửa: đặt cho sản phẩm này một mã mới chưa dùng.`,
						`The product code "${code}" is already used by ${other.file}. Each code belongs to one product because it is printed on QR labels. Fix: give this product a new, unused code.`,
					),
				);
			}
			const retired = index.retiredCodes.get(code)?.[0];
			if (retired) {
				const at = placeOf(retired.raw, locate(retired.raw, [])?.line);
				const name = retired.data.name.vi;
				problems.push(
					problem(
						'retired-code-reused',
						{ raw: e.raw, path: ['code'] },
						`Mã sản phẩm "${code}" bị dùng lại cho một sản phẩm khác: đó là mã của "${name}", sản phẩm đã rút khỏi danh mục (${at}). Tem QR đã in của sản phẩm cũ vẫn dẫn tới mã này. Cách sửa: đặt cho sản phẩm này một mã mới chưa dùng; nếu đây chính là sản phẩm cũ được đưa trở lại, hãy xoá mục của nó trong retired-products.yaml.`,
						`The product code "${code}" is reused for another product: it is the code of "${name}", a product taken out of the catalogue (${at}). QR labels printed for that product still lead to this code. Fix: give this product a new, unused code; if this is that same product coming back, remove its entry from retired-products.yaml instead.`,
					),
				);
			}
		}
	},
};
