/**
 * The site served from a sub-path (a GitHub Pages project site, `https://<owner>.github.io/<repo>/`):
 * the minimal fixture built with `SITE_URL=https://ocop.example.org/ocop/`, held to the links,
 * alternates, canonical and sitemap gates under that base, and read for what carries absolute URLs
 * (QR symbols, robots.txt, the search bundle's address and its indexed URLs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, loadPage } from '../../scripts/gates/dist.ts';
import { checkHtml } from '../../scripts/gates/html.ts';
import { checkAlternates, checkCanonicals, checkLinks, checkSitemap } from '../../scripts/gates/links.ts';
import { expectFailure, expectNoFailures } from '../helpers/gates.ts';
import { readSymbol } from '../helpers/qr.ts';
import { buildSubPathSite, SUB_PATH_BASE, SUB_PATH_SITE } from '../helpers/sub-path.ts';

let dir = '';
beforeAll(() => {
	dir = buildSubPathSite('sub-path-build');
});

/** Every internal URL named by a page's attributes (href, src, action, content of og: tags). */
function internalUrls(path: string): string[] {
	const $ = loadPage(path, dir);
	const urls: string[] = [];
	for (const el of $('[href], [src], form[action]').toArray()) {
		for (const name of ['href', 'src', 'action']) {
			const value = $(el).attr(name);
			if (value && value.startsWith('/')) urls.push(value);
		}
	}
	return urls;
}

describe('a site built for a sub-path (SITE_URL with a path)', () => {
	it('passes the links gate: every internal link, picture, stylesheet and fragment resolves under the base', () => {
		expectNoFailures(checkLinks(dir, SUB_PATH_SITE));
	});

	it('names every internal URL under the base, on every page, 404 pages included', () => {
		const pages = htmlPages(dir);
		expect(pages).toContain('/404.html');
		expect(pages).toContain('/en/404.html');
		for (const path of pages) {
			for (const url of internalUrls(path)) expect(url.startsWith(SUB_PATH_BASE), `${path}: ${url}`).toBe(true);
		}
	});

	it('is full of dead links when served from the root instead, so the links gate does read the base', () => {
		const failures = checkLinks(dir, 'https://ocop.example.org');
		expectFailure(failures, '/', 'dead-link');
	});

	it('reports a link that leaves the base', () => {
		const failures = checkLinks(dir, 'https://ocop.example.org/other/');
		expectFailure(failures, '/', 'outside-base');
	});

	it('gives absolute hreflang alternates and canonicals on the sub-path that point back', () => {
		expectNoFailures(checkAlternates(dir, SUB_PATH_SITE, { hreflangs: ['vi', 'en', 'x-default'] }));
		expectNoFailures(checkCanonicals(dir, SUB_PATH_SITE));
		expect(loadPage('/en/', dir)('link[rel=canonical]').attr('href')).toBe(`${SUB_PATH_SITE}en/`);
	});

	it('lists its pages in a sitemap on the sub-path, with their alternates', () => {
		expectNoFailures(checkSitemap(dir, SUB_PATH_SITE));
		const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
		expect(index).toContain(`<loc>${SUB_PATH_SITE}sitemap-0.xml</loc>`);
	});

	it('is valid HTML on every page', async () => {
		expectNoFailures(await checkHtml(dir, htmlPages(dir)));
	});

	it('points robots.txt at the sitemap and keeps permalinks and print sheets out, under the base', () => {
		expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toBe(
			`User-agent: *\nDisallow: ${SUB_PATH_BASE}p/\nDisallow: ${SUB_PATH_BASE}in/\n\nSitemap: ${SUB_PATH_SITE}sitemap-index.xml\n`,
		);
	});

	it('encodes the permalink on the sub-path in every QR symbol', async () => {
		for (const format of ['svg', 'png'] as const) {
			const symbol = await readSymbol(readFileSync(join(dir, 'qr', `tn-001.${format}`)));
			expect(symbol.text).toBe(`${SUB_PATH_SITE}p/tn-001/`);
		}
		expect(loadPage('/in/districts/thanh-oai/', dir)('.qr').attr('src')).toBe(`${SUB_PATH_BASE}qr/tn-001.svg`);
	});

	it('tells the search page where the Pagefind bundle is, under the base', () => {
		expect(loadPage('/tim-kiem/', dir)('ocop-search').attr('data-base')).toBe(SUB_PATH_BASE);
		expect(loadPage('/en/search/', dir)('ocop-search').attr('data-base')).toBe(SUB_PATH_BASE);
		JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
	});
});
