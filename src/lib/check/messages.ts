/**
 * Every message the content check can print, with a stable id (like Astro's error reference): the
 * id never changes meaning, so an editor can look it up in the guide, and tools can match on it.
 * A new message gets the next free number; a message that is no longer used keeps its id retired.
 * `MESSAGES` is what the guide prints: id, name, what it means and how to fix it, in both languages.
 */
import type { Bilingual } from '../content/schema.ts';
import type { Severity } from './types.ts';

/** One kind of message. */
export interface MessageDef {
	/** `OCOP-E…` for errors, `OCOP-W…` for warnings. */
	id: string;
	/** Short stable name, kebab-case. */
	name: string;
	severity: Severity;
	/** What the message means. */
	title: Bilingual;
	/** How to fix it, in general (each printed message also says how to fix that case). */
	fix: Bilingual;
}

const E = (n: number, name: string, title: Bilingual, fix: Bilingual): MessageDef => ({
	id: `OCOP-E${String(n).padStart(3, '0')}`,
	name,
	severity: 'error',
	title,
	fix,
});
const W = (n: number, name: string, title: Bilingual, fix: Bilingual): MessageDef => ({
	id: `OCOP-W${String(n).padStart(3, '0')}`,
	name,
	severity: 'warning',
	title,
	fix,
});
const b = (vi: string, en: string): Bilingual => ({ vi, en });

const LIST = [
	E(
		1,
		'unreadable-yaml',
		b('Không đọc được tệp YAML.', 'A YAML file cannot be read.'),
		b(
			'Kiểm tra thụt lề (dùng dấu cách, không dùng tab), dấu hai chấm và ngoặc ở dòng được chỉ ra.',
			'Check the indentation (spaces, not tabs), the colons and brackets on the line shown.',
		),
	),
	E(
		2,
		'invalid-value',
		b('Giá trị của một trường không hợp lệ.', 'A field holds a value that is not valid.'),
		b(
			'Ghi giá trị theo hướng dẫn của trường đó (xem bảng các trường).',
			'Write the value as the field’s help says (see the field reference).',
		),
	),
	E(
		3,
		'missing-field',
		b('Thiếu một trường bắt buộc.', 'A required field is missing.'),
		b('Thêm trường đó, theo hướng dẫn trong bảng các trường.', 'Add the field, as the field reference says.'),
	),
	E(
		4,
		'bad-file-name',
		b('Tên tệp hoặc thư mục có ký tự không được phép.', 'A file or folder name holds characters that are not allowed.'),
		b(
			'Đổi tên chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ `hoc-mon`.',
			'Rename it with lower-case ASCII letters, digits and hyphens only, e.g. `hoc-mon`.',
		),
	),
	E(
		5,
		'folder-needs-letter',
		b('Tên thư mục sản phẩm chỉ có chữ số.', 'A product folder name holds no letter.'),
		b('Đặt tên thư mục theo tên sản phẩm, ví dụ `non-la-phuong-trung`.', 'Name the folder after the product, e.g. `non-la-phuong-trung`.'),
	),
	E(
		6,
		'unknown-reference',
		b(
			'Một trường trỏ tới huyện, tỉnh, chủ thể, trung tâm hay điểm bán không có.',
			'A field points to a district, province, producer, centre or sales point that does not exist.',
		),
		b(
			'Sửa lại cho đúng tên một tệp có sẵn (thông báo gợi ý tên gần nhất), hoặc tạo tệp đó.',
			'Correct it to the name of an existing file (the message suggests the closest ones), or create that file.',
		),
	),
	E(
		7,
		'duplicate-province',
		b('Một tỉnh được ghi hai lần trong provinces.yaml.', 'A province is listed twice in provinces.yaml.'),
		b('Mỗi tỉnh chỉ ghi một lần.', 'List each province once.'),
	),
	E(
		8,
		'duplicate-retired-code',
		b('Một mã được ghi hai lần trong retired-products.yaml.', 'A code is listed twice in retired-products.yaml.'),
		b('Xoá mục lặp lại.', 'Remove the repeated entry.'),
	),
	E(
		9,
		'duplicate-code',
		b('Hai sản phẩm có cùng mã.', 'Two products have the same code.'),
		b(
			'Đặt cho sản phẩm mới một mã chưa dùng (`npm run new product` chọn sẵn mã kế tiếp).',
			'Give the newer product an unused code (`npm run new product` picks the next one).',
		),
	),
	E(
		10,
		'retired-code-reused',
		b('Mã của một sản phẩm đã rút khỏi danh mục bị dùng lại.', 'The code of a product taken out of the catalogue is used again.'),
		b(
			'Đặt mã mới; nếu chính sản phẩm cũ quay lại, xoá mục của nó trong retired-products.yaml.',
			'Use a new code; if the same product comes back, remove its entry from retired-products.yaml.',
		),
	),
	E(
		11,
		'former-slug-is-own',
		b('formerSlugs có tên thư mục hiện tại của chính sản phẩm.', 'formerSlugs holds the product’s own current folder name.'),
		b('Xoá tên đó khỏi formerSlugs.', 'Remove that name from formerSlugs.'),
	),
	E(
		12,
		'former-slug-is-current',
		b('formerSlugs có tên thư mục của một sản phẩm khác đang có.', 'formerSlugs holds the folder name of another current product.'),
		b('Xoá tên đó khỏi formerSlugs, hoặc đổi tên thư mục kia.', 'Remove it from formerSlugs, or rename that other folder.'),
	),
	E(
		13,
		'former-slug-claimed',
		b('Hai sản phẩm ghi cùng một tên thư mục cũ.', 'Two products list the same former folder name.'),
		b('Chỉ giữ tên cũ ở sản phẩm thật sự từng dùng nó.', 'Keep the former name only on the product that really used it.'),
	),
	E(
		14,
		'certificate-in-future',
		b('Ngày quyết định công nhận nằm trong tương lai.', 'The recognition date is in the future.'),
		b('Ghi đúng ngày ký quyết định.', 'Write the day the decision was signed.'),
	),
	E(
		15,
		'revoked-before-recognised',
		b('Ngày thu hồi sớm hơn ngày công nhận.', 'The revocation date is before the recognition date.'),
		b('Ghi đúng ngày của quyết định thu hồi.', 'Write the date of the revocation decision.'),
	),
	E(
		16,
		'price-min-above-max',
		b('Giá thấp nhất lớn hơn giá cao nhất.', 'The lowest price is above the highest.'),
		b('Đổi chỗ hai số.', 'Swap the two numbers.'),
	),
	E(
		17,
		'missing-picture',
		b('Tệp ảnh được ghi trong product.yaml không có trong thư mục.', 'A picture named in product.yaml is not in the folder.'),
		b(
			'Thêm tệp ảnh vào thư mục sản phẩm hoặc sửa tên (phân biệt chữ hoa, chữ thường).',
			'Add the picture to the product folder or correct the name (letter case matters).',
		),
	),
	E(
		18,
		'stray-file',
		b('Một tệp nằm sai chỗ.', 'A file is in the wrong place.'),
		b('Chuyển tệp vào thư mục sản phẩm có product.yaml.', 'Move it into a product folder with a product.yaml.'),
	),
	E(
		19,
		'old-story-name',
		b('Tệp câu chuyện mang tên cũ (vi.mdx, en.mdx…).', 'A story file has an old name (vi.mdx, en.mdx…).'),
		b('Đổi tên thành story.vi.mdx / story.en.mdx.', 'Rename it story.vi.mdx / story.en.mdx.'),
	),
	E(
		20,
		'missing-vi-story',
		b('Thiếu câu chuyện tiếng Việt.', 'The Vietnamese story is missing.'),
		b(
			'Tạo story.vi.mdx (hoặc .md) với `name:` và `summary:` ở phần đầu.',
			'Create story.vi.mdx (or .md) with `name:` and `summary:` in its front matter.',
		),
	),
	E(
		21,
		'unreadable-story',
		b('Không đọc được câu chuyện (MDX/Markdown).', 'A story cannot be read (MDX/Markdown).'),
		b(
			'Viết dấu "<" và "{" là \\< và \\{, đặt giá trị thuộc tính trong ngoặc kép.',
			'Write "<" and "{" as \\< and \\{, and put attribute values in quotes.',
		),
	),
	E(
		22,
		'story-import-export',
		b('Câu chuyện có lệnh import/export.', 'A story holds an import/export statement.'),
		b('Xoá dòng đó: câu chuyện chỉ là chữ.', 'Delete the line: a story is text.'),
	),
	E(
		23,
		'story-expression',
		b('Câu chuyện có mã trong ngoặc nhọn.', 'A story holds code in braces.'),
		b('Bỏ ngoặc nhọn, hoặc viết \\{.', 'Remove the braces, or write \\{.'),
	),
	E(
		24,
		'story-unknown-component',
		b('Câu chuyện dùng một thành phần trang không có.', 'A story uses a component the site does not provide.'),
		b('Xoá thẻ đó; muốn viết "<" thì ghi \\<.', 'Remove the tag; to show "<", write \\<.'),
	),
	E(
		25,
		'story-forbidden-element',
		b(
			'Câu chuyện có thẻ chạy mã hoặc nhúng nội dung lạ (<script>, <iframe>…).',
			'A story holds an element that runs code or embeds foreign content (<script>, <iframe>…).',
		),
		b('Xoá thẻ đó.', 'Remove the element.'),
	),
	E(
		26,
		'story-event-handler',
		b('Câu chuyện có thuộc tính on…= chạy mã.', 'A story holds an on…= attribute that runs code.'),
		b('Xoá thuộc tính đó.', 'Remove the attribute.'),
	),
	E(
		27,
		'story-style-attribute',
		b('Câu chuyện có thuộc tính style=.', 'A story holds a style= attribute.'),
		b('Xoá thuộc tính đó; cách trình bày do trang quyết định.', 'Remove it; the site decides how stories look.'),
	),
	E(
		28,
		'story-script-url',
		b('Câu chuyện có liên kết javascript:.', 'A story holds a javascript: link.'),
		b('Dẫn tới một trang web https://… hoặc bỏ liên kết.', 'Link to a https://… web page or remove the link.'),
	),
	E(
		29,
		'story-element-not-allowed',
		b(
			'Câu chuyện có thẻ HTML không nằm trong danh sách được dùng; thẻ bị bỏ khi dựng trang.',
			'A story holds an HTML element that is not on the list a story may use; the build leaves it out.',
		),
		b('Xoá thẻ đó; dùng Markdown.', 'Remove the element; use Markdown.'),
	),
	E(
		30,
		'story-attribute-not-allowed',
		b(
			'Câu chuyện có thuộc tính HTML không được phép; thuộc tính bị bỏ khi dựng trang.',
			'A story holds an HTML attribute that is not allowed; the build leaves it out.',
		),
		b('Xoá thuộc tính đó.', 'Remove the attribute.'),
	),
	E(
		31,
		'story-address-not-allowed',
		b(
			'Câu chuyện có liên kết hoặc ảnh tới địa chỉ không được phép (liên kết: https, http, mailto, tel hoặc trang của chính trang web; ảnh: tệp trong thư mục sản phẩm).',
			'A story holds a link or picture address that is not allowed (links: https, http, mailto, tel or a page of the site; pictures: files of the product folder).',
		),
		b(
			'Ghi địa chỉ https://… hoặc tên tệp ảnh trong thư mục sản phẩm.',
			'Write a https://… address, or the file name of a picture in the product folder.',
		),
	),
	E(
		32,
		'synonym-invalid',
		b('Một mục của synonyms.yaml không đúng dạng.', 'An entry of synonyms.yaml is not in the expected form.'),
		b(
			'Mỗi mục có `words` (các từ như danh mục viết, ví dụ `cà phê`) và `also` (danh sách các cách gõ khác, ví dụ `[cafe, caphe, coffee]`), mỗi từ có chữ cái.',
			'Each entry has `words` (the words as the catalogue writes them, e.g. `cà phê`) and `also` (a list of other ways people type them, e.g. `[cafe, caphe, coffee]`), each with letters in it.',
		),
	),
	E(
		33,
		'synonym-repeated',
		b('Một từ được ghi ở hai mục của synonyms.yaml.', 'A word is listed in two entries of synonyms.yaml.'),
		b(
			'Gộp hai mục thành một, hoặc xoá từ đó khỏi một mục (so sánh không tính dấu và chữ hoa).',
			'Merge the two entries, or remove the word from one of them (marks and case are not compared).',
		),
	),
	E(
		34,
		'gtin-check-digit',
		b('Số kiểm tra (chữ số cuối) của mã vạch GTIN không đúng.', 'The check digit (last digit) of a GTIN barcode is wrong.'),
		b(
			'Chép lại dãy số in dưới mã vạch trên bao bì; thông báo cho biết số kiểm tra đúng của các chữ số đã ghi.',
			'Copy the number printed under the barcode on the pack again; the message gives the right check digit of the digits written.',
		),
	),
	E(
		35,
		'unknown-certification',
		b('Loại chứng nhận không có trong danh sách.', 'A certification scheme is not on the list.'),
		b(
			'Ghi một loại trong danh sách (xem hướng dẫn của trường `certifications.*.scheme`), ví dụ `vietgap`, `organic`, `haccp`.',
			'Write a scheme from the list (see the help of `certifications.*.scheme`), e.g. `vietgap`, `organic`, `haccp`.',
		),
	),
	E(
		36,
		'unknown-country',
		b('Mã quốc gia không phải mã ISO 3166.', 'A country code is not an ISO 3166 code.'),
		b(
			'Ghi mã hai chữ in hoa của quốc gia, ví dụ `JP` (Nhật Bản), `KR` (Hàn Quốc), `DE` (Đức).',
			'Write the two-letter code of the country, e.g. `JP` (Japan), `KR` (Korea), `DE` (Germany).',
		),
	),
	E(
		37,
		'certification-dates',
		b('Ngày hết hiệu lực của một chứng nhận trước ngày cấp.', 'A certification expires before it was issued.'),
		b('Chép lại hai ngày trên giấy chứng nhận.', 'Copy both dates from the certificate again.'),
	),
	E(
		38,
		'organic-without-standard',
		b('Chứng nhận hữu cơ không ghi tiêu chuẩn.', 'An organic certification does not name its standard.'),
		b(
			'Ghi `standard`, ví dụ `TCVN 11041`, `USDA NOP`, `EU 2018/848`, `JAS`.',
			'Write `standard`, e.g. `TCVN 11041`, `USDA NOP`, `EU 2018/848`, `JAS`.',
		),
	),
	E(
		39,
		'wholesale-min-above-max',
		b('Giá bán buôn thấp nhất lớn hơn giá cao nhất.', 'The lowest wholesale price is above the highest.'),
		b('Đổi chỗ hai số.', 'Swap the two numbers.'),
	),
	E(
		40,
		'reserved-id',
		b(
			'Mã (tên tệp, tên thư mục hoặc `id`) trùng với một từ của địa chỉ trang, ví dụ `tinh` trong /diem-ban/tinh/ha-noi/.',
			'An id (file name, folder name or `id`) is a word of the site’s addresses, e.g. `tinh` in /diem-ban/tinh/ha-noi/.',
		),
		b(
			'Đổi tên tệp hoặc thư mục (hoặc `id`) thành tên riêng của nơi đó, ví dụ `tinh-bien`, và sửa các chỗ nhắc đến nó.',
			'Rename the file or folder (or the `id`) after the place itself, e.g. `tinh-bien`, and the references to it.',
		),
	),
	W(
		1,
		'missing-en-story',
		b(
			'Sản phẩm chưa có câu chuyện tiếng Anh; trang tiếng Anh hiện bản tiếng Việt.',
			'A product has no English story; its English page shows the Vietnamese one.',
		),
		b(
			'Tạo story.en.mdx với `name:`, `summary:` và câu chuyện bằng tiếng Anh.',
			'Create story.en.mdx with `name:`, `summary:` and the story in English.',
		),
	),
	W(
		2,
		'certificate-expired',
		b('Giấy chứng nhận OCOP đã hết hạn (36 tháng).', 'The OCOP certificate has expired (36 months).'),
		b(
			'Ghi quyết định công nhận lại mới nhất vào `certificate`, hoặc rút sản phẩm khỏi danh mục.',
			'Write the latest re-recognition decision in `certificate`, or retire the product.',
		),
	),
	W(
		3,
		'certificate-expiring',
		b('Giấy chứng nhận OCOP hết hạn trong vòng 90 ngày.', 'The OCOP certificate expires within 90 days.'),
		b(
			'Nhắc chủ thể xin đánh giá lại; ghi quyết định mới khi có.',
			'Remind the producer to apply for re-assessment; write the new decision when it comes.',
		),
	),
	W(
		4,
		'revoked-still-sold',
		b(
			'Sản phẩm đã bị thu hồi chứng nhận nhưng vẫn được ghi ở trung tâm hoặc điểm bán.',
			'A product whose certificate was revoked is still listed at a centre or sales point.',
		),
		b(
			'Xoá trung tâm, điểm bán khỏi `centres` và `salesPoints` của sản phẩm.',
			'Remove the centres and sales points from the product’s `centres` and `salesPoints`.',
		),
	),
	W(
		5,
		'picture-too-large',
		b('Ảnh lớn hơn 2 MB.', 'A picture is larger than 2 MB.'),
		b(
			'Lưu lại ảnh dạng JPEG chất lượng khoảng 80, rộng khoảng 2000 điểm ảnh.',
			'Save it again as a JPEG of quality about 80, about 2000 pixels wide.',
		),
	),
	W(
		6,
		'picture-too-narrow',
		b('Ảnh hẹp hơn 800 điểm ảnh, sẽ bị mờ.', 'A picture is narrower than 800 pixels and will look blurred.'),
		b('Dùng ảnh gốc rộng ít nhất 800 điểm ảnh.', 'Use an original at least 800 pixels wide.'),
	),
	W(
		7,
		'picture-unreadable',
		b('Không đọc được kích thước ảnh.', 'The size of a picture cannot be read.'),
		b('Lưu lại ảnh dạng JPEG, PNG, WebP hoặc AVIF.', 'Save the picture again as JPEG, PNG, WebP or AVIF.'),
	),
	W(
		8,
		'placeholder-text',
		b(
			'Văn bản mẫu do `npm run new` viết sẵn vẫn còn: câu chuyện, tóm tắt hoặc mô tả ảnh.',
			'Placeholder text written by `npm run new` is still there: the story, the summary or a picture description.',
		),
		b(
			'Thay bằng nội dung thật: câu chuyện của sản phẩm, một tóm tắt nói điều riêng của sản phẩm, và mô tả ảnh (`alt`) nói ảnh cho thấy gì.',
			'Replace it with real content: the product’s story, a summary that says what is special about it, and picture descriptions (`alt`) that say what each picture shows.',
		),
	),
	W(
		9,
		'certification-expired',
		b(
			'Một chứng nhận (VietGAP, hữu cơ, HACCP…) đã hết hiệu lực; trang sản phẩm ghi "đã hết hiệu lực".',
			'A certification (VietGAP, organic, HACCP…) has expired; the product page says "expired".',
		),
		b(
			'Nếu đã được cấp lại, ghi số và ngày của giấy mới; nếu không, xoá chứng nhận đó khỏi `certifications`.',
			'If it was renewed, write the new certificate’s number and dates; if not, remove it from `certifications`.',
		),
	),
	W(
		10,
		'capacity-stale',
		b('Sản lượng mỗi tháng được xác nhận hơn một năm trước.', 'The monthly capacity was stated more than a year ago.'),
		b(
			'Hỏi lại chủ thể và ghi sản lượng cùng ngày xác nhận mới vào `trade.capacity`.',
			'Ask the producer again and write the capacity with the new date in `trade.capacity`.',
		),
	),
	E(
		45,
		'story-picture-missing',
		b(
			'Câu chuyện có ảnh (viết bằng Markdown hoặc `<img>`) mà tệp ảnh không có trong thư mục sản phẩm.',
			'A story shows a picture (in Markdown or as `<img>`) whose file is not in the product folder.',
		),
		b(
			'Chép tệp ảnh vào thư mục sản phẩm hoặc sửa tên (phân biệt chữ hoa, chữ thường); hoặc xoá ảnh khỏi câu chuyện.',
			'Copy the picture into the product folder or correct its name (letter case matters), or remove it from the story.',
		),
	),
] as const satisfies readonly MessageDef[];

/** The name of a message. */
export type MessageName = (typeof LIST)[number]['name'];

/** Every message, errors then warnings, in id order. */
export const MESSAGES: readonly MessageDef[] = LIST;

const BY_NAME = new Map<string, MessageDef>(LIST.map((m) => [m.name, m]));

/** The message of a name. */
export function message(name: MessageName): MessageDef {
	const m = BY_NAME.get(name);
	if (!m) throw new Error(`unknown message ${name}`);
	return m;
}

/** The list of messages as Markdown, for the guide: one section per message, in both languages. */
export function messagesMarkdown(lang: 'vi' | 'en'): string {
	return MESSAGES.map(
		(m) => `### ${m.id} \`${m.name}\`\n\n${m.title[lang]}\n\n${lang === 'vi' ? 'Cách sửa' : 'Fix'}: ${m.fix[lang]}\n`,
	).join('\n');
}
