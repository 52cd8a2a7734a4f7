/**
 * Content is data, not code: a product whose name and summary hold markup (`<script>alert(1)</script>`,
 * `<img src=x onerror=alert(1)>`) builds, and every page shows that markup as text. Checked in the
 * built HTML, by the CSP gate (which would catch the markup if it were inserted unescaped), and in
 * Chromium, with and without the Content Security Policy, where no dialog may open.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { watchPage } from '../../scripts/gates/browser.ts';
import { fileFor, htmlPages, loadPage } from '../../scripts/gates/dist.ts';
import { checkCspCompliance } from '../../scripts/gates/security.ts';
import { routePath } from '../../src/lib/routes.ts';
import { launch, serve } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { expectFailure, expectNoFailures } from '../helpers/gates.ts';
import { ROOT, TEST_SITE, TMP } from '../helpers/paths.ts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const NAME = { vi: `Nón lá ${SCRIPT}`, en: `Conical hat ${SCRIPT}` };
const SUMMARY = { vi: `${IMG} Nón lá chằm tay.`, en: `${IMG} A hand-stitched conical hat.` };
const DIR = join(TMP, `injected-${process.pid}`);
const OUT = join(DIR, 'dist');
const SLUG = 'non-thu-nghiem';
const CACHE = join(ROOT, 'node_modules/.astro', `content-${join(DIR, 'content').replace(/[^a-z0-9]+/gi, '-')}`);
let browser: Browser;

beforeAll(async () => {
	rmSync(DIR, { recursive: true, force: true });
	cpSync(join(ROOT, 'tests/fixtures/minimal'), join(DIR, 'content'), { recursive: true });
	for (const locale of ['vi', 'en'] as const) {
		const file = join(DIR, 'content/products', SLUG, `story.${locale}.mdx`);
		const body = readFileSync(file, 'utf8').split('\n---\n').slice(1).join('\n---\n');
		writeFileSync(file, `---\nname: "${NAME[locale]}"\nsummary: "${SUMMARY[locale]}"\n---\n${body}`);
	}
	const result = buildSite(join(DIR, 'content'), OUT);
	if (result.status !== 0) throw new Error(`the fixture did not build:\n${result.output.slice(-3000)}`);
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	rmSync(DIR, { recursive: true, force: true });
	rmSync(CACHE, { recursive: true, force: true });
});

describe('a product whose name and summary hold markup', () => {
	it('builds, and its pages show the markup as text, in the title, the heading, the meta tags and the JSON-LD', () => {
		for (const locale of ['vi', 'en'] as const) {
			const $ = loadPage(routePath(locale, { key: 'products', id: SLUG }), OUT);
			expect($('h1').text()).toBe(NAME[locale]);
			expect($('title').text()).toContain(NAME[locale]);
			expect($('.summary').text()).toBe(SUMMARY[locale]);
			expect($('meta[property="og:title"]').attr('content')).toContain(NAME[locale]);
			const product = $('script[type="application/ld+json"]')
				.map((_, s) => JSON.parse($(s).text()) as { '@type': string; name: string })
				.get()
				.find((d) => d['@type'] === 'Product');
			expect(product?.name).toBe(NAME[locale]);
		}
		for (const path of htmlPages(OUT)) {
			// Inside a quoted attribute value (og:title…) "<" is plain text and needs no escaping.
			const outsideAttributes = readFileSync(fileFor(path, OUT) as string, 'utf8').replace(/="[^"]*"/g, '=""');
			expect(outsideAttributes, path).not.toContain(SCRIPT);
			expect(outsideAttributes, path).not.toContain(IMG);
		}
		expectNoFailures(checkCspCompliance(OUT, TEST_SITE));
	});

	it('would be caught by the CSP gate if the markup were inserted unescaped', () => {
		const path = routePath('vi', { key: 'products', id: SLUG });
		const html = readFileSync(fileFor(path, OUT) as string, 'utf8');
		const escaped = (s: string) => s.replace(/</g, '&lt;').replace(/>/g, '&gt;');
		expect(html).toContain(escaped(SCRIPT));
		const raw = html.split(escaped(SCRIPT)).join(SCRIPT).split(escaped(IMG)).join(IMG);
		const unsafe = join(DIR, 'unescaped');
		mkdirSync(dirname(join(unsafe, path, 'index.html')), { recursive: true });
		writeFileSync(join(unsafe, path, 'index.html'), raw);
		const failures = checkCspCompliance(unsafe, TEST_SITE);
		expect(expectFailure(failures, path, 'inline-script')[0]?.element).toBe('<script>alert(1)');
		expect(expectFailure(failures, path, 'inline-handler')[0]?.element).toBe('<img src="x" onerror="alert(1)">');
	});

	it.each([
		['under the Content Security Policy', undefined],
		['even with no policy at all', {}],
	])('in Chromium, shows the markup as text and opens no dialog, %s', async (_, headers) => {
		const server = await serve(OUT, headers ? { headers } : {});
		const context = await browser.newContext();
		const page = await context.newPage();
		const watch = await watchPage(page);
		try {
			for (const locale of ['vi', 'en'] as const) {
				const path = routePath(locale, { key: 'products', id: SLUG });
				const response = await page.goto(server.origin + path);
				expect(Boolean(response?.headers()['content-security-policy'])).toBe(headers === undefined);
				await page.waitForTimeout(200);
				expect(await page.locator('h1').textContent()).toBe(NAME[locale]);
				expect(await page.locator('img[src="x"]').count()).toBe(0);
				expectNoFailures(await watch.take(path));
			}
		} finally {
			await context.close();
			await server.close();
		}
	});
});
