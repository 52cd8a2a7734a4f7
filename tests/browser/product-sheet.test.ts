/**
 * The one-page product sheet for buyers in Chromium: the sample product with every trade fact
 * filled prints on one A4 page (its sheet alone, from its district's page of sheets), and its printed barcode and QR code read back to its GTIN and its
 * permanent link, decoded from a screenshot of the printed layout by libraries that did not draw
 * them (@zxing/library for the barcode, jsQR for the QR code).
 */
import AxeBuilder from '@axe-core/playwright';
import { BarcodeFormat, BinaryBitmap, DecodeHintType, HybridBinarizer, MultiFormatReader, RGBLuminanceSource } from '@zxing/library';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/files.ts';
import { permalinkPath, productSheetId, productSheetPath, routePath } from '../../src/lib/routes.ts';
import { useSiteInBrowser } from '../helpers/browser.ts';
import { pixels, readSymbol } from '../helpers/qr.ts';
import { ROOT, TEST_SITE } from '../helpers/paths.ts';

interface Facts {
	code: string;
	district: string;
	trade?: Record<string, unknown> & { gtin?: string };
	certifications?: unknown[];
}
const TRADE_FIELDS = [
	'netContent',
	'shelfLife',
	'storage',
	'ingredients',
	'allergens',
	'minimumOrder',
	'capacity',
	'leadTimeDays',
	'wholesalePrice',
	'exportMarkets',
	'gtin',
	'hsCode',
];
const products = readContent(`${ROOT}content`, ROOT).products.map((p) => ({ slug: p.id, facts: p.data as Facts }));
/** The sample product with every trade fact filled, and the most certifications. */
const full = products
	.filter((p) => TRADE_FIELDS.every((k) => p.facts.trade?.[k] !== undefined))
	.sort((a, b) => (b.facts.certifications?.length ?? 0) - (a.facts.certifications?.length ?? 0))[0];

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

const site = useSiteInBrowser();

/** Decodes a 1D barcode from a PNG with ZXing (EAN-8, EAN-13, UPC-A, ITF). */
async function readBarcode(png: Buffer): Promise<string> {
	const { data, width, height } = await pixels(png);
	const luminance = new Uint8ClampedArray(width * height);
	for (let i = 0; i < luminance.length; i++) luminance[i] = data[i * 4] ?? 255;
	const reader = new MultiFormatReader();
	const hints = new Map<DecodeHintType, unknown>([
		[DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.EAN_13, BarcodeFormat.EAN_8, BarcodeFormat.UPC_A, BarcodeFormat.ITF]],
		[DecodeHintType.TRY_HARDER, true],
	]);
	return reader.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminance, width, height))), hints).getText();
}

describe('the one-page product sheet', () => {
	it('exists in the sample for a product with every trade fact filled', () => {
		expect(full?.facts.trade?.gtin).toMatch(/^\d{8,14}$/);
	});

	for (const locale of ['vi', 'en'] as const) {
		it(`prints the fully filled product on one A4 page, from its link to its district's sheets (${locale})`, async () => {
			const page = await site.browser.newPage();
			await page.goto(`${site.origin}${productSheetPath(full?.facts.code ?? '', full?.facts.district ?? '', locale)}`);
			await page.emulateMedia({ media: 'print' });
			const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
			expect(pdfPages(pdf)).toBe(1);
			await page.close();
		});
	}

	it('prints a barcode and a QR code that read back to the GTIN and the permanent link', async () => {
		const page = await site.browser.newPage({ viewport: { width: 794, height: 1123 }, deviceScaleFactor: 3 });
		await page.goto(`${site.origin}${productSheetPath(full?.facts.code ?? '', full?.facts.district ?? '', 'en')}`);
		await page.emulateMedia({ media: 'print' });
		const sheet = page.locator(`#${productSheetId(full?.facts.code ?? '')}`);
		const barcode = await sheet.locator('[data-barcode] .bars').screenshot();
		expect(await readBarcode(barcode)).toBe(full?.facts.trade?.gtin);
		const qr = await sheet.locator('[data-sheet-qr]').screenshot();
		expect((await readSymbol(qr)).text).toBe(new URL(permalinkPath(full?.facts.code ?? ''), TEST_SITE).href);
		await page.close();
	});

	it('is linked from the product page and has no accessibility violations', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		await page.goto(`${site.origin}${routePath('vi', { key: 'products', id: full?.slug ?? '' })}`);
		await page.locator('[data-buyers] [data-sheet-link]').click();
		const url = new URL(page.url());
		expect(`${url.pathname}${url.hash}`).toBe(productSheetPath(full?.facts.code ?? '', full?.facts.district ?? '', 'vi'));
		// Only the targeted sheet is shown, the district's others are hidden.
		expect(await page.locator('article.page:visible').count()).toBe(1);
		const { violations } = await new AxeBuilder({ page }).analyze();
		expect(violations.map((v) => v.id)).toEqual([]);
		await context.close();
	});
});
