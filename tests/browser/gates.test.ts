/**
 * The browser gates on the built sample site, in Chromium, on a sample of every kind of page in
 * both languages (tests/helpers/page-sample.ts): axe-core finds no WCAG 2.0/2.1/2.2 A or AA
 * violation, every link and control is reachable with Tab and visibly focused, the skip link
 * works, and pages load under the site's Content Security Policy without a single violation.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { allowsJavaScript } from '../../scripts/gates/budgets.ts';
import { checkAxe, checkKeyboard, checkSkipLink, watchPage } from '../../scripts/gates/browser.ts';
import { fileFor, htmlPages, pageKind, SPECIAL_KINDS } from '../../scripts/gates/dist.ts';
import type { Failure } from '../../scripts/gates/report.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { useSiteInBrowser } from '../helpers/browser.ts';
import { expectNoFailures } from '../helpers/gates.ts';
import { pageSample } from '../helpers/page-sample.ts';
import { ROOT, SITE_DIR } from '../helpers/paths.ts';

const sample = pageSample(readContent(`${ROOT}content`, ROOT));
const built = sample.filter((p) => fileFor(p.path, SITE_DIR));
const site = useSiteInBrowser();

/** Runs `check` on every built page of `pages` (the sample), in one tab, and gathers the failures. */
async function onSample(check: (page: Page, path: string) => Promise<Failure[]>, viewport = { width: 1280, height: 800 }, pages = built) {
	const context = await site.browser.newContext({ viewport });
	const page = await context.newPage();
	const failures: Failure[] = [];
	try {
		for (const { path } of pages) {
			await page.goto(site.origin + path);
			// Pages that may run JavaScript (search, permalinks that redirect) settle before they are checked.
			if (allowsJavaScript(path)) {
				await page.waitForLoadState('networkidle');
				// The search page shows or hides controls when its first results are drawn: wait for that.
				await page.waitForFunction(() => document.querySelector('ocop-search')?.hasAttribute('data-done') ?? true);
			}
			failures.push(...(await check(page, path)));
		}
	} finally {
		await context.close();
	}
	return failures;
}

describe('the browser gates on the built sample site', () => {
	it('samples every kind of page the site builds, and every page it names that is not optional was built', () => {
		const missing = sample.filter((p) => !p.optional && !fileFor(p.path, SITE_DIR)).map((p) => `${p.name}: ${p.path}`);
		expect(missing, 'pages named in tests/helpers/page-sample.ts that were not built').toEqual([]);
		const sampled = new Set(built.map((p) => pageKind(p.path)));
		// The form editor (/admin/) is Sveltia CMS, an application for editors: tests/browser/form-editor.test.ts
		// holds it to its own policy, console and requests; its interface's accessibility is Sveltia's.
		sampled.add(SPECIAL_KINDS.editor);
		const unsampled = [...new Map(htmlPages(SITE_DIR).map((path) => [pageKind(path), path]))].filter(([kind]) => !sampled.has(kind));
		expect(
			unsampled.map(([kind, path]) => `${kind} (e.g. ${path})`),
			'kinds of page built but not in tests/helpers/page-sample.ts',
		).toEqual([]);
	});

	it('axe-core finds no WCAG 2.0, 2.1 or 2.2 level A or AA violation on any sampled page', async () => {
		expectNoFailures(await onSample(checkAxe));
	}, 600_000);

	it('axe-core finds none on a 390 px wide phone either (Vietnamese pages: the layout is the same in English)', async () => {
		expectNoFailures(
			await onSample(
				checkAxe,
				{ width: 390, height: 844 },
				built.filter((p) => !p.path.startsWith('/en/')),
			),
		);
	}, 600_000);

	it('every link and control on the sampled pages can be reached with Tab and shows a visible focus mark', async () => {
		expectNoFailures(await onSample((page, path) => checkKeyboard(page, path)));
	}, 600_000);

	it('the first Tab stop is a skip link that appears and takes the focus to the main content', async () => {
		expectNoFailures(await onSample(checkSkipLink));
	}, 600_000);

	it('pages load under the Content Security Policy of _headers without a single violation or dialog', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		const watch = await watchPage(page);
		const failures: Failure[] = [];
		for (const { path } of built) {
			// Pages that may run JavaScript (search, permalinks) are watched until their network is idle.
			const response = await page.goto(site.origin + path, { waitUntil: allowsJavaScript(path) ? 'networkidle' : 'load' });
			expect(response?.headers()['content-security-policy'], path).toContain("default-src 'self'");
			failures.push(...(await watch.take(path)));
		}
		await context.close();
		expectNoFailures(failures);
	});
});
