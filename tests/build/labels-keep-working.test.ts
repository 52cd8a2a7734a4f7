/**
 * Labels printed from one build keep working after the catalogue changes: the minimal fixture is
 * built, then a product folder is renamed (recording `formerSlugs`) and another product's
 * certificate revoked, and the site built again into another folder. Old product addresses and the
 * permalinks in the first build's QR codes must still reach the products. A product that takes a
 * retired product's code stops the build. The first build puts one label on a page of a label sheet
 * (OCOP_LABELS_PER_SITE_PAGE=1, src/lib/labels.ts), so that a sheet of the two products has two pages.
 */
import { appendFileSync, cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareCodes } from '../../src/lib/buyers/product-sheets.ts';
import { labelSheetPath, permalinkPath, productLabelPath, qrImagePath, routePath } from '../../src/lib/routes.ts';
import { buildSite } from '../helpers/build.ts';
import { ROOT, TEST_SITE, TMP } from '../helpers/paths.ts';
import { readSymbol } from '../helpers/qr.ts';
import { page } from '../helpers/site.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/minimal');
const WORK = join(TMP, 'labels-keep-working');
const BEFORE = join(WORK, 'before');
const AFTER = join(WORK, 'after');
const OLD = 'non-thu-nghiem';
const NEW = 'non-la-phuong-trung-thu-nghiem';

/** Follows a redirect page's meta refresh, if any, within the built site `dir`. */
function follow(path: string, dir: string): string {
	const refresh = page(path, dir)('meta[http-equiv="refresh"]').attr('content');
	return refresh ? (/url=(.+)$/.exec(refresh)?.[1] ?? path) : path;
}

beforeAll(() => {
	rmSync(WORK, { recursive: true, force: true });
	const first = buildSite('tests/fixtures/minimal', BEFORE, { OCOP_LABELS_PER_SITE_PAGE: '1' });
	if (first.status !== 0) throw new Error(`The minimal fixture did not build:\n${first.output.slice(-3000)}`);
	// The editor renames the folder and records its old name; another certificate gets revoked.
	const content = join(WORK, 'content');
	cpSync(FIXTURE, content, { recursive: true });
	renameSync(join(content, 'products', OLD), join(content, 'products', NEW));
	appendFileSync(join(content, 'products', NEW, 'product.yaml'), `formerSlugs: [${OLD}]\n`);
	const che = join(content, 'products/che-thu-nghiem/product.yaml');
	writeFileSync(
		che,
		readFileSync(che, 'utf8').replace(
			/(\n {2}issuer: [^\n]+)/,
			'$1\n  revoked: { date: 2025-05-02, reason: { vi: Vi phạm quy định ghi nhãn, en: Labelling rules were broken } }',
		),
	);
	const second = buildSite(content, AFTER);
	if (second.status !== 0) throw new Error(`The changed fixture did not build:\n${second.output.slice(-3000)}`);
}, 240_000);

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('labels printed before a product folder was renamed', () => {
	it('still reach the product: the QR code of the first build leads through the permalink to the renamed product in both languages', async () => {
		const symbol = await readSymbol(readFileSync(join(BEFORE, qrImagePath('tn-001', 'png'))));
		expect(symbol.text).toBe(`${TEST_SITE}${permalinkPath('tn-001')}`);
		const $ = page(new URL(symbol.text).pathname, AFTER);
		for (const locale of ['vi', 'en'] as const) {
			const target = $(`[data-permalink-redirect] a[data-locale="${locale}"]`).attr('href') ?? '';
			expect(target).toBe(routePath(locale, { key: 'products', id: NEW }));
			expect(page(target, AFTER)('[data-code]').first().attr('data-code')).toBe('tn-001');
		}
		const noscript = cheerio.load($('head noscript').text());
		expect(noscript('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${routePath('vi', { key: 'products', id: NEW })}`);
	});

	it('leave the old product addresses working in both languages, as redirects to the new ones', () => {
		for (const locale of ['vi', 'en'] as const) {
			const old = routePath(locale, { key: 'products', id: OLD });
			expect(page(old, BEFORE)('[data-code]').first().attr('data-code')).toBe('tn-001');
			const to = follow(old, AFTER);
			expect(to, old).toBe(routePath(locale, { key: 'products', id: NEW }));
			const $ = page(old, AFTER);
			expect($('html').attr('lang')).toBe(locale);
			expect($('link[rel="canonical"]').attr('href')).toBe(`${TEST_SITE}${to}`);
			expect($('meta[name="robots"]').attr('content')).toBe('noindex');
			expect(page(to, AFTER)('[data-code]').first().attr('data-code')).toBe('tn-001');
		}
	});

	it('keep the old addresses out of the sitemap', () => {
		const xml = readFileSync(join(AFTER, 'sitemap-0.xml'), 'utf8');
		expect(xml).toContain(`/${NEW}/`);
		expect(xml).not.toContain(`/${OLD}/`);
	});
});

describe('labels printed before a certificate was revoked', () => {
	it('lead to a page that says so in both languages, and no new label is printed for the product', () => {
		const $ = page(permalinkPath('tn-002'), AFTER);
		expect($('[data-permalink]').attr('data-permalink')).toBe('revoked');
		expect($('.notice').first().text()).toContain('đã bị thu hồi ngày 02/05/2025');
		expect($('.notice[lang="en"]').text()).toContain('was revoked on 2 May 2025');
		expect($('.notice[lang="en"]').text()).toContain('Labelling rules were broken');
		const sheet = page(labelSheetPath({ type: 'centre', id: 'lac-duong' }), AFTER);
		expect(sheet('.label').length).toBe(0);
		expect(sheet('.explain').first().text()).toContain('không in tem: 1');
		expect(sheet('.explain[lang="en"]').text()).toContain('revoked: 1');
		const district = page(labelSheetPath({ type: 'district', id: 'lac-duong' }), AFTER);
		expect(district('.label').length).toBe(0);
		expect(district('.explain[lang="en"]').text()).toContain('revoked: 1');
		for (const locale of ['vi', 'en'] as const)
			expect(page(routePath(locale, { key: 'products', id: 'che-thu-nghiem' }), AFTER)('a[href^="/in/"]').length, locale).toBe(0);
		// Before the revocation its page linked its label on the district's sheet, and the label was there.
		const before = page(routePath('vi', { key: 'products', id: 'che-thu-nghiem' }), BEFORE)('a[href^="/in/"]').attr('href');
		expect(before).toBe(productLabelPath('tn-002', 'lac-duong', 1));
		expect(page(labelSheetPath({ type: 'district', id: 'lac-duong' }), BEFORE)('#label-tn-002').attr('data-label')).toBe('tn-002');
	});
});

describe('a label sheet of more labels than a page holds', () => {
	// Built with one label a page: the sales point thanh-oai stocks both products of the fixture.
	const place = { type: 'salesPoint', id: 'thanh-oai' } as const;
	const codes = ['tn-001', 'tn-002'];

	it('is two pages, page 1 at the sheet’s address, whose labels together are all the place’s products, each once, by code', () => {
		const paths = [labelSheetPath(place), labelSheetPath(place, 2)];
		expect(paths).toEqual(['/in/sales-points/thanh-oai/', '/in/sales-points/thanh-oai/2/']);
		const labels = paths.map((path) => {
			const $ = page(path, BEFORE);
			return $('.label')
				.map((_, el) => $(el).attr('data-label'))
				.get();
		});
		expect(labels.map((l) => l.length)).toEqual([1, 1]);
		expect(labels.flat()).toEqual([...codes].sort(compareCodes));
		expect(existsSync(join(BEFORE, 'in/sales-points/thanh-oai/3'))).toBe(false);
	});

	it('says which page it is in the title and heading, links every page by number, and counts the labels of the place', () => {
		for (const n of [1, 2]) {
			const $ = page(labelSheetPath(place, n), BEFORE);
			expect($('title').text(), `${n}`).toContain(`(${n}/2)`);
			expect($('h1').text(), `${n}`).toContain(`(${n}/2)`);
			expect($('h1 [lang="en"]').text(), `${n}`).toContain(`(${n}/2)`);
			const links = $('nav.all-labels a');
			expect(links.map((_, a) => $(a).attr('href')).get()).toEqual([labelSheetPath(place), labelSheetPath(place, 2)]);
			expect(links.map((_, a) => $(a).text().trim()).get()).toEqual(['1', '2']);
			expect($('nav.all-labels a[aria-current="page"]').attr('href')).toBe(labelSheetPath(place, n));
			expect($('.explain[lang="en"]').text()).toContain(`Labels ${n}–${n} of 2 · A4 pages: 1`);
			expect($('.explain').first().text()).toContain(`Tem ${n}–${n} trong 2 tem · Số trang A4: 1`);
			expect($('link[rel="canonical"]').attr('href')).toBe(`${TEST_SITE}${labelSheetPath(place, n)}`);
		}
	});

	it('keeps its pages out of the sitemap', () => {
		const xml = readFileSync(join(BEFORE, 'sitemap-0.xml'), 'utf8');
		expect(xml).not.toContain('/in/');
	});
});

describe('a product given the code of a retired product', () => {
	it('stops the build, naming the file, the field and the fix in both languages, and leaves no dist/', () => {
		const dir = join(WORK, 'reused');
		cpSync(FIXTURE, join(dir, 'content'), { recursive: true });
		writeFileSync(
			join(dir, 'content', 'retired-products.yaml'),
			'- { code: tn-001, name: { vi: Nón cũ, en: Old hat }, district: thanh-oai, date: 2025-01-10, reason: { vi: Ngừng sản xuất, en: No longer made } }\n',
		);
		const out = join(dir, 'dist');
		const result = buildSite(join(dir, 'content'), out);
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(/products\/non-thu-nghiem\/product\.yaml:\d+:\d+ — code/);
		expect(result.output).toContain('Mã sản phẩm "tn-001" bị dùng lại cho một sản phẩm khác');
		expect(result.output).toContain('The product code "tn-001" is reused for another product');
		expect(existsSync(out)).toBe(false);
	});
});
