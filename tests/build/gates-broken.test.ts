/**
 * Each quality gate fails when it should: the same gate functions that pass on the sample site,
 * run on tests/fixtures/broken-dist, a small hand-written "built site" where every page but the
 * home page carries one deliberate defect. Each report names the page, the element and the rule.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBudgets, checkImages, checkJavaScript, weighSite } from '../../scripts/gates/budgets.ts';
import { checkHtml } from '../../scripts/gates/html.ts';
import { checkAlternates, checkCanonicals, checkLinks, checkSitemap } from '../../scripts/gates/links.ts';
import { formatFailures } from '../../scripts/gates/report.ts';
import { checkCspCompliance, checkExternalLinks, checkHeaders, parseHeaders } from '../../scripts/gates/security.ts';
import { expectFailure, expectNoFailures } from '../helpers/gates.ts';
import { ROOT, TEST_SITE } from '../helpers/paths.ts';

const BROKEN = join(ROOT, 'tests/fixtures/broken-dist');

describe('the quality gates on a deliberately broken site', () => {
	it('the HTML gate reports a picture without alt text, with the page, the element and the rule', async () => {
		const failures = await checkHtml(BROKEN, ['/missing-alt/']);
		const [failure] = expectFailure(failures, '/missing-alt/', 'wcag/h37');
		expect(failure?.element).toMatch(/^#main > img \(line \d+:\d+\)$/);
		expect(formatFailures(failures)).toContain('✗ /missing-alt/  #main > img');
		expectNoFailures(await checkHtml(BROKEN, ['/']));
	});

	it('the link gate reports a dead link, a dead #fragment and a dead url() in a stylesheet', () => {
		const failures = checkLinks(BROKEN, TEST_SITE);
		expect(expectFailure(failures, '/dead-link/', 'dead-link')[0]?.element).toBe('<a href="/nowhere/">');
		expect(expectFailure(failures, '/dead-link/', 'dead-fragment')[0]?.message).toBe('/dead-link/ has no element with id="no-such-id"');
		expectFailure(failures, '/style.css', 'dead-link');
		expect(failures.filter((f) => f.page === '/')).toEqual([]);
	});

	it('the alternates gate reports an alternate that does not point back', () => {
		const failures = checkAlternates(BROKEN, TEST_SITE);
		const [failure] = expectFailure(failures, '/', 'hreflang-return');
		expect(failure?.element).toBe('<link rel="alternate" hreflang="en" href="https://ocop.example.org/en/">');
		expect(failure?.message).toBe(
			'/en/ does not point back: its hreflang="vi" is https://ocop.example.org/gioi-thieu/, not https://ocop.example.org/',
		);
	});

	it('the canonical gate reports a relative canonical URL and one on another site', () => {
		const failures = checkCanonicals(BROKEN, TEST_SITE);
		expectFailure(failures, '/gioi-thieu/', 'canonical-absolute');
		expectFailure(failures, '/en/', 'canonical-site');
	});

	it('the sitemap gate reports a listed page that was not built and pages left out', () => {
		const failures = checkSitemap(BROKEN, TEST_SITE);
		expect(expectFailure(failures, '/sitemap-0.xml', 'sitemap-dead')[0]?.element).toBe('<loc>https://ocop.example.org/da-xoa/</loc>');
		expectFailure(failures, '/gioi-thieu/', 'sitemap-coverage');
		expect(
			failures.filter((f) => f.page === '/missing-alt/'),
			'noindex pages are left out on purpose',
		).toEqual([]);
	});

	it('the CSP gate reports an injected script, an event handler and a javascript: URL', () => {
		const failures = checkCspCompliance(BROKEN, TEST_SITE);
		expect(expectFailure(failures, '/injected/', 'inline-script')[0]?.element).toBe('<script>alert(1)');
		expect(expectFailure(failures, '/injected/', 'inline-handler')[0]?.element).toBe('<img src="x" onerror="alert(1)" alt="x">');
		expect(expectFailure(failures, '/injected/', 'javascript-url')[0]?.element).toBe('<a href="javascript:alert(1)">');
		expect(failures.filter((f) => f.page !== '/injected/')).toEqual([]);
	});

	it('the external-link gate reports a link to another site without rel="noopener"', () => {
		expect(expectFailure(checkExternalLinks(BROKEN, TEST_SITE), '/external/', 'noopener')[0]?.element).toBe(
			'<a href="https://example.com/">',
		);
	});

	it('the headers gate reports a missing header and a policy that allows inline scripts', () => {
		const failures = checkHeaders(
			parseHeaders("/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'unsafe-inline'\n  X-Frame-Options: DENY\n"),
		);
		expect(failures.map((f) => `${f.rule} ${f.element}`)).toEqual(
			expect.arrayContaining([
				'csp-directive Content-Security-Policy script-src',
				'csp-unsafe Content-Security-Policy script-src',
				'csp-directive Content-Security-Policy object-src',
				'header x-content-type-options',
				'header Permissions-Policy',
			]),
		);
	});

	it('the JavaScript gate reports a script on a page that must not run any, and allows it on the search page', () => {
		const failures = checkJavaScript(BROKEN);
		expect(expectFailure(failures, '/scripted/', 'no-javascript')[0]?.element).toBe('<script type="module" src="/app.js">');
		expect(failures.filter((f) => f.page === '/tim-kiem/')).toEqual([]);
	});

	it('the picture gate reports a picture without width and height in an old format', () => {
		const failures = checkImages(BROKEN);
		expect(expectFailure(failures, '/images/', 'image-dimensions')).toHaveLength(2);
		expect(expectFailure(failures, '/images/', 'image-format')[0]?.message).toBe('/photo.jpg is not WebP, AVIF or SVG');
		expectFailure(failures, '/missing-alt/', 'image-alt');
	});

	it('the budget gate reports a page over its budget', () => {
		const failures = checkBudgets(weighSite(BROKEN), { code: 600, images: 200 });
		expect(expectFailure(failures, '/scripted/', 'code-budget')[0]?.message).toMatch(
			/^HTML\+CSS\+JS is \d+ bytes gzip \(HTML \d+, CSS \d+, JS \d+\); the budget is 600$/,
		);
		expectFailure(failures, '/images/', 'image-budget');
	});

	it('the budget gate reports a page whose HTML is over its gzip size or its number of elements', () => {
		const failures = checkBudgets(weighSite(BROKEN), { code: 1e9, images: 1e9, html: 300, elements: 10 });
		const html = failures.filter((f) => f.rule === 'html-budget');
		const elements = failures.filter((f) => f.rule === 'element-budget');
		expect(html.length).toBeGreaterThan(0);
		expect(elements.length).toBeGreaterThan(0);
		expect(elements[0]?.message).toMatch(/^the page has \d+ elements; the budget is 10 \(split the list by province or into pages\)$/);
		// Within the real budgets, the same pages pass those two rules.
		expect(checkBudgets(weighSite(BROKEN)).filter((f) => f.rule === 'html-budget' || f.rule === 'element-budget')).toEqual([]);
	});

	it('scripts/budgets.ts exits with 1 and prints every failure', () => {
		const run = spawnSync(process.execPath, [join(ROOT, 'scripts/budgets.ts'), BROKEN], { encoding: 'utf8' });
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('✗ /scripted/  <script type="module" src="/app.js">\n    [budget/no-javascript]');
		expect(run.stderr).toContain('[images/image-format] /photo.jpg is not WebP, AVIF or SVG');
	});
});
