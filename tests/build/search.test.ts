/** Search in the built sample site: the index built from the catalogue, the search page and box. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/files.ts';
import { routePath } from '../../src/lib/routes.ts';
import { BUYER_FACETS, FACETS, foldD } from '../../src/lib/search/search.ts';
import { SEARCH_RECORDS_FILE } from '../../src/lib/search/records.ts';
import { ROOT, SITE_DIR } from '../helpers/paths.ts';
import { htmlPages, page, searchFragments, sitePath } from '../helpers/site.ts';

const content = readContent(join(ROOT, 'content'), ROOT);
const untranslated = content.products.filter((p) => !p.stories.en);
const pages = htmlPages();
/** Pages with the site's header: all but print sheets, permalinks and redirects. */
const hasSiteHeader = (path: string) => page(path)('header.site-header').length > 0;

/** The first sentence of a story's body, as it appears in the index (đ folded). */
const firstSentence = (body: string) => foldD(body.trim().split(/(?<=\.)\s/)[0] ?? '');

describe('the search index is built from the catalogue, not from the pages', () => {
	const all = searchFragments();
	const indexed = (locale: 'vi' | 'en', slug: string) => all.find((f) => f.url === routePath(locale, { key: 'products', id: slug }));

	it('no page carries Pagefind markup for it to read, and the records it was given are not published', () => {
		for (const path of pages) {
			const $ = page(path);
			expect($('[data-pagefind-body], [data-pagefind-meta], [data-pagefind-filter], [data-pagefind-sort]').length, path).toBe(0);
		}
		expect(existsSync(join(SITE_DIR, SEARCH_RECORDS_FILE))).toBe(false);
	});

	it('indexes a product’s name, summary, group, producer, place and the first paragraph of its story, but not the later paragraphs', () => {
		const text = indexed('vi', 'banh-trang-dac-san-dai-loc')?.content ?? '';
		for (const words of [
			'Bánh tráng dặc sản Dại Lộc',
			'phên tre',
			'Thực phẩm',
			'Cơ sở sản xuất bánh tráng Dại Hiệp',
			'Huyện Dại Lộc, Dà Nẵng',
		])
			expect(text).toContain(words);
		for (const p of content.products) {
			const [first, ...later] = (p.stories.vi?.body ?? '').trim().split(/\n\s*\n/);
			// The index holds the story as the page shows it: typographic quotes where the Markdown has straight ones.
			const text = (indexed('vi', p.id)?.content ?? '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
			expect(text, p.id).toContain(foldD(firstSentence(first ?? '')));
			expect(later.length, p.id).toBeGreaterThan(0);
			for (const paragraph of later) expect(text, p.id).not.toContain(foldD(firstSentence(paragraph)));
		}
	});

	it('finds a product by its producer’s name, and ranks name, producer and place above the rest', () => {
		const f = indexed('vi', 'ca-phe-robusta-buon-ma-thuot');
		expect(f?.content).toContain('Công ty TNHH Cà phê Hòa Thắng');
		expect(f?.meta).toMatchObject({ producer: 'Công ty TNHH Cà phê Hòa Thắng', heading: 'Cà phê Robusta Buôn Ma Thuột' });
	});

	it('gives a product with valid certifications and export markets the buyer facets, and their names as text', () => {
		const f = indexed('en', 'ca-phe-robusta-buon-ma-thuot');
		expect(f?.filters).toMatchObject({ certification: ['vietgap', 'haccp', 'iso-22000'], exports: ['yes'] });
		expect(f?.content).toContain('VietGAP, HACCP, ISO 22000, Japan, South Korea, Germany');
		// An expired certification is no filter value: the honey's HACCP expired, its VietGAP did not.
		expect(indexed('vi', 'mat-ong-hoa-ca-phe-ea-tu')?.filters['certification']).toEqual(['vietgap']);
	});

	it('gives every facet and the result card fields, with a small picture that was built, whose address is not a meta field (Pagefind would index it)', () => {
		const f = indexed('vi', 'ca-phe-rang-xay-xuan-thoi-son');
		const facets = FACETS.filter((facet) => !BUYER_FACETS.has(facet));
		for (const facet of facets) expect(f?.filters[facet]?.length, facet).toBeGreaterThan(0);
		expect(f?.filters).toMatchObject({ district: ['hoc-mon'], province: ['ho-chi-minh'], stars: ['4'], kind: ['enterprise'] });
		expect(Object.keys(f?.filters ?? {}).sort()).toEqual([...facets].sort());
		expect(f?.meta).toMatchObject({ title: 'Cà phê rang xay Xuân Thới Sơn', stars: '4', district: 'Huyện Hóc Môn, TP. Hồ Chí Minh' });
		expect(f?.meta['image']).toBeUndefined();
		const image = f?.image ?? '';
		expect(image).toMatch(/^\/_img\/[0-9a-f]{2}\/[0-9a-f]{16}-192x144q50\.webp$/);
		expect(existsSync(join(SITE_DIR, image)), image).toBe(true);
		expect(readFileSync(join(SITE_DIR, image)).length).toBeLessThan(15_000);
	});

	it('indexes an untranslated product in English by its Vietnamese name, as its English page shows it, with English places and group', () => {
		expect(untranslated.length).toBeGreaterThan(0);
		for (const p of untranslated) {
			const name = String((p.stories.vi?.data as { name: string }).name);
			const f = indexed('en', p.id);
			expect(f?.lang, p.id).toBe('en');
			expect(f?.content, p.id).toContain(foldD(name));
			expect(f?.meta['title'], p.id).toBe(name);
			expect(f?.meta['lang'], p.id).toBe('vi');
			expect(f?.content, p.id).not.toContain(foldD(String((p.stories.vi?.data as { summary: string }).summary)));
			const $ = page(routePath('en', { key: 'products', id: p.id }));
			expect($('h1').text().trim(), p.id).toBe(name);
			expect(f?.content, p.id).toContain($('a.badge').first().text().trim());
		}
	});
});

describe('the search index', () => {
	const all = searchFragments();

	it('has one index per language, each with every product once', () => {
		const entry = JSON.parse(readFileSync(join(SITE_DIR, 'pagefind', 'pagefind-entry.json'), 'utf8'));
		expect(Object.keys(entry.languages).sort()).toEqual(['en', 'vi']);
		for (const lang of ['vi', 'en'] as const) {
			const urls = all.filter((f) => f.lang === lang).map((f) => f.url);
			expect(urls.sort()).toEqual(content.products.map((p) => routePath(lang, { key: 'products', id: p.id })).sort());
		}
	});

	it('the English index does not contain the Vietnamese story shown on an untranslated product’s English page', () => {
		for (const p of untranslated) {
			const sentence = firstSentence(p.stories.vi?.body ?? '');
			expect(sentence.length, p.id).toBeGreaterThan(30);
			const vi = all.find((f) => f.url === routePath('vi', { key: 'products', id: p.id }));
			expect(vi?.content, `${p.id} in the Vietnamese index`).toContain(sentence);
			for (const f of all.filter((x) => x.lang === 'en')) expect(f.content, f.url).not.toContain(sentence);
		}
	});

	it('indexes text with đ folded to d, but keeps the result card fields exact', () => {
		const f = all.find((x) => x.url === routePath('vi', { key: 'products', id: 'banh-trang-dac-san-dai-loc' }));
		expect(f?.content).toContain('Bánh tráng dặc sản Dại Lộc');
		expect(f?.content).not.toMatch(/[đĐ]/);
		expect(f?.meta['title']).toBe('Bánh tráng đặc sản Đại Lộc');
		expect(f?.meta['summary']).toContain('đặc sản dân dã');
		expect(f?.filters['district']).toEqual(['dai-loc']);
	});
});

describe('the search page and the search box', () => {
	it('exists in both languages, with alternates and a place in the sitemap', () => {
		const vi = page(routePath('vi', { key: 'search' }));
		expect(routePath('vi', { key: 'search' })).toBe('/tim-kiem/');
		expect(routePath('en', { key: 'search' })).toBe('/en/search/');
		expect(vi('html').attr('lang')).toBe('vi');
		expect(sitePath(vi('link[rel=alternate][hreflang=en]').attr('href') ?? '')).toBe('/en/search/');
		expect(page('/en/search/')('html').attr('lang')).toBe('en');
		const sitemap = readFileSync(join(SITE_DIR, 'sitemap-0.xml'), 'utf8');
		expect(sitemap).toContain('https://ocop.example.org/tim-kiem/');
		expect(sitemap).toContain('https://ocop.example.org/en/search/');
	});

	it('every other page with the site header has a labelled search form in it that leads to the search page without JavaScript', () => {
		expect(pages.filter(hasSiteHeader).length).toBeGreaterThan(200);
		for (const path of pages.filter(hasSiteHeader)) {
			const $ = page(path);
			const form = $('header.site-header form[role=search]');
			const lang = $('html').attr('lang') === 'en' ? 'en' : 'vi';
			if (path === routePath(lang, { key: 'search' })) {
				expect(form.length, path).toBe(0);
				continue;
			}
			expect(form.length, path).toBe(1);
			expect(form.attr('action'), path).toBe(routePath(lang, { key: 'search' }));
			expect(form.attr('method'), path).toBe('get');
			const input = form.find('input[name=q]');
			expect(
				$(`label[for="${input.attr('id')}"]`)
					.text()
					.trim(),
				path,
			).not.toBe('');
		}
	});

	it('loads its script as a file (no inline script, for a strict CSP), and only on the search page', () => {
		const search = page('/tim-kiem/');
		const scripts = search('script').filter((_, el) => search(el).attr('type') !== 'application/ld+json');
		expect(scripts.length).toBeGreaterThan(0);
		scripts.each((_, el) => {
			expect(search(el).attr('src')).toMatch(/^\/_astro\/.+\.js$/);
			expect(search(el).text().trim()).toBe('');
		});
		const src = scripts.first().attr('src');
		const home = page('/');
		expect(home(`script[src="${src}"]`).length).toBe(0);
		expect(readFileSync(join(SITE_DIR, 'san-pham', 'non-la-phuong-trung', 'index.html'), 'utf8')).not.toContain('pagefind.js');
	});
});
