/** What a person sees on a product page, in Chromium. */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/files.ts';
import { routePath } from '../../src/lib/routes.ts';
import { useSiteInBrowser } from '../helpers/browser.ts';
import { ROOT } from '../helpers/paths.ts';

const [first] = readContent(`${ROOT}content`, ROOT).products;
const site = useSiteInBrowser();

describe('a product page in the browser', () => {
	it('switches language and lands on the same product', async () => {
		const slug = first?.id ?? '';
		const page = await site.browser.newPage();
		await page.goto(site.origin + routePath('vi', { key: 'products', id: slug }));
		await page.click('[data-language-switch]');
		expect(new URL(page.url()).pathname).toBe(routePath('en', { key: 'products', id: slug }));
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		await page.click('[data-language-switch]');
		expect(new URL(page.url()).pathname).toBe(routePath('vi', { key: 'products', id: slug }));
		await page.close();
	});

	it('fits a 390 px wide phone screen without sideways scrolling, in both languages', async () => {
		const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
		for (const locale of ['vi', 'en'] as const) {
			await page.goto(site.origin + routePath(locale, { key: 'products', id: first?.id ?? '' }));
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, locale).toBeLessThanOrEqual(0);
		}
		await page.close();
	});

	it('works with JavaScript turned off', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(site.origin + routePath('en', { key: 'products', id: first?.id ?? '' }));
		await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
		expect(await page.locator('[data-cert-status]').count()).toBe(1);
		await context.close();
	});
});
