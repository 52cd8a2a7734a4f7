/** Browsing on a phone, in Chromium: the language switcher and the layout of every kind of page. */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/files.ts';
import { routePath, type Route } from '../../src/lib/routes.ts';
import { useSiteInBrowser } from '../helpers/browser.ts';
import { producerOfMany } from '../helpers/page-sample.ts';
import { ROOT } from '../helpers/paths.ts';

const content = readContent(`${ROOT}content`, ROOT);
const kinds: Route[] = [
	{ key: 'home' },
	{ key: 'products' },
	{ key: 'products', id: content.products[0]?.id ?? '' },
	{ key: 'provinces' },
	{ key: 'provinces', id: 'ha-noi' },
	{ key: 'districts', id: content.districts[0]?.id ?? '' },
	{ key: 'centres', id: content.centres[0]?.id ?? '' },
	{ key: 'salesPoints', id: content.salesPoints[0]?.id ?? '' },
	{ key: 'producers', id: producerOfMany(content) },
	{ key: 'groups' },
	{ key: 'stars', id: '4' },
];
const site = useSiteInBrowser();

describe('browsing in the browser', () => {
	it.each([
		['a product', kinds[2] as Route],
		['an OCOP centre', kinds[6] as Route],
		['a district', kinds[5] as Route],
	])('the language switcher on %s lands on the same thing in the other language', async (_, route) => {
		const page = await site.browser.newPage();
		await page.goto(site.origin + routePath('vi', route));
		const heading = await page.locator('h1').textContent();
		await page.click('[data-language-switch]');
		expect(new URL(page.url()).pathname).toBe(routePath('en', route));
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		await page.click('[data-language-switch]');
		expect(new URL(page.url()).pathname).toBe(routePath('vi', route));
		expect(await page.locator('h1').textContent()).toBe(heading);
		await page.close();
	});

	it('nothing overflows sideways on a 390 px wide phone, on any kind of page, in either language', async () => {
		const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
		const overflowing: string[] = [];
		for (const route of kinds) {
			for (const locale of ['vi', 'en'] as const) {
				await page.goto(site.origin + routePath(locale, route));
				const extra = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
				if (extra > 0) overflowing.push(`${routePath(locale, route)} (+${extra}px)`);
			}
		}
		expect(overflowing).toEqual([]);
		await page.close();
	});

	it('a person can go from the home page to a product through a province and a district, with JavaScript off', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(`${site.origin}/en/`);
		await page.locator('section[aria-labelledby=by-place] .province-index a').first().click();
		expect(new URL(page.url()).pathname).toMatch(/^\/en\/provinces\/[^/]+\/$/);
		await page.locator('#districts + ul a').first().click();
		expect(new URL(page.url()).pathname).toMatch(/^\/en\/districts\//);
		await page.locator('.product-card a').first().click();
		expect(new URL(page.url()).pathname).toMatch(/^\/en\/products\//);
		await context.close();
	});
});
