/** Reading the built sample site from tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';
import { SITE_DIR, TEST_SITE } from './paths.ts';

/** Every HTML file of the built site, as site-relative URL paths ("/en/products/x/"). */
export function htmlPages(dir = SITE_DIR): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.name.endsWith('.html')) out.push(`/${relative(dir, p)}`.replace(/index\.html$/, ''));
		}
	};
	walk(dir);
	return out.sort();
}

/** The file a site path is served from, or undefined if none. */
export function fileFor(path: string, dir = SITE_DIR): string | undefined {
	const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '');
	for (const candidate of [clean, join(clean, 'index.html')]) {
		const full = join(dir, candidate);
		if (existsSync(full) && !full.endsWith('/')) {
			try {
				readFileSync(full);
				return full;
			} catch {
				/* a folder */
			}
		}
	}
	return undefined;
}

/** A built page, parsed. Throws when the page was not built. */
export function page(path: string, dir = SITE_DIR): cheerio.CheerioAPI {
	const file = fileFor(path, dir);
	if (!file) throw new Error(`No page built at ${path}`);
	return cheerio.load(readFileSync(file, 'utf8'));
}

/** The site path of an absolute URL of the test site. */
export function sitePath(url: string): string {
	if (!url.startsWith(TEST_SITE)) throw new Error(`${url} is not on ${TEST_SITE}`);
	return url.slice(TEST_SITE.length) || '/';
}
