/**
 * `npm run check:content` on broken copies of the minimal fixture: each kind of mistake prints its
 * pinned message with the file:line of the offending value and fails; warnings alone do not fail;
 * `--json` is one JSON object for tools.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/cli.ts';
import type { JsonReport } from '../../src/lib/check/index.ts';
import { AS_OF, ROOT, TMP } from '../helpers/paths.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/minimal');
const PRODUCT = 'products/non-thu-nghiem';
const made: string[] = [];

/** A copy of the minimal fixture at `<dir>/content`, changed by `change`; returns `<dir>`. */
function copy(change: (content: string) => void | Promise<void>) {
	const dir = join(TMP, `check-cli-${process.pid}-${made.length}`);
	made.push(dir);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	cpSync(FIXTURE, join(dir, 'content'), { recursive: true });
	return Promise.resolve(change(join(dir, 'content'))).then(() => dir);
}

function edit(content: string, file: string, from: string | RegExp, to: string) {
	const path = join(content, file);
	const text = readFileSync(path, 'utf8');
	const next = text.replace(from, to);
	if (next === text) throw new Error(`fixture edit did not apply to ${file}`);
	writeFileSync(path, next);
}

/** The check run in-process on `dir`, as the CLI runs it; file names are relative to `dir`. */
const check = (dir: string, json = false) => runCheck({ contentDir: join(dir, 'content'), root: dir, asOf: AS_OF, json });

/** The check run as `npm run check:content` runs it, in its own process. */
function cli(dir: string, ...args: string[]) {
	const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.mjs'), ...args], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, OCOP_CONTENT_DIR: join(dir, 'content'), OCOP_AS_OF: AS_OF },
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('the content check on one mistake at a time', () => {
	it('names an unknown district on its line and suggests the closest existing one', async () => {
		const run = check(await copy((c) => edit(c, `${PRODUCT}/product.yaml`, 'district: thanh-oai', 'district: thanh-oia')));
		expect(run.code).toBe(1);
		expect(run.stderr).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. content/products/non-thu-nghiem/product.yaml:5:11 — district [OCOP-E006 unknown-reference]
			   vi: "district" trỏ tới "thanh-oia" nhưng không có tệp content/districts/thanh-oia.yaml. Có phải ý bạn là \`thanh-oai\`? Cách sửa: sửa thành \`thanh-oai\` nếu đúng là nó, hoặc tạo tệp còn thiếu.
			   en: "district" points to "thanh-oia" but there is no file content/districts/thanh-oia.yaml. Did you mean \`thanh-oai\`? Fix: change it to \`thanh-oai\` if that is the one, or create the missing file.
			"
		`);
	});

	it('names a wrong value on its line and column, with the field’s help', async () => {
		const run = check(await copy((c) => edit(c, `${PRODUCT}/product.yaml`, 'stars: 4', 'stars: 7')));
		expect(run.code).toBe(1);
		expect(run.stderr).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. content/products/non-thu-nghiem/product.yaml:2:8 — stars [OCOP-E002 invalid-value]
			   vi: Giá trị của "stars" không hợp lệ (đang ghi: 7). Cách sửa: ghi hạng sao OCOP: \`3\`, \`4\` hoặc \`5\`.
			   en: The value of "stars" is not valid (found: 7). Fix: write the OCOP star rating: \`3\`, \`4\` or \`5\`.
			"
		`);
	});

	it('names a missing field inside a nested object at its parent’s line', async () => {
		const run = check(await copy((c) => edit(c, `${PRODUCT}/product.yaml`, ", en: Hanoi People's Committee", '')));
		expect(run.code).toBe(1);
		expect(run.stderr).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. content/products/non-thu-nghiem/product.yaml:10:11 — certificate.issuer.en [OCOP-E003 missing-field]
			   vi: Thiếu trường "certificate.issuer.en". Cách sửa: ghi nội dung bằng cả hai thứ tiếng: \`{ vi: …, en: … }\`.
			   en: The field "certificate.issuer.en" is missing. Fix: write the text in both languages: \`{ vi: …, en: … }\`.
			"
		`);
	});

	it('names a reference inside a list on the item’s line', async () => {
		const run = check(await copy((c) => edit(c, `${PRODUCT}/product.yaml`, 'salesPoints: [thanh-oai]', 'salesPoints: [thanh-oia]')));
		expect(run.code).toBe(1);
		expect(run.stderr).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. content/products/non-thu-nghiem/product.yaml:11:15 — salesPoints[0] [OCOP-E006 unknown-reference]
			   vi: "salesPoints[0]" trỏ tới "thanh-oia" nhưng không có tệp content/sales-points/thanh-oia.yaml. Có phải ý bạn là \`thanh-oai\`? Cách sửa: sửa thành \`thanh-oai\` nếu đúng là nó, hoặc tạo tệp còn thiếu.
			   en: "salesPoints[0]" points to "thanh-oia" but there is no file content/sales-points/thanh-oia.yaml. Did you mean \`thanh-oai\`? Fix: change it to \`thanh-oai\` if that is the one, or create the missing file.
			"
		`);
	});

	it('names a YAML syntax error with its line', async () => {
		const run = check(await copy((c) => edit(c, `${PRODUCT}/product.yaml`, 'stars: 4', 'stars: 4\n  oops: [')));
		expect(run.code).toBe(1);
		expect(run.stderr).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. content/products/non-thu-nghiem/product.yaml:3:7 [OCOP-E001 unreadable-yaml]
			   vi: Không đọc được tệp: bad indentation of a mapping entry (dòng / line 3). Cách sửa: kiểm tra thụt lề và dấu hai chấm ở dòng được chỉ ra.
			   en: The file cannot be read: bad indentation of a mapping entry (dòng / line 3). Fix: check the indentation and colons on the line shown.
			"
		`);
	});

	it('names the line of an entry in a list file (provinces.yaml)', async () => {
		const run = check(await copy((c) => edit(c, 'provinces.yaml', ', kind: province }', ' }')));
		expect(run.code).toBe(1);
		expect(run.stderr).toMatchInlineSnapshot(`
			"Nội dung có 2 lỗi, chưa thể xây dựng trang. / The content has 2 problem(s); the site was not built.

			1. content/districts/lac-duong.yaml:2:11 — province [OCOP-E006 unknown-reference]
			   vi: "province" trỏ tới "lam-dong" nhưng tỉnh này không có trong content/provinces.yaml. Cách sửa: sửa lại cho đúng tên một tệp có sẵn (ví dụ: ha-noi) hoặc tạo tệp đó.
			   en: "province" points to "lam-dong" but content/provinces.yaml has no such province. Fix: use the name of an existing file (e.g. ha-noi) or create that file.
			2. content/provinces.yaml:2:3 — kind [OCOP-E003 missing-field]
			   vi: Thiếu trường "kind". Cách sửa: ghi \`city\` (thành phố trực thuộc trung ương) hoặc \`province\`.
			   en: The field "kind" is missing. Fix: write \`city\` (centrally-run city) or \`province\`.
			"
		`);
	});

	it('names the line of an entry in retired-products.yaml and suggests the district meant', async () => {
		const entry = [
			'- code: tn-009',
			'  name: { vi: Nón bài thơ, en: Poem hat }',
			'  district: thanh-oi',
			'  date: 2026-01-15',
			'  reason: { vi: Ngừng sản xuất., en: No longer made. }',
		].join('\n');
		const run = check(await copy((c) => writeFileSync(join(c, 'retired-products.yaml'), `${entry}\n`)));
		expect(run.code).toBe(1);
		expect(run.stderr).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. content/retired-products.yaml:3:13 — district [OCOP-E006 unknown-reference]
			   vi: "district" trỏ tới "thanh-oi" nhưng không có tệp content/districts/thanh-oi.yaml. Có phải ý bạn là \`thanh-oai\`? Cách sửa: sửa thành \`thanh-oai\` nếu đúng là nó, hoặc tạo tệp còn thiếu.
			   en: "district" points to "thanh-oi" but there is no file content/districts/thanh-oi.yaml. Did you mean \`thanh-oai\`? Fix: change it to \`thanh-oai\` if that is the one, or create the missing file.
			"
		`);
	});

	it('names a province a district file points to that does not exist', async () => {
		const run = check(await copy((c) => edit(c, 'districts/thanh-oai.yaml', 'province: ha-noi', 'province: ha-nio')));
		expect(run.code).toBe(1);
		expect(run.stderr).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. content/districts/thanh-oai.yaml:2:11 — province [OCOP-E006 unknown-reference]
			   vi: "province" trỏ tới "ha-nio" nhưng tỉnh này không có trong content/provinces.yaml. Có phải ý bạn là \`ha-noi\`? Cách sửa: sửa thành \`ha-noi\` nếu đúng là nó, hoặc tạo tệp còn thiếu.
			   en: "province" points to "ha-nio" but content/provinces.yaml has no such province. Did you mean \`ha-noi\`? Fix: change it to \`ha-noi\` if that is the one, or create the missing file.
			"
		`);
	});

	it('names a sales point whose file name is the word of the province lists’ address (/diem-ban/tinh/), with a name to take instead', async () => {
		const run = check(
			await copy((c) => {
				renameSync(join(c, 'sales-points/thanh-oai.yaml'), join(c, 'sales-points/tinh.yaml'));
				for (const product of ['products/che-thu-nghiem', PRODUCT])
					edit(c, `${product}/product.yaml`, 'salesPoints: [thanh-oai]', 'salesPoints: [tinh]');
			}),
		);
		expect(run.code).toBe(1);
		expect(run.stderr).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. content/sales-points/tinh.yaml:1:1 [OCOP-E040 reserved-id]
			   vi: Tên tệp "tinh" trùng với một từ trong địa chỉ trang của web: /diem-ban/tinh/ đã là trang khác. Cách sửa: đổi thành "tinh-thanh-oai" và sửa các chỗ nhắc đến nó.
			   en: The file name "tinh" is a word of the site’s addresses: /diem-ban/tinh/ is another page. Fix: rename it to "tinh-thanh-oai", and the references to it.
			"
		`);
	});

	it('names a producer whose file name is the English word of that address (/en/producers/province/)', async () => {
		const run = check(
			await copy((c) => {
				renameSync(join(c, 'producers/ho-thu-nghiem.yaml'), join(c, 'producers/province.yaml'));
				for (const product of ['products/che-thu-nghiem', PRODUCT])
					edit(c, `${product}/product.yaml`, 'producer: ho-thu-nghiem', 'producer: province');
			}),
		);
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/content\/producers\/province\.yaml.*\[OCOP-E040 reserved-id\]/);
		expect(run.stderr).toContain('/en/producers/province/ is another page. Fix: rename it to "province-');
	});

	it('names a product code used twice', async () => {
		const run = check(await copy((c) => edit(c, `${PRODUCT}/product.yaml`, 'code: tn-001', 'code: tn-002')));
		expect(run.code).toBe(1);
		expect(run.stderr).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. content/products/non-thu-nghiem/product.yaml:1:7 — code [OCOP-E009 duplicate-code]
			   vi: Mã sản phẩm "tn-002" đã dùng cho content/products/che-thu-nghiem/product.yaml. Mỗi mã chỉ thuộc về một sản phẩm vì nó được in trên tem QR. Cách sửa: đặt cho sản phẩm này một mã mới chưa dùng.
			   en: The product code "tn-002" is already used by content/products/che-thu-nghiem/product.yaml. Each code belongs to one product because it is printed on QR labels. Fix: give this product a new, unused code.
			"
		`);
	});

	it('names a missing picture on the line of its src', async () => {
		const run = check(await copy((c) => rmSync(join(c, PRODUCT, 'cover.jpg'))));
		expect(run.code).toBe(1);
		expect(run.stderr).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. content/products/non-thu-nghiem/product.yaml:13:10 — images[0].src [OCOP-E017 missing-picture]
			   vi: Không tìm thấy ảnh "./cover.jpg" trong content/products/non-thu-nghiem. Cách sửa: thêm tệp ảnh vào thư mục đó hoặc sửa tên cho đúng (phân biệt chữ hoa, chữ thường).
			   en: The picture "./cover.jpg" is not in content/products/non-thu-nghiem. Fix: add the picture to that folder or correct the name (letter case matters).
			"
		`);
	});

	it('names a missing story front matter field on its line', async () => {
		const run = check(await copy((c) => edit(c, `${PRODUCT}/story.vi.mdx`, 'summary: Sản phẩm thử nghiệm dùng trong kiểm thử.\n', '')));
		expect(run.code).toBe(1);
		expect(run.stderr).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. content/products/non-thu-nghiem/story.vi.mdx:2:1 — summary [OCOP-E003 missing-field]
			   vi: Thiếu trường "summary". Cách sửa: ghi một hai câu giới thiệu (tối đa 300 ký tự): \`summary: …\`.
			   en: The field "summary" is missing. Fix: write a one- or two-sentence summary (300 characters at most): \`summary: …\`.
			"
		`);
	});

	it('names a script in a story on its line', async () => {
		const run = check(await copy((c) => edit(c, `${PRODUCT}/story.vi.mdx`, 'về nón lá.', 'về nón lá.\n\n<script>alert(1)</script>')));
		expect(run.code).toBe(1);
		expect(run.stderr).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. content/products/non-thu-nghiem/story.vi.mdx:7 [OCOP-E025 story-forbidden-element]
			   vi: Dòng 7: câu chuyện không được có thẻ <script>: thẻ này chạy mã hoặc nhúng nội dung lạ vào trang. Cách sửa: xoá thẻ; muốn viết dấu "<" thì ghi \\<.
			   en: Line 7: a story may not hold a <script> element: it runs code or pulls foreign content into the page. Fix: remove the element; to show a "<" sign, write \\<.
			"
		`);
	});
});

/** The fixture with one of each warning and no error. */
const warningsOnly = () =>
	copy(async (c) => {
		// A third product whose certificate expired on 2026-01-01, before the check's day 2026-11-22.
		cpSync(join(c, 'products/che-thu-nghiem'), join(c, 'products/che-cu'), { recursive: true });
		edit(c, 'products/che-cu/product.yaml', 'code: tn-002', 'code: tn-003');
		edit(c, 'products/che-cu/product.yaml', /date: \S+/, 'date: 2023-01-01');
		// Revoked, yet still listed at a centre and a sales point.
		edit(
			c,
			'products/che-thu-nghiem/product.yaml',
			/(issuer: [^\n]*\n)/,
			'$1  revoked: { date: 2026-05-01, reason: { vi: Vi phạm., en: A breach. } }\n',
		);
		// Expires on 2027-01-10, within 90 days.
		edit(c, `${PRODUCT}/product.yaml`, 'date: 2024-03-15', 'date: 2024-01-10');
		// A picture 400 px wide, and one over 2 MB.
		await sharp({ create: { width: 400, height: 300, channels: 3, background: '#7a5' } })
			.jpeg()
			.toFile(join(c, PRODUCT, 'narrow.jpg'));
		cpSync(join(c, PRODUCT, 'cover.jpg'), join(c, PRODUCT, 'large.jpg'));
		appendFileSync(join(c, PRODUCT, 'large.jpg'), Buffer.alloc(2.2 * 1024 * 1024));
		edit(
			c,
			`${PRODUCT}/product.yaml`,
			'sample: true',
			'  - { src: ./narrow.jpg, alt: { vi: Ảnh hẹp, en: A narrow picture } }\n  - { src: ./large.jpg, alt: { vi: Ảnh nặng, en: A heavy picture } }\nsample: true',
		);
	});

describe('warnings', () => {
	it('are printed with their lines and do not fail the check', async () => {
		const run = check(await warningsOnly());
		expect(run.code).toBe(0);
		expect(run.stderr).toBe('');
		expect(run.stdout.replace(/\d+ ms/g, 'N ms')).toMatchInlineSnapshot(`
			"Có 7 cảnh báo (không chặn việc xây dựng trang). / 7 warning(s) (they do not stop the build).

			1. content/products/che-cu/product.yaml:9:9 — certificate.date [OCOP-W002 certificate-expired]
			   vi: Giấy chứng nhận OCOP (quyết định ngày 2023-01-01) đã hết hạn từ 2026-01-01; trang sản phẩm ghi "đã hết hạn". Cách sửa: nếu sản phẩm đã được công nhận lại, ghi số và ngày của quyết định mới vào \`certificate\`; nếu không, rút sản phẩm khỏi danh mục.
			   en: The OCOP certificate (decision of 2023-01-01) expired on 2026-01-01; the product page says "expired". Fix: if the product was recognised again, write the new decision's number and date in \`certificate\`; if not, retire the product.
			2. content/products/che-cu/story.en.mdx [OCOP-W001 missing-en-story]
			   vi: Chưa có câu chuyện tiếng Anh; trang tiếng Anh đang hiện bản tiếng Việt kèm một lời nhắn. Cách sửa: tạo story.en.mdx với \`name:\`, \`summary:\` và câu chuyện bằng tiếng Anh.
			   en: There is no English story; the English page shows the Vietnamese one under a notice. Fix: create story.en.mdx with \`name:\`, \`summary:\` and the story in English.
			3. content/products/che-thu-nghiem/product.yaml:13:14 — salesPoints [OCOP-W004 revoked-still-sold]
			   vi: Chứng nhận OCOP của sản phẩm đã bị thu hồi ngày 2026-05-01 nhưng sản phẩm vẫn được ghi ở lac-duong, thanh-oai. Cách sửa: xoá các mục này khỏi \`centres\` và \`salesPoints\` (ghi \`[]\`).
			   en: The product's OCOP certificate was revoked on 2026-05-01 but it is still listed at lac-duong, thanh-oai. Fix: remove them from \`centres\` and \`salesPoints\` (write \`[]\`).
			4. content/products/che-thu-nghiem/story.en.mdx [OCOP-W001 missing-en-story]
			   vi: Chưa có câu chuyện tiếng Anh; trang tiếng Anh đang hiện bản tiếng Việt kèm một lời nhắn. Cách sửa: tạo story.en.mdx với \`name:\`, \`summary:\` và câu chuyện bằng tiếng Anh.
			   en: There is no English story; the English page shows the Vietnamese one under a notice. Fix: create story.en.mdx with \`name:\`, \`summary:\` and the story in English.
			5. content/products/non-thu-nghiem/product.yaml:9:9 — certificate.date [OCOP-W003 certificate-expiring]
			   vi: Giấy chứng nhận OCOP (quyết định ngày 2024-01-10) hết hạn vào 2027-01-10, trong vòng 90 ngày tới. Cách sửa: nhắc chủ thể xin đánh giá lại; khi có quyết định mới, ghi vào \`certificate\`.
			   en: The OCOP certificate (decision of 2024-01-10) expires on 2027-01-10, within the next 90 days. Fix: remind the producer to apply for re-assessment; write the new decision in \`certificate\` when it comes.
			6. content/products/non-thu-nghiem/product.yaml:15:12 — images[1].src [OCOP-W006 picture-too-narrow]
			   vi: Ảnh "./narrow.jpg" chỉ rộng 400 điểm ảnh, sẽ bị mờ. Cách sửa: dùng ảnh gốc rộng ít nhất 800 điểm ảnh.
			   en: The picture "./narrow.jpg" is only 400 pixels wide and will look blurred. Fix: use an original at least 800 pixels wide.
			7. content/products/non-thu-nghiem/product.yaml:16:12 — images[2].src [OCOP-W005 picture-too-large]
			   vi: Ảnh "./large.jpg" nặng 2.2 MB, quá 2 MB: trang tải chậm trên điện thoại. Cách sửa: lưu lại ảnh dạng JPEG chất lượng khoảng 80, rộng khoảng 2000 điểm ảnh.
			   en: The picture "./large.jpg" weighs 2.2 MB, over 2 MB: pages load slowly on phones. Fix: save it again as a JPEG of quality about 80, about 2000 pixels wide.

			Tóm tắt / Summary: 3 sản phẩm / products, 1 chủ thể / producers, 2 huyện / districts.
			  Hạng sao / Stars: 3★ 2 · 4★ 1 · 5★ 0
			  Chứng nhận / Certificates: còn hiệu lực / valid 1 · hết hạn / expired 1 · bị thu hồi / revoked 1
			  Có câu chuyện tiếng Anh / With an English story: 1 / 3 (33 %)
			  Thời gian / Time: N ms
			Nội dung hợp lệ / Content is valid: 3 sản phẩm / products (N ms)."
		`);
	});
});

// Each test starts Node on its own; the machine may be busy.
describe('npm run check:content', { timeout: 60_000 }, () => {
	it('exits non-zero on an error and prints it on stderr', async () => {
		const run = cli(await copy((c) => edit(c, `${PRODUCT}/product.yaml`, 'stars: 4', 'stars: 7')));
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('content/products/non-thu-nghiem/product.yaml:2:8 — stars [OCOP-E002 invalid-value]');
	});

	it('exits zero with warnings only, and prints them', async () => {
		const run = cli(await warningsOnly());
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('[OCOP-W003 certificate-expiring]');
		expect(run.stdout).toContain('Nội dung hợp lệ / Content is valid: 3 sản phẩm / products');
	});

	it('prints one JSON object with --json, errors and warnings apart, each with its id and line', async () => {
		const run = cli(
			await copy((c) => {
				edit(c, `${PRODUCT}/product.yaml`, 'district: thanh-oai', 'district: thanh-oia');
			}),
			'--json',
		);
		expect(run.status).toBe(1);
		const report = JSON.parse(run.stdout) as JsonReport;
		expect(report.ok).toBe(false);
		expect(report.errors.map((p) => [p.id, p.name, p.file, p.line, p.column, p.field, p.suggestions])).toEqual([
			['OCOP-E006', 'unknown-reference', 'content/products/non-thu-nghiem/product.yaml', 5, 11, 'district', ['thanh-oai']],
		]);
		expect(report.warnings.map((p) => p.name)).toEqual(['certificate-expired', 'missing-en-story']);
		expect(report.summary).toMatchObject({ products: 2, stars: { 3: 1, 4: 1, 5: 0 }, english: 1 });
	});
});

describe('content/synonyms.yaml in the content check', () => {
	it('reports its mistakes with file and line, with or without the kept units, and when it alone changed', async () => {
		const dir = await copy((content) => writeFileSync(join(content, 'synonyms.yaml'), '- words: cà phê\n  also: [cafe]\n- words: trà\n'));
		const plain = check(dir);
		expect(plain.code).toBe(1);
		expect(plain.stderr).toContain('content/synonyms.yaml:3 — [1].also [OCOP-E032 synonym-invalid]');
		const cacheDir = join(dir, 'cache');
		const cached = () => runCheck({ contentDir: join(dir, 'content'), root: dir, asOf: AS_OF, cacheDir });
		expect(cached().stderr).toContain('[OCOP-E032 synonym-invalid]');
		// The second run reuses every unit: the synonyms file is read again all the same.
		expect(cached().stderr).toContain('[OCOP-E032 synonym-invalid]');
		writeFileSync(join(dir, 'content', 'synonyms.yaml'), '- words: cà phê\n  also: [cafe]\n');
		expect(cached().code).toBe(0);
	});
});
