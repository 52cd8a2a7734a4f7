/** Searching the catalogue in Chromium, the way people type: with or without tone marks, in either language. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import sirv from 'sirv';
import { routePath, type Locale } from '../../src/lib/routes.ts';
import { parseSearchState, searchStateQuery } from '../../src/lib/search/search.ts';
import { useSiteInBrowser } from '../helpers/browser.ts';
import { SITE_DIR } from '../helpers/paths.ts';

const site = useSiteInBrowser();

const searchPage = (locale: Locale) => routePath(locale, { key: 'search' });
const product = (locale: Locale, slug: string) => routePath(locale, { key: 'products', id: slug });

/** Waits until the search page shows the results of the search in its URL. */
async function settled(page: Page) {
	const expected = searchStateQuery(parseSearchState(new URL(page.url()).search)) || '?';
	await page.waitForFunction((done) => document.querySelector<HTMLElement>('ocop-search')?.dataset['done'] === done, expected);
}

/** Types `query` into the search page's box as a person would, and waits for the results. */
async function typeQuery(page: Page, query: string) {
	await page.locator('#search-q').fill('');
	await page.locator('#search-q').pressSequentially(query, { delay: 10 });
	await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, query.trim());
	await settled(page);
}

/** The paths of the results shown, best first. */
const resultPaths = (page: Page) =>
	page.locator('[data-results] [data-link]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('search finds products the way Vietnamese people type', () => {
	let page: Page;
	beforeAll(async () => {
		page = await site.browser.newPage();
		await page.goto(site.origin + searchPage('vi'));
		await settled(page);
	});
	afterAll(() => page?.close());

	it.each([
		['cà phê', 'a coffee'],
		['ca phe', 'a coffee'],
		['CA PHE', 'a coffee'],
	])('"%s" puts %s product first', async (query) => {
		await typeQuery(page, query);
		const [first] = await resultPaths(page);
		expect(first).toMatch(/^\/san-pham\/ca-phe-/);
	});

	it.each([
		['non la', 'non-la-phuong-trung', 'nón lá, without tone marks'],
		['đặc sản', 'banh-trang-dac-san-dai-loc', 'the bánh tráng đặc sản, spelled exactly'],
		['dac san', 'banh-trang-dac-san-dai-loc', 'the bánh tráng đặc sản, without đ or tone marks'],
		['DAC SAN', 'banh-trang-dac-san-dai-loc', 'the bánh tráng đặc sản, in capitals'],
		['dai loc', 'banh-trang-dac-san-dai-loc', 'the Đại Lộc product, by its district without marks'],
		['buon ma thuot', 'ca-phe-robusta-buon-ma-thuot', 'the Buôn Ma Thuột coffee, by its district without marks'],
		['hoa thang', 'ca-phe-robusta-buon-ma-thuot', 'the product of Công ty TNHH Cà phê Hòa Thắng, by its producer’s name without marks'],
		['mat ong Hoa Binh', 'mat-ong-rung-mai-chau', 'the Mai Châu honey, whose story names Hòa Bình'],
		['tra', 'tra-atiso-tui-loc-lac-duong', 'the artichoke tea (trà), not the pottery of Bát Tràng'],
	])('"%s" puts %s first (%s)', async (query, slug) => {
		await typeQuery(page, query);
		const [first] = await resultPaths(page);
		expect(first).toBe(product('vi', slug));
	});

	it.each([
		['cẩm', 'thổ cẩm (brocade), not cam (orange),', 'tho-cam-'],
		[
			'Lâm Đồng',
			'a product from Lâm Đồng',
			'tho-cam-k-ho-lac-duong|tour-homestay-lang-k-ho-lat|tra-atiso-tui-loc-lac-duong|ca-phe-arabica-lang-biang',
		],
	])('"%s", spelled exactly, puts %s first', async (query, _, slugs) => {
		await typeQuery(page, query);
		const [first] = await resultPaths(page);
		expect(first).toMatch(new RegExp(`^/san-pham/(${slugs})`));
	});

	it('"Dak Lak" puts a product from Đắk Lắk first', async () => {
		await typeQuery(page, 'Dak Lak');
		const [first] = await resultPaths(page);
		const place = await page.locator('[data-results] [data-place]').first().textContent();
		expect(first).toMatch(/^\/san-pham\//);
		expect(place).toContain('Đắk Lắk');
	});

	it('shows names and summaries exactly as written, never the folded text it searched', async () => {
		await typeQuery(page, 'dac san');
		const first = page.locator('[data-results] .result').first();
		await expect(first.locator('[data-link]').textContent()).resolves.toBe('Bánh tráng đặc sản Đại Lộc');
		const text = (await page.locator('[data-results]').textContent()) ?? '';
		expect(text).toContain('đặc sản dân dã');
		expect(text).not.toMatch(/dặc|Dại Lộc/);
		await expect(first.locator('[data-stars-words]').textContent()).resolves.toBe('3 sao OCOP');
		await expect(first.locator('img').getAttribute('src')).resolves.toMatch(/^\/_img\/[0-9a-f]{2}\/[0-9a-f]{16}-192x144q50\.webp$/);
	});

	it('announces the number of results in a live region', async () => {
		await typeQuery(page, 'non la');
		const status = page.locator('ocop-search [role=status]');
		await expect(status.textContent()).resolves.toMatch(/^\d+ sản phẩm phù hợp với “non la”$/);
	});

	it('a query with no match says so and suggests browsing the catalogue', async () => {
		await typeQuery(page, 'pizza');
		await expect(page.locator('[data-results] li').count()).resolves.toBe(0);
		const empty = page.locator('[data-empty]');
		await expect(empty.isVisible()).resolves.toBe(true);
		await expect(empty.textContent()).resolves.toContain('Không tìm thấy sản phẩm nào phù hợp với “pizza”');
		const links = await empty.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(links).toEqual([
			routePath('vi', { key: 'products' }),
			routePath('vi', { key: 'provinces' }),
			routePath('vi', { key: 'groups' }),
		]);
	});

	it('a word found only in a picture’s file name finds nothing', async () => {
		await typeQuery(page, 'webp');
		await expect(page.locator('[data-results] li').count()).resolves.toBe(0);
	});

	it('says which word found nothing, shows the results of the others, and offers the nearest words as links', async () => {
		await typeQuery(page, 'macca dak lak');
		const notice = page.locator('[data-unmatched]');
		await notice.waitFor({ state: 'visible' });
		await expect(notice.textContent()).resolves.toContain('Không sản phẩm nào có từ “macca”.');
		await expect(notice.textContent()).resolves.toContain('Kết quả là cho các từ còn lại.');
		expect((await resultPaths(page)).length).toBeGreaterThan(0);

		await typeQuery(page, 'nuoc mamm');
		await notice.waitFor({ state: 'visible' });
		await expect(notice.textContent()).resolves.toContain('Không sản phẩm nào có từ “mamm”. Có phải bạn muốn tìm mắm');

		await typeQuery(page, 'macca');
		await notice.waitFor({ state: 'visible' });
		// Pagefind answers "macca" with "Ma" (of Buôn Ma Thuột): when no word of the query finds anything, nothing is shown.
		await expect(page.locator('[data-results] li').count()).resolves.toBe(0);
		await expect(notice.textContent()).resolves.toBe('Không sản phẩm nào có từ “macca”.');

		await typeQuery(page, 'nuoc mamm');
		await notice.waitFor({ state: 'visible' });
		await notice.locator('[data-suggestion]', { hasText: 'mắm' }).click();
		await page.waitForURL((url) => url.searchParams.get('q') === 'nuoc mắm');
		await settled(page);
		expect((await resultPaths(page))[0]).toBe(product('vi', 'nuoc-mam-ca-com-thang-binh'));
		await expect(notice.isHidden()).resolves.toBe(true);
	});
});

describe('search in each language', () => {
	it('the English search page returns English pages only', async () => {
		const page = await site.browser.newPage();
		for (const query of ['coffee', 'Bat Trang', 'Dak Lak']) {
			await page.goto(`${site.origin}${searchPage('en')}?q=${encodeURIComponent(query)}`);
			await settled(page);
			const paths = await resultPaths(page);
			expect(paths.length, query).toBeGreaterThan(0);
			for (const path of paths) expect(path, query).toMatch(/^\/en\/products\//);
		}
		await page.close();
	});

	it('the English search page says in English which word found nothing', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.origin}${searchPage('en')}?q=${encodeURIComponent('honey xyzw')}`);
		await settled(page);
		const notice = page.locator('[data-unmatched]');
		await notice.waitFor({ state: 'visible' });
		await expect(notice.textContent()).resolves.toBe('No product has the word “xyzw”.The results are for the other words.');
		await expect(resultPaths(page)).resolves.toContain(product('en', 'mat-ong-rung-mai-chau'));
		await page.close();
	});

	it('the Vietnamese search page returns Vietnamese pages only', async () => {
		const page = await site.browser.newPage();
		for (const query of ['ca phe', 'Bat Trang', 'Dak Lak']) {
			await page.goto(`${site.origin}${searchPage('vi')}?q=${encodeURIComponent(query)}`);
			await settled(page);
			const paths = await resultPaths(page);
			expect(paths.length, query).toBeGreaterThan(0);
			for (const path of paths) expect(path, query).toMatch(/^\/san-pham\//);
		}
		await page.close();
	});

	it('the language switch keeps the search', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.origin}${searchPage('vi')}?q=ca+phe&stars=5`);
		await settled(page);
		await page.click('[data-language-switch]');
		await settled(page);
		expect(new URL(page.url()).pathname).toBe(searchPage('en'));
		expect(new URL(page.url()).search).toBe('?q=ca+phe&stars=5');
		await expect(page.locator('#search-q').inputValue()).resolves.toBe('ca phe');
		await page.close();
	});
});

describe('facets, the URL and the back button', () => {
	it('choosing a facet narrows the results and puts it in the URL; loading that URL restores it; back restores the previous state', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.origin + searchPage('vi'));
		await settled(page);
		await typeQuery(page, 'ca phe');
		const before = await resultPaths(page);
		expect(before.length).toBeGreaterThan(2);

		// One coffee in Lạc Dương: a story that mentions coffee only after its first paragraph is not indexed there.
		const option = page.locator('[data-facet=district] [data-option]', { hasText: 'Lạc Dương' });
		await expect(option.locator('[data-count]').textContent()).resolves.toBe('(1)');
		if (!(await option.isVisible())) await page.locator('[data-filters] summary').click();
		await option.locator('input').check();
		await settled(page);
		const narrowed = await resultPaths(page);
		expect(narrowed).toEqual([product('vi', 'ca-phe-arabica-lang-biang')]);
		expect(before).toEqual(expect.arrayContaining(narrowed));
		const url = new URL(page.url());
		expect(url.searchParams.get('q')).toBe('ca phe');
		expect(url.searchParams.getAll('district')).toEqual(['lac-duong']);
		await expect(
			page.locator('[data-facet=district] [data-option]', { hasText: 'Hóc Môn' }).locator('[data-count]').textContent(),
		).resolves.toBe('(1)');

		const shared = await site.browser.newPage();
		await shared.goto(url.href);
		await settled(shared);
		expect(await resultPaths(shared)).toEqual(narrowed);
		await expect(shared.locator('#search-q').inputValue()).resolves.toBe('ca phe');
		await expect(shared.locator('[data-facet=district] input[value=lac-duong]').isChecked()).resolves.toBe(true);
		await shared.close();

		await page.goBack();
		await settled(page);
		expect(new URL(page.url()).searchParams.getAll('district')).toEqual([]);
		expect(await resultPaths(page)).toEqual(before);
		await expect(page.locator('[data-facet=district] input[value=lac-duong]').isChecked()).resolves.toBe(false);
		await page.goForward();
		await settled(page);
		expect(await resultPaths(page)).toEqual(narrowed);
		await page.close();
	});

	it('two values of one facet add up, and sorting by stars puts the best rated first', async () => {
		const page = await site.browser.newPage();
		// Every Vietnamese page names its district ("Huyện …"), so all eight match, ranked by relevance until sorted.
		await page.goto(`${site.origin}${searchPage('vi')}?q=huyen&district=hoc-mon&district=lac-duong&sort=stars`);
		await settled(page);
		const stars = await page.locator('[data-results] [data-stars-on]').allTextContents();
		expect(stars.length).toBe(8);
		expect(new Set(stars).size).toBeGreaterThan(1);
		expect(stars.map((s) => s.length)).toEqual(stars.map((s) => s.length).sort((a, b) => b - a));
		await page.goto(`${site.origin}${searchPage('vi')}?district=hoc-mon&district=lac-duong`);
		await settled(page);
		expect(await resultPaths(page)).toHaveLength(8);
		await page.close();
	});

	it('on a phone, the facet options and the facet table load only when the filters are opened, and the counts then appear', async () => {
		const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
		const fetched: string[] = [];
		page.on('requestfinished', (request) => void fetched.push(new URL(request.url()).pathname));
		await page.goto(`${site.origin}${searchPage('vi')}?q=ca+phe`);
		await settled(page);
		expect(await resultPaths(page)).not.toHaveLength(0);
		const counting = (path: string) => path.endsWith('.pf_filter') || path.startsWith('/search-facets/') || path.includes('/filter-table-');
		expect(fetched.filter(counting)).toEqual([]);
		// The options are not in the page's HTML either: they come with the panel.
		expect(await page.locator('[data-facet]').count()).toBe(0);
		const option = page.locator('[data-facet=district] [data-option]', { hasText: 'Lạc Dương' });

		await page.locator('[data-filters] summary').click();
		await page.waitForFunction(() => document.querySelector<HTMLElement>('ocop-search')?.dataset['counts'] === '?q=ca+phe');
		// The counts come from the facet table, not Pagefind's filter index (five times its size at 13,000 products).
		expect(fetched).toContain('/pagefind/filter-table-vi.json');
		expect(fetched.filter((path) => path.endsWith('.pf_filter'))).toEqual([]);
		expect(fetched).toContain('/search-facets/vi.json');
		await expect(option.locator('[data-count]').textContent()).resolves.toBe('(1)');
		await page.close();
	});
	it('on a phone, a facet value chosen in the URL filters the results before the options load, and is checked when the panel opens', async () => {
		const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(`${site.origin}${searchPage('vi')}?district=lac-duong`);
		await settled(page);
		const paths = await resultPaths(page);
		expect(paths.length).toBeGreaterThan(0);
		expect(paths.length).toBeLessThan(10);
		expect(await page.locator('[data-facet]').count()).toBe(0);
		await page.locator('[data-filters] summary').click();
		await page.waitForFunction(() => document.querySelector<HTMLElement>('ocop-search')?.dataset['counts'] === '?district=lac-duong');
		await expect(page.locator('[data-facet=district] input[value=lac-duong]').isChecked()).resolves.toBe(true);
		expect(await resultPaths(page)).toEqual(paths);
		await page.close();
	});
});

describe('the index with short page ids (src/lib/search/short-ids.ts), searched by Pagefind’s runtime', () => {
	it('fetches pf_meta and the results’ fragments under their short names, shows the results with thumbnails and opens one', async () => {
		const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
		const fetched: Array<{ path: string; status: number }> = [];
		page.on('requestfinished', (request) => {
			void request.response().then((r) => fetched.push({ path: new URL(request.url()).pathname, status: r?.status() ?? 0 }));
		});
		await page.goto(`${site.origin}${searchPage('vi')}?q=gom`);
		await settled(page);
		const paths = await resultPaths(page);
		expect(paths[0]).toMatch(/^\/san-pham\/.*bat-trang\/$/);
		const pagefind = fetched.filter((f) => f.path.startsWith('/pagefind/'));
		expect(pagefind.filter((f) => f.status !== 200)).toEqual([]);
		const fragments = pagefind.filter((f) => f.path.endsWith('.pf_fragment')).map((f) => f.path);
		expect(fragments.length).toBeGreaterThan(0);
		for (const path of fragments) expect(path).toMatch(/^\/pagefind\/fragment\/vi_[0-9a-f]{7}_[0-9a-z]{1,3}\.pf_fragment$/);
		expect(pagefind.filter((f) => f.path.endsWith('.pf_meta')).map((f) => f.path)).toEqual([
			expect.stringMatching(/^\/pagefind\/pagefind\.vi_[0-9a-f]{10}\.pf_meta$/),
		]);
		// The first result's thumbnail (its address comes from the fragment's URL) is drawn.
		await page.waitForFunction(() => {
			const img = document.querySelector<HTMLImageElement>('[data-results] img');
			return img !== null && img.complete && img.naturalWidth > 0;
		});
		await page.locator('[data-results] [data-link]').first().click();
		await page.waitForURL((url) => url.pathname === paths[0]);
		await expect(page.locator('h1').textContent()).resolves.toMatch(/Bát Tràng/);
		await page.close();
	});
});

describe('the search page on a phone, with a keyboard, without JavaScript', () => {
	it('fits a 390 px wide screen with results and filters open, in both languages', async () => {
		const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
		for (const [locale, query] of [
			['vi', 'ca+phe'],
			['en', 'coffee'],
		] as const) {
			await page.goto(`${site.origin}${searchPage(locale)}?q=${query}`);
			await settled(page);
			await page.locator('[data-filters] summary').click();
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, locale).toBeLessThanOrEqual(0);
		}
		await page.close();
	});

	it('on a phone, fetches the thumbnails of the results on the screen, and the others as the visitor scrolls to them', async () => {
		const page = await site.browser.newPage({ viewport: { width: 390, height: 600 } });
		const thumbnails = new Set<string>();
		page.on('request', (request) => {
			if (/-192x144q50\.webp$/.test(request.url())) thumbnails.add(request.url());
		});
		await page.goto(`${site.origin}${searchPage('vi')}?group=1`);
		await settled(page);
		const results = await page.locator('[data-results] > li').count();
		expect(results).toBeGreaterThanOrEqual(8);
		await page.waitForLoadState('networkidle');
		const first = thumbnails.size;
		expect(first).toBeGreaterThan(0);
		expect(first).toBeLessThan(results);
		for (const item of await page.locator('[data-results] > li').all()) await item.scrollIntoViewIfNeeded();
		await page.waitForFunction(() =>
			[...document.querySelectorAll<HTMLImageElement>('[data-results] img')].every((img) => img.getAttribute('src') && img.complete),
		);
		expect(thumbnails.size).toBe(await page.locator('[data-results] img').count());
		await page.close();
	});

	it('a keyboard user can search, tab to the first result and open it', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.origin + searchPage('vi'));
		await settled(page);
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-q');
		await page.keyboard.type('non la');
		await page.keyboard.press('Enter');
		await settled(page);
		await expect(page.locator('#search-q').getAttribute('aria-describedby')).resolves.toBe('search-hint');
		const first = page.locator('[data-results] [data-link]').first();
		await first.focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(`**${product('vi', 'non-la-phuong-trung')}`);
		await page.close();
	});

	it('the header search box leads to the search page with the query', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.origin + routePath('en', { key: 'products' }));
		await page.fill('header #site-search-q', 'honey');
		await page.press('header #site-search-q', 'Enter');
		await page.waitForURL(`**${searchPage('en')}?q=honey`);
		await settled(page);
		expect((await resultPaths(page))[0]).toMatch(/^\/en\/products\/mat-ong-/);
		await page.close();
	});

	it('when the search index cannot be loaded, the page says so and links to the browse pages', async () => {
		const page = await site.browser.newPage();
		await page.route('**/pagefind/pagefind.js', (route) => route.abort());
		page.on('console', () => undefined);
		await page.goto(`${site.origin}${searchPage('en')}?q=coffee`);
		const notice = page.locator('[data-load-error]');
		await notice.waitFor({ state: 'visible' });
		await expect(notice.getAttribute('role')).resolves.toBe('alert');
		await expect(notice.locator('a').count()).resolves.toBe(3);
		await expect(page.locator('[data-query-form]').isVisible()).resolves.toBe(false);
		await page.close();
	});

	it('with JavaScript off, the search page says search needs JavaScript and links to the browse pages', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		for (const locale of ['vi', 'en'] as const) {
			await page.goto(`${site.origin}${searchPage(locale)}?q=ca+phe`);
			const notice = page.locator('[data-noscript]');
			await expect(notice.isVisible()).resolves.toBe(true);
			await expect(notice.textContent()).resolves.toContain(locale === 'vi' ? 'Tìm kiếm cần JavaScript' : 'Search needs JavaScript');
			const links = await notice.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
			expect(links).toEqual([
				routePath(locale, { key: 'products' }),
				routePath(locale, { key: 'provinces' }),
				routePath(locale, { key: 'groups' }),
			]);
			await expect(page.locator('[data-search-ui]').isVisible()).resolves.toBe(false);
			await expect(page.locator('[data-load-error]').isVisible()).resolves.toBe(false);
		}
		await context.close();
	});
});

describe('search under a strict Content Security Policy', () => {
	let csp: { origin: string; close: () => Promise<void> };
	beforeAll(async () => {
		const assets = sirv(SITE_DIR, { dev: false, etag: true, extensions: ['html'] });
		const policy =
			"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'";
		const httpServer: Server = createServer((req, res) => {
			res.setHeader('Content-Security-Policy', policy);
			assets(req, res, () => {
				res.statusCode = 404;
				res.end('Not found');
			});
		});
		await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
		const { port } = httpServer.address() as AddressInfo;
		csp = { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => httpServer.close(() => resolve())) };
	});
	afterAll(() => csp?.close());

	it("works with script-src 'self' 'wasm-unsafe-eval' and no inline scripts", async () => {
		const page = await site.browser.newPage();
		const violations: string[] = [];
		page.on('console', (m) => {
			if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
		});
		await page.goto(`${csp.origin}${searchPage('vi')}?q=dac+san`);
		await settled(page);
		expect((await resultPaths(page))[0]).toBe(product('vi', 'banh-trang-dac-san-dai-loc'));
		expect(violations).toEqual([]);
		await page.close();
	});
});
