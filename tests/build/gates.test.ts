/**
 * The quality gates, run on the built sample site: valid HTML on every page, links and alternates,
 * the sitemap, the Content Security Policy, JavaScript and picture rules, and page weight. Each
 * gate is a function in scripts/gates/ returning failures; tests/build/gates-broken.test.ts runs the
 * same functions on a deliberately broken site to show that each one can fail.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBudgets, checkImages, checkJavaScript, checkRegistration, checkShell, weighSite } from '../../scripts/gates/budgets.ts';
import { htmlPages } from '../../scripts/gates/dist.ts';
import { checkHtml } from '../../scripts/gates/html.ts';
import { checkAlternates, checkCanonicals, checkLinks, checkSitemap } from '../../scripts/gates/links.ts';
import { checkCspCompliance, checkExternalLinks, checkHeadersFile, checkMetaCsp } from '../../scripts/gates/security.ts';
import { expectNoFailures as expectNone } from '../helpers/gates.ts';
import { ROOT, SITE_DIR, TEST_SITE } from '../helpers/paths.ts';

describe('the quality gates on the built sample site', () => {
	it('every page is valid HTML by html-validate', async () => {
		const pages = htmlPages(SITE_DIR);
		expect(pages.length).toBeGreaterThan(200);
		expectNone(await checkHtml(SITE_DIR, pages));
	});

	it('every internal link, picture, stylesheet and fragment resolves to something built', () => {
		expectNone(checkLinks(SITE_DIR, TEST_SITE));
	});

	it('every page lists vi, en and x-default alternates that point back at it', () => {
		expectNone(checkAlternates(SITE_DIR, TEST_SITE, { hreflangs: ['vi', 'en', 'x-default'] }));
	});

	it('every canonical URL is absolute, on the configured site, and a built page', () => {
		expectNone(checkCanonicals(SITE_DIR, TEST_SITE));
	});

	it('the sitemap lists every page but the error pages, permalinks and print sheets, each canonical with its alternates', () => {
		expectNone(checkSitemap(SITE_DIR, TEST_SITE));
	});

	it('sends a strict Content Security Policy and hardening headers with every page', () => {
		expectNone(checkHeadersFile(join(SITE_DIR, '_headers'), '/'));
		expectNone(checkHeadersFile(join(SITE_DIR, '_headers'), '/en/products/x/'));
	});

	it('every page carries the same policy in a meta element at the top of its head, and the form editor its own', () => {
		expectNone(checkMetaCsp(SITE_DIR));
		const admin = checkMetaCsp(SITE_DIR, join(SITE_DIR, '_headers'), ['/admin/']);
		expectNone(admin);
		// The editor's policy is not the site's: the site's header for /admin/ would not match its meta.
		const sitePolicyOnly = join(ROOT, 'public/_headers');
		expect(checkMetaCsp(SITE_DIR, sitePolicyOnly, ['/admin/']).map((f) => f.rule)).toContain('meta-csp-directive');
	});

	it('the HTML complies with that policy: no inline code or styles, no javascript: URLs, data blocks that parse', () => {
		expectNone(checkCspCompliance(SITE_DIR, TEST_SITE));
	});

	it('links to other sites carry rel="noopener"', () => {
		expectNone(checkExternalLinks(SITE_DIR, TEST_SITE));
	});

	it('runs no JavaScript on any page except search, near me, saved for the trip and permalink pages, beyond the worker registration and the trip button', () => {
		expectNone(checkJavaScript(SITE_DIR));
	});

	it('gives every picture alt text, a width and a height, in a modern format', () => {
		expectNone(checkImages(SITE_DIR));
	});

	it('keeps every page within its weight budget', () => {
		expectNone(checkBudgets(weighSite(SITE_DIR)));
	});

	it("costs a first visit of the home page or a product page no more script than the worker's registration", () => {
		const pages = weighSite(SITE_DIR).filter((p) => p.kind === 'home' || p.kind === 'product');
		expect(pages.length).toBeGreaterThan(2);
		expectNone(checkRegistration(pages));
	});

	it('keeps what the service worker stores on install within its budget', () => {
		expectNone(checkShell(SITE_DIR));
	});

	it('scripts/budgets.ts prints the weight of each kind of page and passes', () => {
		const run = spawnSync(process.execPath, [join(ROOT, 'scripts/budgets.ts'), SITE_DIR], { encoding: 'utf8' });
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toMatch(/^kind +pages +HTML\+CSS\+JS gzip median +max +images median +max +heaviest page$/m);
		for (const kind of [
			'home',
			'product',
			'product list',
			'province',
			'district',
			'centre',
			'sales point',
			'producer',
			'group',
			'stars',
			'404',
		]) {
			expect(run.stdout).toMatch(new RegExp(`^${kind} +\\d+ +[\\d.]+ kB`, 'm'));
		}
	});
});
