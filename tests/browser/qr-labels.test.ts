/**
 * QR permalinks and printed label sheets in Debian's Chromium: the permalink opens the product in
 * the browser's language (and the script, not the no-script meta refresh, decides when JavaScript
 * is on); a sheet printed to PDF has its labels and its A4 pages.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { certificateState } from '../../src/lib/certificate.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { LABELS_PER_PAGE, LABELS_PER_SITE_PAGE } from '../../src/lib/labels.ts';
import { MIN_MODULE_MM } from '../../src/lib/media/qr.ts';
import { labelSheetPath, permalinkPath, productLabelPath, routePath, type Locale } from '../../src/lib/routes.ts';
import { useSiteInBrowser } from '../helpers/browser.ts';
import { AS_OF, ROOT } from '../helpers/paths.ts';

interface Facts {
	code: string;
	district: string;
	centres?: string[];
	salesPoints?: string[];
	certificate: { date: string | Date; revoked?: { date: string | Date } };
}
const content = readContent(`${ROOT}content`, ROOT);
const day = (d: string | Date) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
const products = content.products.map((p) => {
	const facts = p.data as Facts;
	const cert = facts.certificate;
	return {
		slug: p.id,
		facts,
		revoked: certificateState(day(cert.date), AS_OF, cert.revoked ? day(cert.revoked.date) : undefined).status === 'revoked',
	};
});
const current = products.filter((p) => !p.revoked);
const first = current[0] ?? { slug: '', facts: { code: '' } };
const labelsAt = (field: 'centres' | 'salesPoints', id: string) => current.filter((p) => (p.facts[field] ?? []).includes(id)).length;
const MM_PER_PX = 25.4 / 96;
/** The district with the most labelled products, and one of them, whose label the sheet shows among others. */
const districtCounts = new Map<string, number>();
for (const p of current) districtCounts.set(p.facts.district, (districtCounts.get(p.facts.district) ?? 0) + 1);
const [busiest = '', busiestLabels = 0] = [...districtCounts].sort((a, b) => b[1] - a[1])[0] ?? [];
const target = current.filter((p) => p.facts.district === busiest).at(-1) ?? first;

/** Pages in a PDF. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

const site = useSiteInBrowser();

/** Opens a product's permalink in a fresh browser context and returns where it settled. */
async function land(options: BrowserContextOptions, slowScript = 0) {
	const context = await site.browser.newContext(options);
	const page = await context.newPage();
	const visited: string[] = [];
	page.on('framenavigated', (frame) => {
		if (frame === page.mainFrame()) visited.push(new URL(frame.url()).pathname);
	});
	if (slowScript) {
		await page.route('**/_astro/*.js', async (route) => {
			await new Promise((resolve) => setTimeout(resolve, slowScript));
			await route.continue();
		});
	}
	const product = (locale: Locale) => routePath(locale, { key: 'products', id: first.slug });
	await page.goto(site.origin + permalinkPath(first.facts.code));
	await page.waitForURL((url) => url.pathname !== permalinkPath(first.facts.code), { timeout: 10_000 });
	await page.waitForLoadState('load');
	const result = {
		path: new URL(page.url()).pathname,
		lang: await page.getAttribute('html', 'lang'),
		code: await page.getAttribute('[data-code]', 'data-code'),
		visited,
		product,
	};
	await context.close();
	return result;
}

describe('a QR permalink in the browser', () => {
	it('lands on the English product page when the browser prefers English', async () => {
		const result = await land({ locale: 'en-US' });
		expect(result).toMatchObject({ path: result.product('en'), lang: 'en', code: first.facts.code });
	});

	it('lands on the Vietnamese product page when the browser prefers Vietnamese', async () => {
		const result = await land({ locale: 'vi-VN' });
		expect(result).toMatchObject({ path: result.product('vi'), lang: 'vi', code: first.facts.code });
	});

	it('lands on the Vietnamese product page with JavaScript off, through the meta refresh', async () => {
		const result = await land({ locale: 'en-US', javaScriptEnabled: false });
		expect(result).toMatchObject({ path: result.product('vi'), lang: 'vi', code: first.facts.code });
	});

	it('lets the language script win over the meta refresh when JavaScript is on, even when the script is slow to arrive', async () => {
		const result = await land({ locale: 'en-US' }, 1500);
		expect(result).toMatchObject({ path: result.product('en'), lang: 'en' });
		expect(result.visited).not.toContain(result.product('vi'));
	});
});

describe('a sheet of QR labels in print', () => {
	const sheets = [
		{
			name: 'an OCOP centre',
			path: labelSheetPath({ type: 'centre', id: content.centres[0]?.id ?? '' }),
			labels: labelsAt('centres', content.centres[0]?.id ?? ''),
		},
		{
			name: 'a sales point with more than one page of labels',
			path: labelSheetPath({ type: 'salesPoint', id: 'ha-noi-hoan-kiem' }),
			labels: labelsAt('salesPoints', 'ha-noi-hoan-kiem'),
		},
	];

	it.each(sheets)('prints $name to A4 PDF with every label, 14 to a page, no label split across pages', async ({ path, labels }) => {
		expect(labels).toBeGreaterThan(0);
		const page = await site.browser.newPage();
		await page.goto(site.origin + path);
		await page.evaluate(() => document.fonts.ready);
		await page.emulateMedia({ media: 'print' });
		const seen = await page.evaluate(() => ({
			labels: [...document.querySelectorAll('.label')].filter((el) => el.getBoundingClientRect().height > 0).length,
			screenOnlyShown: [...document.querySelectorAll('.screen-only')].some((el) => el.getBoundingClientRect().height > 0),
			sheets: [...document.querySelectorAll('.sheet')].map((sheet) => {
				const top = sheet.getBoundingClientRect().top;
				return [...sheet.querySelectorAll('.label')].map((el) => el.getBoundingClientRect().bottom - top);
			}),
			qr: [...document.querySelectorAll('img.qr')].map((img) => img.getBoundingClientRect().width),
		}));
		expect(seen.labels).toBe(labels);
		expect(seen.screenOnlyShown).toBe(false);
		// Each sheet is one printed page: its labels all end within the 277 mm between the page margins.
		expect(seen.sheets.map((s) => s.length)).toEqual(
			Array.from({ length: Math.ceil(labels / LABELS_PER_PAGE) }, (_, i) => Math.min(LABELS_PER_PAGE, labels - i * LABELS_PER_PAGE)),
		);
		for (const bottoms of seen.sheets) expect(Math.max(...bottoms) * MM_PER_PX).toBeLessThanOrEqual(277);
		for (const width of seen.qr) {
			expect(width * MM_PER_PX).toBeCloseTo(32.8, 1);
			expect((width * MM_PER_PX) / 41).toBeGreaterThanOrEqual(MIN_MODULE_MM);
			expect(((width * MM_PER_PX) / 41) * 33).toBeGreaterThanOrEqual(25);
		}
		const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
		const pages = pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
		expect(pages.length).toBe(Math.ceil(labels / LABELS_PER_PAGE));
		// A4 is 595.28 × 841.89 points; Chromium rounds the page to whole CSS pixels.
		for (const box of pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)) {
			expect(Math.abs(Number(box[1]) - 595.28)).toBeLessThan(1.5);
			expect(Math.abs(Number(box[2]) - 841.89)).toBeLessThan(1.5);
		}
		await page.close();
	});

	it('passes axe’s accessibility checks, as do the pages of a retired and a revoked product code', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		const retired = (content.retired?.[0]?.data as { code: string } | undefined)?.code ?? '';
		const revoked = products.find((p) => p.revoked)?.facts.code ?? '';
		for (const path of [sheets[1]?.path ?? '', permalinkPath(retired), permalinkPath(revoked)]) {
			await page.goto(site.origin + path);
			const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
			expect(violations.map((v) => `${path}: ${v.id} ${v.help}`)).toEqual([]);
		}
		await context.close();
	});
});

describe('a district’s sheet of QR labels opened for one product', () => {
	const sheet = labelSheetPath({ type: 'district', id: busiest });

	/** What a district sheet shows: the labels laid out, and which of the header's lines. */
	const shown = () =>
		[...document.querySelectorAll<HTMLElement>('.label')]
			.filter((el) => el.getBoundingClientRect().height > 0)
			.map((el) => el.dataset['label'])
			.concat(
				[...document.querySelectorAll<HTMLElement>('.all-labels, .single-label')]
					.filter((el) => el.getBoundingClientRect().height > 0)
					.map((el) => `${el.className.split(' ')[0]}: ${el.textContent}`),
			);

	it('shows and prints only that label, on one A4 page, when followed from the product page with JavaScript off', async () => {
		expect(busiestLabels).toBeGreaterThan(1);
		// The sample's busiest district has one page of labels, so its product's label is on page 1.
		expect(busiestLabels).toBeLessThanOrEqual(LABELS_PER_SITE_PAGE);
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(site.origin + routePath('en', { key: 'products', id: target.slug }));
		await page.click(`a[href="${productLabelPath(target.facts.code, busiest, 1)}"]`);
		await page.waitForURL((url) => url.pathname === sheet);
		expect(new URL(page.url()).hash).toBe(`#label-${target.facts.code}`);
		await page.evaluate(() => document.fonts.ready);
		expect(await page.evaluate(shown)).toEqual([
			target.facts.code,
			'single-label: Đang hiện một tem. Xem cả ' + busiestLabels + ' tem của tờ này',
			'single-label: Showing one label. Show all ' + busiestLabels + ' labels of this sheet',
		]);
		await page.emulateMedia({ media: 'print' });
		expect(await page.evaluate(shown)).toEqual([target.facts.code]);
		expect(pdfPages(await page.pdf({ format: 'A4', printBackground: true }))).toBe(1);
		await page.emulateMedia({ media: 'screen' });
		// "Show all" leads to the whole sheet.
		await page.click('.explain[lang="en"] .single-label a');
		await page.waitForURL((url) => url.hash === '');
		expect((await page.evaluate(shown)).filter((line) => !line?.includes(':'))).toHaveLength(busiestLabels);
		await context.close();
	});

	it('shows every label of the district and its counts without a fragment, and prints them all', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.origin + sheet);
		await page.evaluate(() => document.fonts.ready);
		const pages = Math.ceil(busiestLabels / LABELS_PER_PAGE);
		const seen = await page.evaluate(shown);
		expect(seen.filter((line) => !line?.includes(':'))).toHaveLength(busiestLabels);
		expect(seen.filter((line) => line?.includes(':'))).toEqual([
			`all-labels: Số tem: ${busiestLabels} · Số trang A4: ${pages}`,
			`all-labels: Labels: ${busiestLabels} · A4 pages: ${pages}`,
		]);
		expect(pdfPages(await page.pdf({ format: 'A4', printBackground: true }))).toBe(pages);
		await page.close();
	});

	it('prints a label of the first page of a sheet of several pages alone, on one A4 page', async () => {
		const path = labelSheetPath({ type: 'salesPoint', id: 'ha-noi-hoan-kiem' });
		expect(labelsAt('salesPoints', 'ha-noi-hoan-kiem')).toBeGreaterThan(LABELS_PER_PAGE);
		const page = await site.browser.newPage();
		await page.goto(site.origin + path);
		const code = (await page.getAttribute('.sheet:first-of-type .label', 'data-label')) ?? '';
		await page.goto(`${site.origin}${path}#label-${code}`);
		await page.evaluate(() => document.fonts.ready);
		await page.emulateMedia({ media: 'print' });
		expect(await page.evaluate(shown)).toEqual([code]);
		expect(pdfPages(await page.pdf({ format: 'A4', printBackground: true }))).toBe(1);
		await page.close();
	});

	it('passes axe’s accessibility checks with one label shown', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		const path = productLabelPath(target.facts.code, busiest, 1);
		await page.goto(site.origin + path);
		const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
		expect(violations.map((v) => `${path}: ${v.id} ${v.help}`)).toEqual([]);
		await context.close();
	});
});
