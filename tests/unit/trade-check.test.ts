import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkAll, formatProblems, formatWarnings } from '../../src/lib/check/index.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { certificationStatus } from '../../src/lib/buyers/certifications.ts';
import { countryName, gtinCheckDigit, gtinValid, hasBuyerFacts } from '../../src/lib/buyers/trade.ts';
import { ROOT } from '../helpers/paths.ts';

const AS_OF = '2026-11-22';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/**
 * The check's report (errors, then warnings) on a copy of the minimal fixture whose first product
 * has `yaml` added at its end; warnings of the fixture as it is are left out.
 */
function reportWith(yaml: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'ocop-trade-'));
	dirs.push(dir);
	cpSync(`${ROOT}tests/fixtures/minimal`, dir, { recursive: true });
	const file = `${dir}/products/non-thu-nghiem/product.yaml`;
	writeFileSync(file, `${readFileSync(file, 'utf8')}${yaml}`);
	const { problems } = checkAll(readContent(dir, dir), AS_OF);
	const errors = problems.filter((p) => p.severity === 'error');
	const warnings = problems.filter((p) => p.severity === 'warning' && /^OCOP-W(009|010)$/.test(p.id));
	return [...(errors.length ? [formatProblems(errors)] : []), ...(warnings.length ? [formatWarnings(warnings)] : [])].join('\n\n');
}

describe('GTIN check digits', () => {
	it('accepts a GTIN-13, a GTIN-8, a UPC-A and a GTIN-14 whose last digit is their check digit', () => {
		expect(['4006381333931', '96385074', '036000291452', '10012345678902'].map(gtinValid)).toEqual([true, true, true, true]);
	});
	it('refuses a GTIN-13 with one digit changed', () => {
		expect(gtinValid('4006381333932')).toBe(false);
		expect(gtinCheckDigit('400638133393')).toBe(1);
	});
});

describe('certification status', () => {
	it('is valid through the last day printed on the certificate and expired the day after', () => {
		expect(certificationStatus({ expires: '2026-11-22' }, AS_OF)).toBe('valid');
		expect(certificationStatus({ expires: '2026-11-21' }, AS_OF)).toBe('expired');
	});
});

describe('country names', () => {
	it('names an ISO 3166 code in Vietnamese and English', () => {
		expect([countryName('JP', 'vi'), countryName('JP', 'en'), countryName('DE', 'vi')]).toEqual(['Nhật Bản', 'Japan', 'Đức']);
	});
});

describe('buyer facts', () => {
	it('are absent from a product with neither trade facts nor certifications', () => {
		expect(hasBuyerFacts({ certifications: [] })).toBe(false);
		expect(hasBuyerFacts({ certifications: [], trade: { exportMarkets: [] } })).toBe(false);
		expect(hasBuyerFacts({ certifications: [], trade: { leadTimeDays: 7 } })).toBe(true);
	});
});

describe('the content check of trade facts', () => {
	it('finds nothing wrong with complete, current trade facts', () => {
		expect(
			reportWith(`trade:
  gtin: "4006381333931"
  hsCode: "09012120"
  exportMarkets: [JP, KR]
  capacity: { quantity: 500, unit: { vi: kg, en: kg }, stated: 2026-06-01 }
certifications:
  - { scheme: organic, standard: TCVN 11041, number: HC-01, issuer: TQC, date: 2025-01-10, expires: 2028-01-09 }
`),
		).toBe('');
	});

	it('gives the right check digit of a mistyped GTIN, on its line', () => {
		expect(reportWith('trade: { gtin: "4006381333932" }\n')).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. products/non-thu-nghiem/product.yaml:16:16 — trade.gtin [OCOP-E034 gtin-check-digit]
			   vi: Mã vạch "4006381333932" có số kiểm tra 2, nhưng số kiểm tra của 400638133393 là 1. Cách sửa: chép lại dãy số dưới mã vạch trên bao bì; nếu các chữ số trước đúng, mã là "4006381333931".
			   en: The barcode "4006381333932" ends in check digit 2, but the check digit of 400638133393 is 1. Fix: copy the number under the barcode on the pack again; if the digits before it are right, the code is "4006381333931"."
		`);
	});

	it('suggests the closest scheme for an unknown certification', () => {
		expect(reportWith('certifications:\n  - { scheme: vietgapp, number: V-1, issuer: TQC, date: 2025-01-10, expires: 2028-01-09 }\n'))
			.toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. products/non-thu-nghiem/product.yaml:17:15 — certifications[0].scheme [OCOP-E035 unknown-certification]
			   vi: Loại chứng nhận "vietgapp" không có trong danh sách. Có phải ý bạn là \`vietgap\`? Cách sửa: ghi một trong \`vietgap\`, \`globalgap\`, \`organic\`, \`haccp\`, \`iso-22000\`, \`fssc-22000\`, \`iso-9001\`, \`brcgs\`, \`halal\`, \`kosher\`, \`fairtrade\`, \`rainforest-alliance\`, \`gacp-who\`.
			   en: The certification scheme "vietgapp" is not on the list. Did you mean \`vietgap\`? Fix: write one of \`vietgap\`, \`globalgap\`, \`organic\`, \`haccp\`, \`iso-22000\`, \`fssc-22000\`, \`iso-9001\`, \`brcgs\`, \`halal\`, \`kosher\`, \`fairtrade\`, \`rainforest-alliance\`, \`gacp-who\`."
		`);
	});

	it('refuses a country code that ISO 3166 does not have', () => {
		expect(reportWith('trade:\n  exportMarkets: [JP, UK]\n')).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. products/non-thu-nghiem/product.yaml:17:23 — trade.exportMarkets[1] [OCOP-E036 unknown-country]
			   vi: "UK" không phải mã quốc gia ISO 3166. Có phải ý bạn là \`UA\`, \`UG\`, \`UM\`? Cách sửa: ghi mã hai chữ in hoa của quốc gia, ví dụ \`JP\` (Nhật Bản), \`KR\` (Hàn Quốc), \`DE\` (Đức).
			   en: "UK" is not an ISO 3166 country code. Did you mean \`UA\`, \`UG\`, \`UM\`? Fix: write the country's two-letter code, e.g. \`JP\` (Japan), \`KR\` (Korea), \`DE\` (Germany)."
		`);
	});

	it('warns of an expired certification and of a capacity stated more than a year ago', () => {
		expect(
			reportWith(`trade:
  capacity: { quantity: 500, unit: { vi: kg, en: kg }, stated: 2025-10-01 }
certifications:
  - { scheme: haccp, number: H-7, issuer: QUACERT, date: 2022-01-10, expires: 2025-01-09 }
`),
		).toMatchInlineSnapshot(`
			"Có 2 cảnh báo (không chặn việc xây dựng trang). / 2 warning(s) (they do not stop the build).

			1. products/non-thu-nghiem/product.yaml:17:64 — trade.capacity.stated [OCOP-W010 capacity-stale]
			   vi: Sản lượng mỗi tháng được xác nhận ngày 2025-10-01, hơn 12 tháng trước. Cách sửa: hỏi lại chủ thể, ghi sản lượng và ngày xác nhận mới vào \`trade.capacity\`.
			   en: The monthly capacity was stated on 2025-10-01, more than 12 months ago. Fix: ask the producer again and write the capacity with the new date in \`trade.capacity\`.
			2. products/non-thu-nghiem/product.yaml:19:79 — certifications[0].expires [OCOP-W009 certification-expired]
			   vi: Chứng nhận số H-7 đã hết hiệu lực sau ngày 2025-01-09; trang sản phẩm ghi "đã hết hiệu lực". Cách sửa: nếu đã được cấp lại, ghi số và ngày của giấy mới; nếu không, xoá chứng nhận này khỏi \`certifications\`.
			   en: The certification H-7 expired after 2025-01-09; the product page says "expired". Fix: if it was renewed, write the new certificate's number and dates; if not, remove it from \`certifications\`."
		`);
	});

	it('asks for the standard of an organic certification', () => {
		expect(reportWith('certifications:\n  - { scheme: organic, number: O-1, issuer: TQC, date: 2025-01-10, expires: 2028-01-09 }\n'))
			.toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. products/non-thu-nghiem/product.yaml:17:15 — certifications[0].scheme [OCOP-E038 organic-without-standard]
			   vi: Chứng nhận hữu cơ số O-1 không ghi tiêu chuẩn; người mua cần biết là hữu cơ theo tiêu chuẩn nào. Cách sửa: thêm \`standard\`, ví dụ \`standard: TCVN 11041\`, \`USDA NOP\`, \`EU 2018/848\` hoặc \`JAS\`.
			   en: The organic certification O-1 names no standard; buyers need to know which one. Fix: add \`standard\`, e.g. \`standard: TCVN 11041\`, \`USDA NOP\`, \`EU 2018/848\` or \`JAS\`."
		`);
	});
});
