/** QR symbols and label sheets: sizes that phones can read, and pages that never split a label. */
import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import {
	displayUrl,
	MIN_MODULE_MM,
	QR_ERROR_CORRECTION,
	QR_MIN_VERSION,
	QR_PRINT_MM,
	QR_QUIET_ZONE,
	qrSvg,
	qrSymbol,
} from '../../src/lib/media/qr.ts';
import {
	LABEL_MM,
	LABELS_PER_PAGE,
	labelledProducts,
	labelPages,
	PAGE_MARGIN_MM,
	LABEL_COLUMNS,
	LABEL_ROWS,
} from '../../src/lib/labels.ts';
import { absoluteUrl, labelSheetPath, permalinkPath, productLabelPath, qrImagePath } from '../../src/lib/routes.ts';

const sample = absoluteUrl(permalinkPath('hn-001'), 'https://ocop.example.org');

describe('the QR symbol of a permalink', () => {
	it('encodes the 34-byte sample permalink as version 4 (33 modules) at level Q, since version 3 holds 32 bytes', () => {
		expect(sample).toBe('https://ocop.example.org/p/hn-001/');
		expect(Buffer.byteLength(sample)).toBe(34);
		expect(qrSymbol(sample)).toMatchObject({ version: 4, modules: 33 });
		expect(QRCode.create('x'.repeat(32), { errorCorrectionLevel: QR_ERROR_CORRECTION, version: 3 }).version).toBe(3);
		expect(() => QRCode.create('x'.repeat(33), { errorCorrectionLevel: QR_ERROR_CORRECTION, version: 3 })).toThrow(/cannot contain/);
	});

	it('prints 0.8 mm modules and a 26.4 mm symbol on a label, above the 0.4 mm and 2.5 cm minimums', () => {
		const s = qrSymbol(sample);
		expect(s.moduleMm).toBeCloseTo(0.8, 6);
		expect(s.symbolMm).toBeCloseTo(26.4, 6);
		expect(QR_PRINT_MM).toBeCloseTo((33 + 8) * 0.8, 6);
	});

	it('stays within the size limits for the shortest site and the longest code the schema allows', () => {
		for (const url of ['https://a.vn/p/x1-1/', absoluteUrl(permalinkPath('abcdefgh-12345'), 'https://sanphamocop.example.gov.vn')]) {
			const s = qrSymbol(url);
			expect(s.moduleMm, url).toBeGreaterThanOrEqual(MIN_MODULE_MM);
			expect(s.symbolMm, url).toBeGreaterThanOrEqual(25);
		}
	});

	it('refuses a URL so long that modules would print under 0.4 mm', () => {
		expect(() => qrSymbol(`https://${'a'.repeat(400)}.vn/p/hn-001/`)).toThrow(/Shorten SITE_URL/);
	});

	it("writes as SVG exactly what qrcode's own toString writes for the URL, at the smallest version the labels allow", async () => {
		for (const url of [sample, 'https://a.vn/p/x/', absoluteUrl(permalinkPath('hcm-2024-00017'), 'https://ocop.example.org/base')]) {
			const version = Math.max(QRCode.create(url, { errorCorrectionLevel: QR_ERROR_CORRECTION }).version, QR_MIN_VERSION);
			const expected = await QRCode.toString(url, {
				errorCorrectionLevel: QR_ERROR_CORRECTION,
				margin: QR_QUIET_ZONE,
				version,
				type: 'svg',
			});
			expect(await qrSvg(url)).toBe(expected.replace('<svg ', `<svg width="${QR_PRINT_MM}mm" height="${QR_PRINT_MM}mm" `));
		}
	});

	it('writes the permalink out without its scheme', () => {
		expect(displayUrl(sample)).toBe('ocop.example.org/p/hn-001/');
	});
});

describe('the addresses of QR symbols and label pages', () => {
	it('are short, language-neutral and under /qr/ and /in/', () => {
		expect(permalinkPath('hn-001')).toBe('/p/hn-001/');
		expect(qrImagePath('hn-001', 'svg')).toBe('/qr/hn-001.svg');
		expect(qrImagePath('hn-001', 'png')).toBe('/qr/hn-001.png');
		expect(labelSheetPath({ type: 'centre', id: 'lac-duong' })).toBe('/in/centres/lac-duong/');
		expect(labelSheetPath({ type: 'salesPoint', id: 'tam-ky' })).toBe('/in/sales-points/tam-ky/');
		expect(labelSheetPath({ type: 'district', id: 'gia-lam' })).toBe('/in/districts/gia-lam/');
		expect(productLabelPath('hn-001', 'gia-lam', 1)).toBe('/in/districts/gia-lam/#label-hn-001');
	});
});

describe('a sheet of labels', () => {
	it('fits 2 × 7 labels of 95 × 38 mm inside an A4 page with 10 mm margins', () => {
		expect(LABELS_PER_PAGE).toBe(14);
		expect(LABEL_COLUMNS * LABEL_MM.width).toBeLessThanOrEqual(210 - 2 * PAGE_MARGIN_MM);
		expect(LABEL_ROWS * LABEL_MM.height).toBeLessThanOrEqual(297 - 2 * PAGE_MARGIN_MM);
		expect(QR_PRINT_MM + 2 * 2.6).toBeLessThanOrEqual(LABEL_MM.height);
	});

	it('splits labels into whole pages of 14', () => {
		const labels = Array.from({ length: 29 }, (_, i) => i);
		expect(labelPages(labels).map((p) => p.length)).toEqual([14, 14, 1]);
		expect(labelPages([])).toEqual([]);
	});

	it('leaves out products whose certificate was revoked', () => {
		const p = (slug: string, status: 'valid' | 'expired' | 'revoked') => ({ slug, certificate: { status } });
		const { labelled, revoked } = labelledProducts([p('a', 'valid'), p('b', 'revoked'), p('c', 'expired')]);
		expect(labelled.map((x) => x.slug)).toEqual(['a', 'c']);
		expect(revoked.map((x) => x.slug)).toEqual(['b']);
	});
});
