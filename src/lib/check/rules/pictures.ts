/**
 * Pictures listed in product.yaml: `missing-picture` (OCOP-E017) when the file is not there; and,
 * when the reader looked at the pictures' headers, warnings for a picture over 2 MB
 * (`picture-too-large`, OCOP-W005), under 800 pixels wide (`picture-too-narrow`, OCOP-W006) or
 * whose header cannot be read (`picture-unreadable`, OCOP-W007).
 */
import type { EntryRule } from '../entries.ts';
import { problem } from '../problem.ts';

/** Largest picture an editor should commit, in bytes. */
export const MAX_PICTURE_BYTES = 2 * 1024 * 1024;
/** Narrowest picture that still looks sharp on a product page, in pixels. */
export const MIN_PICTURE_WIDTH = 800;

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export const pictures: EntryRule = {
	name: 'pictures',
	scope: 'entry',
	kinds: ['product'],
	entry(e, { problems }) {
		if (e.kind !== 'product') return;
		const raw = e.raw;
		e.data.images.forEach((img, i) => {
			const name = img.src.slice(2);
			const where = { raw, path: ['images', i, 'src'] };
			if (!raw.files.has(name)) {
				problems.push(
					problem(
						'missing-picture',
						where,
						`Không tìm thấy ảnh "${img.src}" trong ${raw.dir}. Cách sửa: thêm tệp ảnh vào thư mục đó hoặc sửa tên cho đúng (phân biệt chữ hoa, chữ thường).`,
						`The picture "${img.src}" is not in ${raw.dir}. Fix: add the picture to that folder or correct the name (letter case matters).`,
					),
				);
				return;
			}
			const info = raw.pictures?.get(name);
			if (!info) return;
			if (info.bytes > MAX_PICTURE_BYTES) {
				problems.push(
					problem(
						'picture-too-large',
						where,
						`Ảnh "${img.src}" nặng ${mb(info.bytes)} MB, quá 2 MB: trang tải chậm trên điện thoại. Cách sửa: lưu lại ảnh dạng JPEG chất lượng khoảng 80, rộng khoảng 2000 điểm ảnh.`,
						`The picture "${img.src}" weighs ${mb(info.bytes)} MB, over 2 MB: pages load slowly on phones. Fix: save it again as a JPEG of quality about 80, about 2000 pixels wide.`,
					),
				);
			}
			if (info.width === undefined) {
				problems.push(
					problem(
						'picture-unreadable',
						where,
						`Không đọc được kích thước ảnh "${img.src}". Cách sửa: lưu lại ảnh dạng JPEG, PNG, WebP hoặc AVIF.`,
						`The size of the picture "${img.src}" cannot be read. Fix: save the picture again as JPEG, PNG, WebP or AVIF.`,
					),
				);
			} else if (info.width < MIN_PICTURE_WIDTH) {
				problems.push(
					problem(
						'picture-too-narrow',
						where,
						`Ảnh "${img.src}" chỉ rộng ${info.width} điểm ảnh, sẽ bị mờ. Cách sửa: dùng ảnh gốc rộng ít nhất ${MIN_PICTURE_WIDTH} điểm ảnh.`,
						`The picture "${img.src}" is only ${info.width} pixels wide and will look blurred. Fix: use an original at least ${MIN_PICTURE_WIDTH} pixels wide.`,
					),
				);
			}
		});
	},
};
