/**
 * The one-page product sheet for buyers in Chromium: the sample product with every trade fact
 * filled prints on one A4 page (its sheet alone, from its district's page of sheets), and its printed barcode and QR code read back to its GTIN and its
 * permanent link, decoded from a screenshot of the printed layout by libraries that did not draw
 * them (@zxing/library for the barcode, jsQR for the QR code). Printed without a targeted sheet,
 * a page of sheets prints each of its sheets on one A4 page; on a phone's screen it fits the width.
 */
import AxeBuilder from '@axe-core/playwright';
import { BarcodeFormat, BinaryBitmap, DecodeHintType, HybridBinarizer, MultiFormatReader, RGBLuminanceSource } from '@zxing/library';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/files.ts';
import { permalinkPath, productSheetId, routePath } from '../../src/lib/routes.ts';
import { useSiteInBrowser } from '../helpers/browser.ts';
import { page as builtPage } from '../helpers/site.ts';
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

/** The link to a product's sheet that its page gives (its district's page of sheets, with the page number, and its fragment). */
const sheetLink = (slug: string, locale: 'vi' | 'en') =>
	builtPage(routePath(locale, { key: 'products', id: slug }))('a[href*="#sheet-"]')
		.first()
		.attr('href') ?? '';
/** The district with the most products in the sample: its page of sheets holds several. */
const busiest = [...Map.groupBy(products, (p) => p.facts.district)].sort((a, b) => b[1].length - a[1].length)[0]?.[1] ?? [];
/** A product of it that has a sheet (the link a revoked product's page lacks). */
const inBusiest = busiest.find((p) => sheetLink(p.slug, 'vi') !== '');

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
			await page.goto(`${site.origin}${sheetLink(full?.slug ?? '', locale)}`);
			await page.emulateMedia({ media: 'print' });
			const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
			expect(pdfPages(pdf)).toBe(1);
			await page.close();
		});
	}

	it('prints only the sheet its link targets, without JavaScript, and every sheet of the page, one A4 page each, without a target', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const link = sheetLink(inBusiest?.slug ?? '', 'vi');
		expect(link).toMatch(/^\/in\/products\/[^#]+\/#sheet-/);
		await page.goto(`${site.origin}${link.split('#')[0]}`);
		const sheets = await page.locator('article.page').count();
		expect(sheets).toBeGreaterThan(1);
		await page.emulateMedia({ media: 'print' });
		expect(pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }))).toBe(sheets);
		await page.goto(`${site.origin}${link}`);
		expect(pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }))).toBe(1);
		await context.close();
	});

	it('fits a 390 px phone’s screen, its QR code within the width, and still prints its sheet on one A4 page', async () => {
		const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true });
		const page = await context.newPage();
		await page.goto(`${site.origin}${sheetLink(full?.slug ?? '', 'vi')}`);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		const qr = await page.locator(`#${productSheetId(full?.facts.code ?? '')} [data-sheet-qr]`).boundingBox();
		expect(qr && qr.x >= 0 && qr.x + qr.width <= 390).toBe(true);
		await page.emulateMedia({ media: 'print' });
		expect(pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }))).toBe(1);
		await context.close();
	});

	it('prints a barcode and a QR code that read back to the GTIN and the permanent link', async () => {
		const page = await site.browser.newPage({ viewport: { width: 794, height: 1123 }, deviceScaleFactor: 3 });
		await page.goto(`${site.origin}${sheetLink(full?.slug ?? '', 'en')}`);
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
		expect(`${url.pathname}${url.hash}`).toBe(sheetLink(full?.slug ?? '', 'vi'));
		expect(url.hash).toBe(`#${productSheetId(full?.facts.code ?? '')}`);
		// Only the targeted sheet is shown, the district's others are hidden.
		expect(await page.locator('article.page:visible').count()).toBe(1);
		const { violations } = await new AxeBuilder({ page }).analyze();
		expect(violations.map((v) => v.id)).toEqual([]);
		await context.close();
	});
});
