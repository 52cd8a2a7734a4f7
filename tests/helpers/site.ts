/** Reading the built sample site from tests. */
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { fileFor as distFileFor, htmlPages as distPages } from '../../scripts/gates/dist.ts';
import { SITE_DIR, TEST_SITE } from './paths.ts';

/** Every HTML file of the built site, as site-relative URL paths ("/en/products/x/"). */
export function htmlPages(dir = SITE_DIR): string[] {
	return distPages(dir);
}

/** The file a site path is served from, or undefined if none. */
export function fileFor(path: string, dir = SITE_DIR): string | undefined {
	return distFileFor(path, dir);
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
