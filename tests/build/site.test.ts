/** The built sample site, checked against the content files it was built from. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { certificateState } from '../../src/lib/certificate.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { routePath } from '../../src/lib/routes.ts';
import { AS_OF, ROOT } from '../helpers/paths.ts';
import { isEditorPage } from '../../scripts/gates/dist.ts';
import { fileFor, htmlPages, page, sitePath } from '../helpers/site.ts';

const content = readContent(join(ROOT, 'content'), ROOT);
const products = content.products.map((p) => ({
	slug: p.id,
	facts: p.data as { code: string; sample?: boolean; certificate: { date: string | Date; revoked?: { date: string | Date } } },
	hasEn: Boolean(p.stories.en),
}));
const day = (d: string | Date) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
const pages = htmlPages();
// The pages of each language: not the error pages, the language-neutral QR permalinks and label
// sheets (/p/, /in/), nor the redirect pages kept at former product addresses.
// The form editor (/admin/) is an application in Vietnamese for editors, with no English edition.
const localized = pages.filter(
	(p) => !p.endsWith('404.html') && !/^\/(p|in)\//.test(p) && !isEditorPage(p) && page(p)('meta[http-equiv="refresh"]').length === 0,
);

describe('the sample site', () => {
	it('is a production build, as published: no development-only markup in any page', () => {
		// Astro marks images data-image-component in development mode only; seen when vitest's
		// DEV/MODE variables reached the build (tests/helpers/build.ts now drops them).
		for (const path of pages) expect(readFileSync(fileFor(path) ?? '', 'utf8'), path).not.toContain('data-image-component');
	});

	it('has at least 30 products to show', () => {
		expect(products.length).toBeGreaterThanOrEqual(30);
	});

	it('has a page for every product in Vietnamese and in English', () => {
		for (const { slug } of products) {
			expect(page(routePath('vi', { key: 'products', id: slug }))('html').attr('lang')).toBe('vi');
			expect(page(routePath('en', { key: 'products', id: slug }))('html').attr('lang')).toBe('en');
		}
	});

	it('lists every product, once, across the pages of the product list of each language', () => {
		for (const locale of ['vi', 'en'] as const) {
			const linked: string[] = [];
			for (let n = 1; fileFor(routePath(locale, { key: 'products', page: n })); n++) {
				const $ = page(routePath(locale, { key: 'products', page: n }));
				$('.product-card h3 a').each((_, a) => void linked.push($(a).attr('href') ?? ''));
			}
			expect(linked.sort()).toEqual(products.map((p) => routePath(locale, { key: 'products', id: p.slug })).sort());
		}
	});

	it('links each page to the same page in the other language', () => {
		for (const path of localized) {
			const $ = page(path);
			const target = $('[data-language-switch]').attr('href') ?? '';
			const lang = $('html').attr('lang') === 'vi' ? 'en' : 'vi';
			expect(sitePath($(`link[rel=alternate][hreflang=${lang}]`).attr('href') ?? ''), path).toBe(target);
		}
	});

	it('shows the untranslated-story notice exactly on English pages of products without an English story', () => {
		for (const { slug, hasEn } of products) {
			const en = page(routePath('en', { key: 'products', id: slug }));
			expect(en('[data-fallback-notice]').length, slug).toBe(hasEn ? 0 : 1);
			expect(en('.prose').attr('lang'), slug).toBe(hasEn ? 'en' : 'vi');
			expect(page(routePath('vi', { key: 'products', id: slug }))('[data-fallback-notice]').length).toBe(0);
		}
		expect(products.filter((p) => !p.hasEn).length).toBeGreaterThanOrEqual(3);
	});

	it('shows each certificate status computed from its dates, expired and revoked included', () => {
		const seen = new Set<string>();
		for (const { slug, facts } of products) {
			const cert = facts.certificate;
			const expected = certificateState(day(cert.date), AS_OF, cert.revoked ? day(cert.revoked.date) : undefined).status;
			seen.add(expected);
			for (const locale of ['vi', 'en'] as const) {
				const $ = page(routePath(locale, { key: 'products', id: slug }));
				expect($('[data-cert-status]').attr('data-cert-status'), slug).toBe(expected);
			}
		}
		expect([...seen].sort()).toEqual(['expired', 'revoked', 'valid']);
		const expired = products.find(
			(p) => certificateState(day(p.facts.certificate.date), AS_OF).status === 'expired' && !p.facts.certificate.revoked,
		);
		expect(page(routePath('en', { key: 'products', id: expired?.slug ?? '' }))('[data-cert-status]').text()).toContain('Expired');
		const revoked = products.find((p) => p.facts.certificate.revoked);
		expect(page(routePath('vi', { key: 'products', id: revoked?.slug ?? '' }))('[data-cert-status]').text()).toContain('Bị thu hồi');
	});

	it('marks sample products as sample data on their pages', () => {
		for (const { slug, facts } of products.filter((p) => p.facts.sample)) {
			expect(page(routePath('vi', { key: 'products', id: slug }))('.sample-note').text(), slug).toContain('dữ liệu mẫu');
			expect(page(routePath('en', { key: 'products', id: slug }))('.sample-note').text(), slug).toContain('sample data');
			expect(facts.sample).toBe(true);
		}
	});
});
