/**
 * Every QR symbol of the built sample site, read back with an independent decoder, and where it
 * leads: the permalink page, then the product in both languages. Also the pages around them: label
 * sheets, the product page's downloads, retired and revoked codes, former addresses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { certificateState } from '../../src/lib/certificate.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { compareCodes } from '../../src/lib/buyers/product-sheets.ts';
import { LABELS_PER_SITE_PAGE } from '../../src/lib/labels.ts';
import { labelSheetPath, permalinkPath, productLabelPath, qrImagePath, routePath, type Locale } from '../../src/lib/routes.ts';
import { AS_OF, ROOT, SITE_DIR, TEST_SITE } from '../helpers/paths.ts';
import { readSymbol } from '../helpers/qr.ts';
import { fileFor, htmlPages, page } from '../helpers/site.ts';

interface Facts {
	code: string;
	district: string;
	centres?: string[];
	salesPoints?: string[];
	formerSlugs?: string[];
	certificate: { date: string | Date; revoked?: { date: string | Date } };
}
const content = readContent(join(ROOT, 'content'), ROOT);
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
const retired = content.retired?.map((r) => r.data as { code: string; district: string }) ?? [];
const LOCALES: Locale[] = ['vi', 'en'];
const bySlug = new Map(products.map((p) => [p.slug, p]));

/** The page of its district's label sheet that holds a product's label: its district's current products by code, LABELS_PER_SITE_PAGE to a page. */
function labelPage(facts: Facts): number {
	const codes = products
		.filter((p) => p.facts.district === facts.district && !p.revoked)
		.map((p) => p.facts.code)
		.sort(compareCodes);
	return Math.floor(codes.indexOf(facts.code) / LABELS_PER_SITE_PAGE) + 1;
}

/** The product a built page shows, by its code. */
const productCodeAt = (path: string) => page(path)('[data-code]').first().attr('data-code');

/** Where a permalink page sends a visitor: its language links and its no-script meta refresh. */
function permalinkTargets(path: string) {
	const $ = page(path);
	const noscript = cheerio.load($('head noscript').text());
	return {
		kind: $('[data-permalink]').attr('data-permalink'),
		vi: $('[data-permalink-redirect] a[data-locale="vi"]').attr('href'),
		en: $('[data-permalink-redirect] a[data-locale="en"]').attr('href'),
		refresh: noscript('meta[http-equiv="refresh"]').attr('content'),
	};
}

describe('the QR codes of the sample site', () => {
	const files = readdirSync(join(SITE_DIR, 'qr')).sort();

	it('exist as SVG and PNG for every product, and for nothing else', () => {
		const expected = products.flatMap((p) => [qrImagePath(p.facts.code, 'png'), qrImagePath(p.facts.code, 'svg')]).sort();
		expect(files.map((f) => `/qr/${f}`)).toEqual(expected);
	});

	it('decode, every one, to the absolute permalink at level Q with a 4-module quiet zone, in version 4', async () => {
		for (const { facts } of products) {
			for (const format of ['svg', 'png'] as const) {
				const file = readFileSync(join(SITE_DIR, qrImagePath(facts.code, format)));
				const symbol = await readSymbol(file);
				const where = `${facts.code}.${format}`;
				expect(symbol.text, where).toBe(`${TEST_SITE}/p/${facts.code}/`);
				expect(symbol.errorCorrection, where).toBe('Q');
				expect(symbol.version, where).toBe(4);
				if (format === 'png') {
					expect(symbol.quietZone, where).toBe(4);
					expect(symbol.modulePx, where).toBe(16);
				} else {
					expect(Math.abs(symbol.quietZone - 4), where).toBeLessThan(0.25);
				}
			}
		}
	});

	it('print at 32.8 mm: the SVG says so in millimetres, over 41 modules (0.8 mm each)', () => {
		const svg = readFileSync(join(SITE_DIR, qrImagePath(products[0]?.facts.code ?? '', 'svg')), 'utf8');
		expect(svg).toMatch(/^<svg width="32.8mm" height="32.8mm" [^>]*viewBox="0 0 41 41"/);
	});

	it('lead to a permalink page that exists and sends the visitor to the right product in both languages', () => {
		for (const { slug, facts, revoked } of products) {
			const path = permalinkPath(facts.code);
			expect(fileFor(path), path).toBeTruthy();
			const $ = page(path);
			expect($('meta[name="robots"]').attr('content'), path).toBe('noindex');
			expect($('link[rel="canonical"]').attr('href'), path).toBe(`${TEST_SITE}${routePath('vi', { key: 'products', id: slug })}`);
			const vi = routePath('vi', { key: 'products', id: slug });
			const en = routePath('en', { key: 'products', id: slug });
			if (revoked) {
				expect(permalinkTargets(path), path).toEqual({ kind: 'revoked', vi: undefined, en: undefined, refresh: undefined });
				const hrefs = $('a')
					.map((_, a) => $(a).attr('href'))
					.get();
				expect(hrefs, path).toEqual(expect.arrayContaining([vi, en]));
			} else {
				expect(permalinkTargets(path), path).toEqual({ kind: 'redirect', vi, en, refresh: `0; url=${vi}` });
			}
			for (const target of [vi, en]) expect(productCodeAt(target), `${path} → ${target}`).toBe(facts.code);
		}
	});
});

describe('the permalink pages', () => {
	const pages = htmlPages().filter((p) => p.startsWith('/p/'));

	it('exist for every product code and every retired code, and no other', () => {
		expect(pages.sort()).toEqual([...products.map((p) => p.facts.code), ...retired.map((r) => r.code)].map(permalinkPath).sort());
		expect(retired.length).toBeGreaterThan(0);
	});

	it('are tiny, noindex, out of Pagefind, Vietnamese first with English marked, and run no inline script', () => {
		for (const path of pages) {
			const html = readFileSync(fileFor(path) ?? '', 'utf8');
			expect(Buffer.byteLength(html), path).toBeLessThan(6000);
			const $ = cheerio.load(html);
			expect($('html').attr('lang'), path).toBe('vi');
			expect($('body').attr('data-pagefind-ignore'), path).toBe('all');
			expect($('[data-pagefind-body]').length, path).toBe(0);
			expect($('meta[name="robots"]').attr('content'), path).toBe('noindex');
			expect($('link[rel="canonical"]').attr('href'), path).toMatch(/^https:\/\/ocop\.example\.org\//);
			expect($('script:not([src])').length, path).toBe(0);
			// Styles are always files (no inline <style>, for the CSP): one small stylesheet at most.
			expect($('link[rel="stylesheet"]').length, path).toBeLessThanOrEqual(1);
		}
	});

	it('say in both languages that a retired product left the catalogue, why, and link to its district and other products', () => {
		for (const r of retired) {
			const path = permalinkPath(r.code);
			const $ = page(path);
			expect($('[data-permalink]').attr('data-permalink')).toBe('retired');
			expect($('link[rel="canonical"]').attr('href')).toBe(`${TEST_SITE}${path}`);
			expect($('meta[http-equiv="refresh"], noscript, script').length).toBe(0);
			expect($('.notice').first().text()).toContain('không còn trong danh mục OCOP');
			expect($('.notice[lang="en"]').text()).toContain('has not been in the OCOP catalogue since');
			expect($('.notice').first().text()).toContain('Lý do:');
			expect($('.notice[lang="en"]').text()).toContain('Reason:');
			const hrefs = $('a')
				.map((_, a) => $(a).attr('href'))
				.get();
			for (const locale of LOCALES) {
				expect(hrefs).toContain(routePath(locale, { key: 'districts', id: r.district }));
				expect(hrefs).toContain(routePath(locale, { key: 'products' }));
			}
			const others = products.filter(
				(p) => !p.revoked && content.products.find((c) => c.id === p.slug && (c.data as { district: string }).district === r.district),
			);
			expect(others.length).toBeGreaterThan(0);
			for (const o of others) expect(hrefs).toContain(routePath('en', { key: 'products', id: o.slug }));
		}
	});

	it('say in both languages that a revoked certificate was revoked, linking to the product and its district without redirecting', () => {
		const revoked = products.filter((p) => p.revoked);
		expect(revoked.length).toBeGreaterThan(0);
		for (const { facts, slug } of revoked) {
			const $ = page(permalinkPath(facts.code));
			expect($('meta[http-equiv="refresh"], noscript, script').length).toBe(0);
			expect($('.notice').first().text()).toContain('đã bị thu hồi');
			expect($('.notice[lang="en"]').text()).toContain('was revoked on');
			const hrefs = $('a')
				.map((_, a) => $(a).attr('href'))
				.get();
			const district = (content.products.find((c) => c.id === slug)?.data as { district: string }).district;
			for (const locale of LOCALES) expect(hrefs).toContain(routePath(locale, { key: 'districts', id: district }));
		}
	});
});

describe('the product page', () => {
	it('links its permalink from the product code, and offers the QR code to download and its label on its district’s sheet to print', () => {
		for (const { slug, facts, revoked } of products) {
			for (const locale of LOCALES) {
				const $ = page(routePath(locale, { key: 'products', id: slug }));
				const where = `${locale} ${slug}`;
				expect($('.facts a[data-permalink-link]').attr('href'), where).toBe(permalinkPath(facts.code));
				const downloads = $('.facts a[download]');
				if (revoked) {
					expect(downloads.length, where).toBe(0);
					expect($('a[href^="/in/"]').length, where).toBe(0);
					continue;
				}
				expect(downloads.map((_, a) => $(a).attr('href')).get(), where).toEqual([
					qrImagePath(facts.code, 'svg'),
					qrImagePath(facts.code, 'png'),
				]);
				expect(downloads.first().text(), where).toBe(locale === 'vi' ? 'Tải mã QR (SVG, để in)' : 'Download the QR code (SVG, for print)');
				expect($(`.facts a[href="${productLabelPath(facts.code, facts.district, labelPage(facts))}"]`).length, where).toBe(1);
			}
		}
	});
});

describe('the printable label pages', () => {
	const places = [
		...content.centres.map((c) => ({ type: 'centre' as const, id: c.id, key: 'centres' as const, field: 'centres' as const })),
		...content.salesPoints.map((s) => ({
			type: 'salesPoint' as const,
			id: s.id,
			key: 'salesPoints' as const,
			field: 'salesPoints' as const,
		})),
	];
	// Label sheets: every print page but the one-page product sheets (tests/browser/product-sheet.test.ts).
	const sheets = htmlPages().filter((p) => p.startsWith('/in/') && !p.startsWith('/in/products/'));

	it('exist for every centre and sales point, linked from its page in both languages', () => {
		for (const place of places) {
			const sheet = labelSheetPath(place);
			expect(sheets, sheet).toContain(sheet);
			for (const locale of LOCALES)
				expect(page(routePath(locale, { key: place.key, id: place.id }))(`a[href="${sheet}"]`).length, `${locale} ${place.id}`).toBe(1);
		}
	});

	it('hold one label per product the place stocks, revoked certificates left out, each with names, stars, QR code and URL', () => {
		for (const place of places) {
			const stocked = products.filter((p) => (p.facts[place.field] ?? []).includes(place.id));
			const $ = page(labelSheetPath(place));
			const codes = $('.label')
				.map((_, el) => $(el).attr('data-label'))
				.get();
			// By product code, on one page: no sample place has more than LABELS_PER_SITE_PAGE labels.
			expect(codes, place.id).toEqual(
				stocked
					.filter((p) => !p.revoked)
					.map((p) => p.facts.code)
					.sort(compareCodes),
			);
			$('.label').each((_, el) => {
				const label = $(el);
				const code = label.attr('data-label') ?? '';
				const url = `ocop.example.org/p/${code}/`;
				expect(label.find('h2').text().trim(), code).not.toBe('');
				expect(label.find('img.qr').attr('src')).toBe(qrImagePath(code, 'svg'));
				expect(label.find('img.qr').attr('alt')).toBe(`Mã QR dẫn tới ${url}`);
				expect(label.find('.url').text()).toBe(url);
				const stars = Number(label.find('[data-stars]').attr('data-stars'));
				expect(label.find('.visually-hidden').first().text()).toBe(`${stars} sao OCOP`);
				expect(label.find('.visually-hidden[lang="en"]').text()).toBe(`${stars}-star OCOP product`);
				expect(label.find('svg[aria-hidden="true"] .on').length).toBe(stars);
			});
		}
	});

	it('exist for every district with products, and for no single product, linked from the district’s pages in both languages', () => {
		const districts = [...new Set(products.map((p) => p.facts.district))].sort();
		const districtSheets = districts.map((id) => labelSheetPath({ type: 'district', id }));
		const placeSheets = places.map((place) => labelSheetPath(place));
		expect([...sheets].sort()).toEqual([...placeSheets, ...districtSheets].sort());
		for (const id of districts) {
			for (const locale of LOCALES) {
				const link = page(routePath(locale, { key: 'districts', id }))('a[data-label-sheet-link]');
				expect(link.attr('href'), `${locale} ${id}`).toBe(labelSheetPath({ type: 'district', id }));
			}
		}
		const empty = content.districts.map((d) => d.id).filter((id) => !districts.includes(id));
		for (const id of empty) expect(page(routePath('vi', { key: 'districts', id }))('a[data-label-sheet-link]').length, id).toBe(0);
	});

	it('hold on a district’s sheet a label for each of its products, revoked certificates left out, by product code', () => {
		for (const id of new Set(products.map((p) => p.facts.district))) {
			const $ = page(labelSheetPath({ type: 'district', id }));
			const codes = $('.label')
				.map((_, el) => $(el).attr('data-label'))
				.get();
			// Every sample district's labels fit one page (LABELS_PER_SITE_PAGE); ordered by code, so a new product lands last.
			const current = products.filter((p) => p.facts.district === id && !p.revoked).map((p) => p.facts.code);
			expect(current.length, id).toBeLessThanOrEqual(LABELS_PER_SITE_PAGE);
			expect(codes, id).toEqual([...current].sort(compareCodes));
			const revoked = products.filter((p) => p.facts.district === id && p.revoked).length;
			if (revoked > 0) expect($('.explain[lang="en"]').text(), id).toContain(`revoked: ${revoked}`);
		}
	});

	it('give each label the id its product page links to, and say instead of the counts that one label is shown, linking the whole sheet', () => {
		for (const { slug, facts, revoked } of products) {
			if (revoked) continue;
			const href = page(routePath('en', { key: 'products', id: slug }))('.facts a[href*="#label-"]').attr('href') ?? '';
			const [path = '', fragment = ''] = href.split('#');
			const $ = page(path);
			expect($(`#${fragment}`).is(`article.label[data-label="${facts.code}"]`), href).toBe(true);
			expect($(`[id="${fragment}"]`).length, href).toBe(1);
			const total = $('.label').length;
			if (total < 2) continue;
			for (const [i, lang] of [
				[0, 'vi'],
				[1, 'en'],
			] as const) {
				const explain = $('.explain').eq(i);
				expect(explain.find('.all-labels').text(), href).toBe(
					lang === 'vi'
						? `Số tem: ${total} · Số trang A4: ${Math.ceil(total / 14)}`
						: `Labels: ${total} · A4 pages: ${Math.ceil(total / 14)}`,
				);
				const single = explain.find('.single-label');
				expect(single.text(), href).toBe(
					lang === 'vi' ? `Đang hiện một tem. Xem cả ${total} tem của tờ này` : `Showing one label. Show all ${total} labels of this sheet`,
				);
				expect(single.find('a').attr('href'), href).toBe(path);
			}
		}
	});

	it('are language-neutral, noindex, out of Pagefind, with a heading, English marked and an A4 print stylesheet', () => {
		const css = readdirSync(join(SITE_DIR, '_astro'))
			.filter((f) => f.endsWith('.css'))
			.map((f) => readFileSync(join(SITE_DIR, '_astro', f), 'utf8'))
			.join('\n');
		expect(css).toMatch(/@page\{size:A4;margin:10mm\}/);
		expect(css).toMatch(/break-inside:avoid/);
		for (const path of sheets) {
			const $ = page(path);
			expect($('html').attr('lang'), path).toBe('vi');
			expect($('meta[name="robots"]').attr('content'), path).toBe('noindex');
			expect($('body').attr('data-pagefind-ignore'), path).toBe('all');
			expect($('h1').length, path).toBe(1);
			expect($('h1 [lang="en"]').length, path).toBe(1);
			expect($('script:not([src])').length, path).toBe(0);
		}
	});
});

describe('the utility pages', () => {
	it('are valid HTML: permalinks, label sheets and redirect pages', async () => {
		const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
		const paths = htmlPages().filter((p) => /^\/(p|in)\//.test(p) || page(p)('meta[http-equiv="refresh"]').length > 0);
		for (const path of paths) {
			const report = await validator.validateString(readFileSync(fileFor(path) ?? '', 'utf8'), path);
			expect(report.results.flatMap((r) => r.messages.map((m) => `${path}: ${m.ruleId} ${m.message}`))).toEqual([]);
		}
	});

	it('keep /p/, /in/ and former addresses out of the sitemap, and robots.txt keeps crawlers out of /p/ and /in/', () => {
		const xml = readFileSync(join(SITE_DIR, 'sitemap-0.xml'), 'utf8');
		expect(xml).not.toMatch(/ocop\.example\.org\/(p|in)\//);
		const robots = readFileSync(join(SITE_DIR, 'robots.txt'), 'utf8');
		expect(robots).toContain('Disallow: /p/\n');
		expect(robots).toContain('Disallow: /in/\n');
		for (const { facts } of products) for (const old of facts.formerSlugs ?? []) expect(xml).not.toContain(`/${old}/`);
	});
});

describe('a product’s former address', () => {
	const moved = products.flatMap((p) => (p.facts.formerSlugs ?? []).map((old) => ({ old, ...p })));

	it('keeps a small redirect page in both languages leading to the current product page', () => {
		expect(moved.length).toBeGreaterThan(0);
		for (const { old, slug, facts } of moved) {
			for (const locale of LOCALES) {
				const from = routePath(locale, { key: 'products', id: old });
				const to = routePath(locale, { key: 'products', id: slug });
				const $ = page(from);
				expect($('html').attr('lang'), from).toBe(locale);
				expect($('meta[http-equiv="refresh"]').attr('content'), from).toBe(`0; url=${to}`);
				expect($('link[rel="canonical"]').attr('href'), from).toBe(`${TEST_SITE}${to}`);
				expect($('meta[name="robots"]').attr('content'), from).toBe('noindex');
				expect($('main a').attr('href'), from).toBe(to);
				expect($('script').length, from).toBe(0);
				expect(productCodeAt(to)).toBe(facts.code);
				expect(bySlug.has(old)).toBe(false);
			}
		}
	});
});

describe('every page of the site', () => {
	it('runs no inline script, so a Content-Security-Policy without unsafe-inline can apply', () => {
		for (const path of htmlPages()) {
			const $ = page(path);
			expect($('script:not([src]):not([type="application/ld+json"])').length, path).toBe(0);
		}
	});
});
