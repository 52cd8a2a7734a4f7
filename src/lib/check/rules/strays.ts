/** `stray-file` (OCOP-E018): everything in content/products/ belongs to a product folder with a product.yaml. */
import type { IndexRule } from '../entries.ts';
import { problem } from '../problem.ts';

export const strays: IndexRule = {
	name: 'stray-file',
	scope: 'index',
	content(content, { problems }) {
		for (const file of content.strays) {
			problems.push(
				problem(
					'stray-file',
					{ file },
					'Tệp này nằm sai chỗ: câu chuyện sản phẩm phải nằm trong thư mục có product.yaml. Cách sửa: chuyển tệp vào đúng thư mục sản phẩm hoặc tạo product.yaml bên cạnh.',
					'This file is in the wrong place: a product story must sit in a folder with a product.yaml. Fix: move it into its product folder or add a product.yaml beside it.',
				),
			);
		}
	},
};
