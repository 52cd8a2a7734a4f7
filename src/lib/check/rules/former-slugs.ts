/**
 * Former folder names keep redirect pages at old addresses: `former-slug-is-own` (OCOP-E011),
 * `former-slug-is-current` (OCOP-E012) and `former-slug-claimed` (OCOP-E013).
 */
import type { IndexRule } from '../entries.ts';
import { problem } from '../problem.ts';
import { clashWith } from './same.ts';

export const formerSlugs: IndexRule = {
	name: 'former-slugs',
	scope: 'index',
	kinds: ['product'],
	entry(e, { index, problems }) {
		if (e.kind !== 'product') return;
		const raw = e.raw;
		e.data.formerSlugs.forEach((old, i) => {
			const where = { raw, path: ['formerSlugs', i] };
			const current = index.slugs.get(old);
			const claimed = clashWith(index.formerSlugs.get(old), raw);
			if (old === raw.id) {
				problems.push(
					problem(
						'former-slug-is-own',
						where,
						`"${old}" là tên thư mục hiện tại của chính sản phẩm này, không phải tên cũ. Cách sửa: xoá "${old}" khỏi formerSlugs; chỉ ghi những tên thư mục mà sản phẩm đã dùng trước đây.`,
						`"${old}" is this product's current folder name, not a former one. Fix: remove "${old}" from formerSlugs; list only folder names the product used before.`,
					),
				);
			} else if (current !== undefined) {
				problems.push(
					problem(
						'former-slug-is-current',
						where,
						`Tên cũ "${old}" trùng với tên thư mục của một sản phẩm hiện có (${current}), nên địa chỉ đó không thể chuyển tới sản phẩm này. Cách sửa: xoá "${old}" khỏi formerSlugs, hoặc đổi tên thư mục kia.`,
						`The former slug "${old}" is the folder name of a current product (${current}), so that address cannot lead to this product. Fix: remove "${old}" from formerSlugs, or rename that other folder.`,
					),
				);
			} else if (claimed) {
				problems.push(
					problem(
						'former-slug-claimed',
						where,
						`Tên cũ "${old}" đã được ghi trong formerSlugs của ${claimed.file}; một địa chỉ cũ chỉ có thể dẫn tới một sản phẩm. Cách sửa: chỉ giữ "${old}" ở sản phẩm thật sự từng dùng tên thư mục này.`,
						`The former slug "${old}" is already listed in the formerSlugs of ${claimed.file}; an old address can lead to one product only. Fix: keep "${old}" only on the product that really used this folder name.`,
					),
				);
			}
		});
	},
};
