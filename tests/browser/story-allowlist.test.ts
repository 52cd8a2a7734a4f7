/**
 * The XSS and phishing corpus (tests/fixtures/xss/corpus.ts), rendered as a story is (Astro's
 * Markdown pipeline, then the allowlist, src/lib/content/story-sanitise.ts), in a product page of
 * the built sample site, served by a host that sends no headers (as GitHub Pages does): in
 * Chromium nothing runs, no dialog opens, no request leaves the site, and no link, form or
 * redirect leads elsewhere than a web page. Checked with the page's meta policy and without it,
 * so the allowlist is seen to hold on its own.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import * as cheerio from 'cheerio';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchPage } from '../../scripts/gates/browser.ts';
import { fileFor } from '../../scripts/gates/dist.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { sanitiseStoryHtml } from '../../src/lib/content/story-sanitise.ts';
import { routePath } from '../../src/lib/routes.ts';
import { XSS_CORPUS } from '../fixtures/xss/corpus.ts';
import { launch, serve } from '../helpers/browser.ts';
import { expectNoFailures } from '../helpers/gates.ts';
import { ROOT, SITE_DIR, TMP } from '../helpers/paths.ts';

const DIR = join(TMP, `story-allowlist-${process.pid}`);
const [first] = readContent(`${ROOT}content`, ROOT).products;
const PATH = routePath('vi', { key: 'products', id: first?.id ?? '' });
let browser: Browser;

/** The product page with its story replaced by the corpus as the renderer gives it; `meta`: keep the page's meta policy. */
function writePage(dir: string, story: string, meta: boolean) {
	const $ = cheerio.load(readFileSync(fileFor(PATH, SITE_DIR) as string, 'utf8'));
	$('.prose').html(story);
	if (!meta) $('meta[http-equiv="content-security-policy"]').remove();
	mkdirSync(join(dir, PATH), { recursive: true });
	writeFileSync(join(dir, PATH, 'index.html'), $.html());
	cpSync(join(SITE_DIR, '_astro'), join(dir, '_astro'), { recursive: true });
	cpSync(join(SITE_DIR, 'favicon.svg'), join(dir, 'favicon.svg'));
}

let story = '';
beforeAll(async () => {
	rmSync(DIR, { recursive: true, force: true });
	const processor = await createMarkdownProcessor({ syntaxHighlight: false });
	const markdown = XSS_CORPUS.map(([, vector]) => vector).join('\n\n');
	story = sanitiseStoryHtml((await processor.render(markdown)).code.trimEnd());
	writePage(join(DIR, 'with-meta'), story, true);
	writePage(join(DIR, 'no-policy'), story, false);
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	rmSync(DIR, { recursive: true, force: true });
});

describe('the XSS and phishing corpus in a built page, on a host that sends no headers', () => {
	it.each([
		['with the page’s meta policy', 'with-meta'],
		['with no policy at all', 'no-policy'],
	])('runs nothing, opens no dialog and requests nothing from another host in Chromium, %s', async (_, folder) => {
		const server = await serve(join(DIR, folder), { headers: {} });
		const context = await browser.newContext();
		const page = await context.newPage();
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		const watch = await watchPage(page);
		await page.addInitScript(() => {
			(window as unknown as { __ran: string[] }).__ran = [];
			window.alert = (message?: unknown) => (window as unknown as { __ran: string[] }).__ran.push(String(message));
		});
		try {
			const response = await page.goto(server.origin + PATH);
			expect(response?.headers()['content-security-policy']).toBeUndefined();
			await page.waitForLoadState('networkidle');
			// Every link a reader could follow in the story, followed: none runs code or opens another document in this one.
			const hrefs = await page.$$eval('.prose a[href]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
			for (const href of hrefs) expect(href, href).toMatch(/^(https?:\/\/|mailto:|tel:|\/(?!\/))/);
			const found = await page.evaluate(() => {
				const prose = document.querySelector('.prose');
				const out: string[] = [];
				for (const el of prose?.querySelectorAll('*') ?? []) {
					if (
						[
							'SCRIPT',
							'STYLE',
							'IFRAME',
							'OBJECT',
							'EMBED',
							'FORM',
							'INPUT',
							'BUTTON',
							'META',
							'BASE',
							'LINK',
							'SVG',
							'MATH',
							'VIDEO',
							'AUDIO',
							'SOURCE',
							'TEMPLATE',
						].includes(el.tagName.toUpperCase())
					)
						out.push(el.tagName);
					for (const attr of el.getAttributeNames())
						if (/^on|^style$|^srcset$|^poster$|^ping$|^action$|^formaction$|^xlink:href$|^srcdoc$/i.test(attr))
							out.push(`${el.tagName} ${attr}`);
				}
				return { out, ran: (window as unknown as { __ran: string[] }).__ran, base: document.baseURI };
			});
			expect(found.out).toEqual([]);
			expect(found.ran).toEqual([]);
			expect(found.base).toBe(server.origin + PATH);
			const foreign = requests.filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith('data:'));
			expect(foreign).toEqual([]);
			expect(page.url()).toBe(server.origin + PATH);
			expectNoFailures(await watch.take(PATH));
		} finally {
			await context.close();
			await server.close();
		}
	});

	it('leaves none of the corpus’s hosts, schemes, handlers or elements in the page’s HTML', () => {
		const $ = cheerio.load(readFileSync(join(DIR, 'no-policy', PATH, 'index.html'), 'utf8'));
		const left: string[] = [];
		const elements = $('.prose *').toArray();
		expect(elements.length).toBeGreaterThan(10);
		for (const el of elements) {
			if (el.type !== 'tag') continue;
			if (!['p', 'a', 'img', 'details', 'summary', 'em', 'strong', 'br'].includes(el.tagName)) left.push(`<${el.tagName}>`);
			for (const [name, value] of Object.entries(el.attribs) as Array<[string, string]>) {
				// alt and title are text shown to the reader, not addresses.
				if (name === 'alt' || name === 'title') continue;
				if (!['href', 'src', 'open'].includes(name) || /evil\.example|javascript:|vbscript:|data:/i.test(value))
					left.push(`${el.tagName} ${name}="${value}"`);
			}
		}
		expect(left).toEqual([]);
	});
});
