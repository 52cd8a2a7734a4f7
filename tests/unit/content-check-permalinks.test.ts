/** The content check guards what QR labels print: former addresses and codes of retired products. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems, type RawContent, type RawFile } from '../../src/lib/check/index.ts';
import { readContent, readRetired } from '../../src/lib/content/files.ts';
import { ROOT } from '../helpers/paths.ts';

const AS_OF = '2026-11-22';
const REGISTRY = 'tests/fixtures/minimal/retired-products.yaml';

/** The minimal fixture, with product facts changed by `edit` (keyed by folder name) and a retired registry. */
function content(edit: Record<string, (data: Record<string, unknown>) => void> = {}, retired: unknown[] = []): RawContent {
	const c = readContent(`${ROOT}tests/fixtures/minimal`, ROOT);
	for (const [slug, change] of Object.entries(edit)) {
		const product = c.products.find((p) => p.id === slug);
		if (!product) throw new Error(`fixture has no ${slug}`);
		// The data no longer matches the file's text, so problems cannot be placed on its lines.
		delete product.source;
		change(product.data as Record<string, unknown>);
	}
	c.retired = retired.map((data, i): RawFile => ({ file: `${REGISTRY} [${i}]`, id: String(i), data }));
	return c;
}

const retiredHat = {
	code: 'tn-009',
	name: { vi: 'Nón bài thơ thử nghiệm', en: 'Test poem hat' },
	district: 'thanh-oai',
	date: '2026-01-15',
	reason: { vi: 'Chủ thể ngừng sản xuất.', en: 'The producer stopped making it.' },
};

const report = (c: RawContent) => formatProblems(checkContent(c, AS_OF));

describe('the content check of former slugs and retired codes', () => {
	it('accepts former slugs that no product uses and a registry of retired codes nobody reuses', () => {
		const c = content({ 'non-thu-nghiem': (d) => (d['formerSlugs'] = ['non-cu', 'non-la-cu']) }, [retiredHat]);
		expect(checkContent(c, AS_OF)).toEqual([]);
	});

	it('refuses a former slug that is another product’s current folder name', () => {
		expect(report(content({ 'non-thu-nghiem': (d) => (d['formerSlugs'] = ['che-thu-nghiem']) }))).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. tests/fixtures/minimal/products/non-thu-nghiem/product.yaml — formerSlugs[0] [OCOP-E012 former-slug-is-current]
			   vi: Tên cũ "che-thu-nghiem" trùng với tên thư mục của một sản phẩm hiện có (tests/fixtures/minimal/products/che-thu-nghiem), nên địa chỉ đó không thể chuyển tới sản phẩm này. Cách sửa: xoá "che-thu-nghiem" khỏi formerSlugs, hoặc đổi tên thư mục kia.
			   en: The former slug "che-thu-nghiem" is the folder name of a current product (tests/fixtures/minimal/products/che-thu-nghiem), so that address cannot lead to this product. Fix: remove "che-thu-nghiem" from formerSlugs, or rename that other folder."
		`);
	});

	it('refuses a former slug that is the product’s own current folder name', () => {
		expect(report(content({ 'non-thu-nghiem': (d) => (d['formerSlugs'] = ['non-cu', 'non-thu-nghiem']) }))).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. tests/fixtures/minimal/products/non-thu-nghiem/product.yaml — formerSlugs[1] [OCOP-E011 former-slug-is-own]
			   vi: "non-thu-nghiem" là tên thư mục hiện tại của chính sản phẩm này, không phải tên cũ. Cách sửa: xoá "non-thu-nghiem" khỏi formerSlugs; chỉ ghi những tên thư mục mà sản phẩm đã dùng trước đây.
			   en: "non-thu-nghiem" is this product's current folder name, not a former one. Fix: remove "non-thu-nghiem" from formerSlugs; list only folder names the product used before."
		`);
	});

	it('refuses a former slug claimed by two products', () => {
		const c = content({
			'che-thu-nghiem': (d) => (d['formerSlugs'] = ['san-pham-cu']),
			'non-thu-nghiem': (d) => (d['formerSlugs'] = ['san-pham-cu']),
		});
		expect(report(c)).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. tests/fixtures/minimal/products/non-thu-nghiem/product.yaml — formerSlugs[0] [OCOP-E013 former-slug-claimed]
			   vi: Tên cũ "san-pham-cu" đã được ghi trong formerSlugs của tests/fixtures/minimal/products/che-thu-nghiem/product.yaml; một địa chỉ cũ chỉ có thể dẫn tới một sản phẩm. Cách sửa: chỉ giữ "san-pham-cu" ở sản phẩm thật sự từng dùng tên thư mục này.
			   en: The former slug "san-pham-cu" is already listed in the formerSlugs of tests/fixtures/minimal/products/che-thu-nghiem/product.yaml; an old address can lead to one product only. Fix: keep "san-pham-cu" only on the product that really used this folder name."
		`);
	});

	it('refuses a former slug that is not a folder name, with the field’s help', () => {
		expect(report(content({ 'non-thu-nghiem': (d) => (d['formerSlugs'] = ['Nón Cũ']) }))).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. tests/fixtures/minimal/products/non-thu-nghiem/product.yaml — formerSlugs[0] [OCOP-E002 invalid-value]
			   vi: Giá trị của "formerSlugs[0]" không hợp lệ (đang ghi: Nón Cũ). Cách sửa: ghi danh sách tên thư mục cũ của sản phẩm khi đổi tên thư mục, ví dụ \`formerSlugs: [ca-phe-hoc-mon]\`; địa chỉ cũ sẽ tự chuyển tới địa chỉ mới.
			   en: The value of "formerSlugs[0]" is not valid (found: Nón Cũ). Fix: when you rename a product folder, list its old folder names, e.g. \`formerSlugs: [ca-phe-hoc-mon]\`; the old addresses then lead to the new one."
		`);
	});

	it('refuses a code of a retired product reused for another product', () => {
		expect(report(content({}, [{ ...retiredHat, code: 'tn-001' }]))).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. tests/fixtures/minimal/products/non-thu-nghiem/product.yaml:1:7 — code [OCOP-E010 retired-code-reused]
			   vi: Mã sản phẩm "tn-001" bị dùng lại cho một sản phẩm khác: đó là mã của "Nón bài thơ thử nghiệm", sản phẩm đã rút khỏi danh mục (tests/fixtures/minimal/retired-products.yaml [0]). Tem QR đã in của sản phẩm cũ vẫn dẫn tới mã này. Cách sửa: đặt cho sản phẩm này một mã mới chưa dùng; nếu đây chính là sản phẩm cũ được đưa trở lại, hãy xoá mục của nó trong retired-products.yaml.
			   en: The product code "tn-001" is reused for another product: it is the code of "Nón bài thơ thử nghiệm", a product taken out of the catalogue (tests/fixtures/minimal/retired-products.yaml [0]). QR labels printed for that product still lead to this code. Fix: give this product a new, unused code; if this is that same product coming back, remove its entry from retired-products.yaml instead."
		`);
	});

	it('refuses a retired code listed twice, an unknown district and a missing reason', () => {
		const noReason: Record<string, unknown> = { ...retiredHat };
		delete noReason['reason'];
		expect(report(content({}, [retiredHat, { ...retiredHat, district: 'thanh-oia' }, { ...noReason, code: 'tn-010' }])))
			.toMatchInlineSnapshot(`
			"Nội dung có 3 lỗi, chưa thể xây dựng trang. / The content has 3 problem(s); the site was not built.

			1. tests/fixtures/minimal/retired-products.yaml [1] — code [OCOP-E008 duplicate-retired-code]
			   vi: Mã "tn-009" đã được ghi ở tests/fixtures/minimal/retired-products.yaml [0]. Cách sửa: mỗi sản phẩm đã rút chỉ ghi một lần; xoá mục lặp lại.
			   en: The code "tn-009" is already listed at tests/fixtures/minimal/retired-products.yaml [0]. Fix: list each withdrawn product once; remove the repeated entry.
			2. tests/fixtures/minimal/retired-products.yaml [1] — district [OCOP-E006 unknown-reference]
			   vi: "district" trỏ tới "thanh-oia" nhưng không có tệp content/districts/thanh-oia.yaml. Có phải ý bạn là \`thanh-oai\`? Cách sửa: sửa thành \`thanh-oai\` nếu đúng là nó, hoặc tạo tệp còn thiếu.
			   en: "district" points to "thanh-oia" but there is no file content/districts/thanh-oia.yaml. Did you mean \`thanh-oai\`? Fix: change it to \`thanh-oai\` if that is the one, or create the missing file.
			3. tests/fixtures/minimal/retired-products.yaml [2] — reason [OCOP-E003 missing-field]
			   vi: Thiếu trường "reason". Cách sửa: ghi lý do sản phẩm không còn trong danh mục, bằng cả hai thứ tiếng: \`reason: { vi: …, en: … }\`.
			   en: The field "reason" is missing. Fix: write why the product left the catalogue, in both languages: \`reason: { vi: …, en: … }\`."
		`);
	});
});

describe('reading the registry of retired products', () => {
	it('treats a missing or empty registry as no retired products, and a registry that is not a list as a problem', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ocop-retired-'));
		try {
			expect(readRetired(dir, dir)).toEqual([]);
			writeFileSync(join(dir, 'retired-products.yaml'), '# nothing retired yet\n');
			expect(readRetired(dir, dir)).toEqual([]);
			writeFileSync(join(dir, 'retired-products.yaml'), 'code: hn-009\n');
			expect(readRetired(dir, dir)).toMatchObject([
				{ file: 'retired-products.yaml', parseError: 'phải là một danh sách / must be a list' },
			]);
			writeFileSync(join(dir, 'retired-products.yaml'), `- ${JSON.stringify(retiredHat)}\n`);
			// Entries of a list file keep the file's name and their place in it, so problems name the line.
			expect(readRetired(dir, dir)).toMatchObject([{ file: 'retired-products.yaml', id: '0', data: retiredHat, at: [0] }]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
