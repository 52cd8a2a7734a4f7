import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems, type RawContent, type RawProduct } from '../../src/lib/check/index.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { ROOT } from '../helpers/paths.ts';

const AS_OF = '2026-11-22';
const fixture = () => readContent(`${ROOT}tests/fixtures/minimal`, ROOT);

/** The fixture with one product's facts changed by `edit`. */
function withProduct(edit: (data: Record<string, unknown>, p: RawProduct) => void): RawContent {
	const content = fixture();
	const product = content.products.find((p) => p.id === 'non-thu-nghiem');
	if (!product) throw new Error('fixture changed');
	// The data no longer matches the file's text, so problems cannot be placed on its lines.
	delete product.source;
	edit(product.data as Record<string, unknown>, product);
	return content;
}

const report = (content: RawContent) => formatProblems(checkContent(content, AS_OF));

describe('the content check', () => {
	it('finds nothing wrong with the minimal fixture', () => {
		expect(checkContent(fixture(), AS_OF)).toEqual([]);
	});

	it('names an unknown district and how to fix it', () => {
		expect(report(withProduct((d) => (d['district'] = 'hoc-mon-typo')))).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. tests/fixtures/minimal/products/non-thu-nghiem/product.yaml — district [OCOP-E006 unknown-reference]
			   vi: "district" trỏ tới "hoc-mon-typo" nhưng không có tệp content/districts/hoc-mon-typo.yaml. Cách sửa: sửa lại cho đúng tên một tệp có sẵn (ví dụ: lac-duong, thanh-oai) hoặc tạo tệp đó.
			   en: "district" points to "hoc-mon-typo" but there is no file content/districts/hoc-mon-typo.yaml. Fix: use the name of an existing file (e.g. lac-duong, thanh-oai) or create that file."
		`);
	});

	it('names an unknown producer', () => {
		const problems = checkContent(
			withProduct((d) => (d['producer'] = 'nobody')),
			AS_OF,
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchInlineSnapshot(`
			{
			  "en": ""producer" points to "nobody" but there is no file content/producers/nobody.yaml. Fix: use the name of an existing file (e.g. ho-thu-nghiem) or create that file.",
			  "field": "producer",
			  "file": "tests/fixtures/minimal/products/non-thu-nghiem/product.yaml",
			  "id": "OCOP-E006",
			  "name": "unknown-reference",
			  "severity": "error",
			  "vi": ""producer" trỏ tới "nobody" nhưng không có tệp content/producers/nobody.yaml. Cách sửa: sửa lại cho đúng tên một tệp có sẵn (ví dụ: ho-thu-nghiem) hoặc tạo tệp đó.",
			}
		`);
	});

	it('refuses a product code used twice', () => {
		expect(report(withProduct((d) => (d['code'] = 'tn-002')))).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. tests/fixtures/minimal/products/non-thu-nghiem/product.yaml — code [OCOP-E009 duplicate-code]
			   vi: Mã sản phẩm "tn-002" đã dùng cho tests/fixtures/minimal/products/che-thu-nghiem/product.yaml. Mỗi mã chỉ thuộc về một sản phẩm vì nó được in trên tem QR. Cách sửa: đặt cho sản phẩm này một mã mới chưa dùng.
			   en: The product code "tn-002" is already used by tests/fixtures/minimal/products/che-thu-nghiem/product.yaml. Each code belongs to one product because it is printed on QR labels. Fix: give this product a new, unused code."
		`);
	});

	it('refuses stars outside 3 to 5', () => {
		expect(report(withProduct((d) => (d['stars'] = 6)))).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. tests/fixtures/minimal/products/non-thu-nghiem/product.yaml — stars [OCOP-E002 invalid-value]
			   vi: Giá trị của "stars" không hợp lệ (đang ghi: 6). Cách sửa: ghi hạng sao OCOP: \`3\`, \`4\` hoặc \`5\`.
			   en: The value of "stars" is not valid (found: 6). Fix: write the OCOP star rating: \`3\`, \`4\` or \`5\`."
		`);
	});

	it('refuses a certificate dated in the future', () => {
		expect(report(withProduct((d) => ((d['certificate'] as Record<string, unknown>)['date'] = new Date('2027-01-05')))))
			.toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. tests/fixtures/minimal/products/non-thu-nghiem/product.yaml — certificate.date [OCOP-E014 certificate-in-future]
			   vi: Ngày quyết định công nhận 2027-01-05 nằm trong tương lai (hôm nay là 2026-11-22). Cách sửa: ghi đúng ngày ký quyết định; chỉ đưa sản phẩm lên sau khi đã có quyết định.
			   en: The recognition date 2027-01-05 is in the future (today is 2026-11-22). Fix: write the day the decision was signed; publish the product only once it has been recognised."
		`);
	});

	it('refuses a picture that is not in the product folder', () => {
		expect(report(withProduct((_, p) => (p.files = new Set(['product.yaml', 'story.vi.mdx']))))).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. tests/fixtures/minimal/products/non-thu-nghiem/product.yaml — images[0].src [OCOP-E017 missing-picture]
			   vi: Không tìm thấy ảnh "./cover.jpg" trong tests/fixtures/minimal/products/non-thu-nghiem. Cách sửa: thêm tệp ảnh vào thư mục đó hoặc sửa tên cho đúng (phân biệt chữ hoa, chữ thường).
			   en: The picture "./cover.jpg" is not in tests/fixtures/minimal/products/non-thu-nghiem. Fix: add the picture to that folder or correct the name (letter case matters)."
		`);
	});

	it('refuses a picture without alt text', () => {
		expect(report(withProduct((d) => ((d['images'] as Array<Record<string, unknown>>)[0] = { src: './cover.jpg' }))))
			.toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. tests/fixtures/minimal/products/non-thu-nghiem/product.yaml — images[0].alt [OCOP-E003 missing-field]
			   vi: Thiếu trường "images[0].alt". Cách sửa: mô tả ảnh cho người không nhìn thấy, bằng cả hai thứ tiếng: \`alt: { vi: …, en: … }\`.
			   en: The field "images[0].alt" is missing. Fix: describe the picture for people who cannot see it, in both languages: \`alt: { vi: …, en: … }\`."
		`);
	});

	it('refuses a product without a Vietnamese story', () => {
		expect(report(withProduct((_, p) => delete p.stories.vi))).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. tests/fixtures/minimal/products/non-thu-nghiem/story.vi.mdx [OCOP-E020 missing-vi-story]
			   vi: Thiếu câu chuyện sản phẩm tiếng Việt. Cách sửa: tạo tệp story.vi.mdx (hoặc story.vi.md) trong thư mục sản phẩm, có phần đầu \`name:\` và \`summary:\` rồi đến câu chuyện.
			   en: The Vietnamese product story is missing. Fix: create story.vi.mdx (or story.vi.md) in the product folder, with \`name:\` and \`summary:\` in the front matter followed by the story."
		`);
	});

	it('refuses a story under its old name and names the new one', () => {
		expect(
			report(
				withProduct((_, p) => {
					delete p.stories.vi;
					p.files = new Set(['product.yaml', 'cover.jpg', 'vi.mdx', 'en.md']);
				}),
			),
		).toMatchInlineSnapshot(`
			"Nội dung có 2 lỗi, chưa thể xây dựng trang. / The content has 2 problem(s); the site was not built.

			1. tests/fixtures/minimal/products/non-thu-nghiem/en.md [OCOP-E019 old-story-name]
			   vi: Tên tệp câu chuyện này là tên cũ nên không được đọc. Cách sửa: đổi tên tệp thành story.en.md.
			   en: This story file has an old name and is not read. Fix: rename the file to story.en.md.
			2. tests/fixtures/minimal/products/non-thu-nghiem/vi.mdx [OCOP-E019 old-story-name]
			   vi: Tên tệp câu chuyện này là tên cũ nên không được đọc. Cách sửa: đổi tên tệp thành story.vi.mdx.
			   en: This story file has an old name and is not read. Fix: rename the file to story.vi.mdx."
		`);
	});

	it('explains a YAML syntax error with its line', () => {
		const content = withProduct((_, p) => {
			p.data = undefined;
			p.parseError = 'bad indentation of a mapping entry (dòng / line 3)';
		});
		expect(checkContent(content, AS_OF)[0]?.en).toContain('line 3');
	});

	it('reports every wrong field of a file at once rather than stopping at the first', () => {
		const content = withProduct((d) => {
			d['stars'] = 2;
			d['district'] = 'nowhere';
			d['category'] = 9;
		});
		expect(
			checkContent(content, AS_OF)
				.map((p) => p.field)
				.sort(),
		).toEqual(['category', 'stars']);
	});

	it('a revocation before the recognition date is refused', () => {
		const problems = checkContent(
			withProduct((d) => ((d['certificate'] as Record<string, unknown>)['revoked'] = { date: '2020-01-01', reason: { vi: 'x', en: 'x' } })),
			AS_OF,
		);
		expect(problems.map((p) => p.field)).toEqual(['certificate.revoked.date']);
	});
});
