/**
 * The browser gates fail when they should: axe-core, the keyboard walk, the skip-link check and
 * the CSP and dialog watch, run on tests/fixtures/broken-dist, a hand-written site whose pages each
 * carry one deliberate defect.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { checkAxe, checkKeyboard, checkSkipLink, watchPage } from '../../scripts/gates/browser.ts';
import { formatFailures } from '../../scripts/gates/report.ts';
import { headersFor, parseHeaders } from '../../scripts/gates/security.ts';
import { launch, serve } from '../helpers/browser.ts';
import { expectFailure, expectNoFailures } from '../helpers/gates.ts';
import { ROOT } from '../helpers/paths.ts';

const BROKEN = join(ROOT, 'tests/fixtures/broken-dist');
/** The site's own headers (Content Security Policy included), from public/_headers. */
const SITE_HEADERS = headersFor('/', parseHeaders(readFileSync(join(ROOT, 'public/_headers'), 'utf8')));
let browser: Browser;
let withPolicy: Awaited<ReturnType<typeof serve>>;
let withoutPolicy: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
	[browser, withPolicy, withoutPolicy] = await Promise.all([
		launch(),
		serve(BROKEN, { headers: SITE_HEADERS }),
		serve(BROKEN, { headers: {} }),
	]);
});
afterAll(async () => {
	await browser?.close();
	await withPolicy?.close();
	await withoutPolicy?.close();
});

describe('the browser gates on a deliberately broken site', () => {
	it('axe-core reports a picture without alt text, with the page, the element and the rule', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${withPolicy.origin}/missing-alt/`);
		const failures = await checkAxe(page, '/missing-alt/');
		expect(expectFailure(failures, '/missing-alt/', 'image-alt')[0]?.element).toBe('img  <img src="/pic.svg" width="40" height="40">');
		expect(formatFailures(failures)).toContain('[a11y/image-alt] Images must have alternative text');
		await page.goto(`${withPolicy.origin}/`);
		expectNoFailures(await checkAxe(page, '/'));
		await context.close();
	});

	it('axe-core reports a link whose visible text is not part of its accessible name (WCAG 2.5.3, label in name)', async () => {
		// axe runs in a browser context of its own making (it opens a page there to collect frame results).
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${withPolicy.origin}/label-mismatch/`);
		const failures = await checkAxe(page, '/label-mismatch/');
		expect(expectFailure(failures, '/label-mismatch/', 'label-content-name-mismatch')[0]?.element).toBe(
			'a[href="/"]  <a href="/" hreflang="en" lang="en" aria-label="Xem trang này bằng tiếng Anh">English</a>',
		);
		await context.close();
	});

	it('the keyboard walk reports an invisible focus, a weak focus ring and a link Tab never reaches', async () => {
		const page = await browser.newPage();
		await page.goto(`${withPolicy.origin}/keyboard/`);
		const failures = await checkKeyboard(page, '/keyboard/');
		expect(expectFailure(failures, '/keyboard/', 'focus-visible')[0]?.element).toBe('<a class="no-ring" href="/">');
		expect(expectFailure(failures, '/keyboard/', 'tab-unreachable')[0]?.element).toBe('<a href="/" tabindex="-1">');
		expect(expectFailure(failures, '/keyboard/', 'focus-contrast')[0]?.message).toMatch(/^the focus outline has a contrast of 1\.6\d?:1 /);
		expect(failures).toHaveLength(3);
		await page.goto(`${withPolicy.origin}/`);
		expectNoFailures(await checkKeyboard(page, '/'));
		await page.close();
	});

	it('the skip-link check reports a skip link to an element that does not exist', async () => {
		const page = await browser.newPage();
		await page.goto(`${withPolicy.origin}/keyboard/`);
		expect(expectFailure(await checkSkipLink(page, '/keyboard/'), '/keyboard/', 'skip-link')[0]?.message).toBe(
			'no element has the id #nowhere',
		);
		await page.goto(`${withPolicy.origin}/`);
		expectNoFailures(await checkSkipLink(page, '/'));
		await page.close();
	});

	it('the watch reports each piece of injected code the policy blocks', async () => {
		const page = await browser.newPage();
		const watch = await watchPage(page);
		await page.goto(`${withPolicy.origin}/injected/`);
		const failures = await watch.take('/injected/');
		const blocked = expectFailure(failures, '/injected/', 'csp-violation').map((f) => f.message);
		expect(
			blocked.some((m) => /^script-src(-elem)? blocked inline/.test(m)),
			blocked.join('\n'),
		).toBe(true);
		expect(
			blocked.some((m) => /inline event handler/.test(m)),
			blocked.join('\n'),
		).toBe(true);
		expect(failures.filter((f) => f.rule === 'dialog')).toEqual([]);
		await page.goto(`${withPolicy.origin}/`);
		expectNoFailures(await watch.take('/'));
		await page.close();
	});

	it('without the policy, the watch reports the dialog the injected code opens', async () => {
		const page = await browser.newPage();
		const watch = await watchPage(page);
		await page.goto(`${withoutPolicy.origin}/injected/`);
		await page.waitForTimeout(200);
		expect(expectFailure(await watch.take('/injected/'), '/injected/', 'dialog')[0]?.element).toBe('alert("1")');
		await page.close();
	});
});
