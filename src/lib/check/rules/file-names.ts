/**
 * `bad-file-name` (OCOP-E004) and `folder-needs-letter` (OCOP-E005): file and folder names are ids,
 * used in addresses and references, so they hold lower-case ASCII letters, digits and hyphens.
 */
import { idPattern } from '../../content/schema.ts';
import type { EntryRule } from '../entries.ts';
import { problem } from '../problem.ts';
import type { RawProduct } from '../types.ts';

export const fileNames: EntryRule = {
	name: 'bad-file-name',
	scope: 'entry',
	kinds: ['district', 'producer', 'centre', 'salesPoint', 'product'],
	raw(kind, raw, { problems }) {
		const folder = kind === 'product';
		const example = folder ? 'ca-phe-hoc-mon' : 'hoc-mon';
		const where = folder ? { file: (raw as RawProduct).dir } : { raw };
		if (!idPattern.test(raw.id)) {
			problems.push(
				problem(
					'bad-file-name',
					where,
					`Tên ${folder ? 'thư mục' : 'tệp'} "${raw.id}" chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang. Cách sửa: đổi tên, ví dụ "${example}".`,
					`The ${folder ? 'folder' : 'file'} name "${raw.id}" may only hold lower-case ASCII letters, digits and hyphens. Fix: rename it, e.g. "${example}".`,
				),
			);
		}
		if (folder && !/[a-z]/.test(raw.id)) {
			// A number alone after /san-pham/ is a page of the product list.
			problems.push(
				problem(
					'folder-needs-letter',
					where,
					`Tên thư mục "${raw.id}" phải có ít nhất một chữ cái. Cách sửa: đặt tên theo tên sản phẩm, ví dụ "non-la-phuong-trung".`,
					`The folder name "${raw.id}" must hold at least one letter. Fix: name it after the product, e.g. "non-la-phuong-trung".`,
				),
			);
		}
	},
};
