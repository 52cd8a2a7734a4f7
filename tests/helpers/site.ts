/** Reading the built sample site from tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { fileFor as distFileFor, htmlPages as distPages } from '../../scripts/gates/dist.ts';
import { SITE_DIR, TEST_SITE } from './paths.ts';
import type { SearchRecord } from '../../src/lib/search/records.ts';
import { splitRecordUrl } from '../../src/lib/search/search.ts';

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

/** A page's record in Pagefind's index, as its fragment file holds it: what the build gave Pagefind, and the index's language (`vi_…`, `en_…` in the file's name). */
export type SearchFragment = Pick<SearchRecord, 'url' | 'content' | 'meta' | 'filters'> & { lang: string };

/**
 * Every fragment (one per indexed page) of the search index of the site in `dir`: gzip, then
 * "pagefind_dcd" and JSON. As the search page reads it: `url` is the page's path, and the picture's
 * address it carries after a `#` (recordUrl) is given as `image` (undefined when it has none).
 */
export function searchFragments(dir = SITE_DIR): Array<SearchFragment & { image?: string }> {
	const folder = join(dir, 'pagefind', 'fragment');
	return readdirSync(folder).map((file) => {
		const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
		const fragment = JSON.parse(text.replace(/^pagefind_dcd/, '')) as Omit<SearchFragment, 'lang'>;
		const { path, image } = splitRecordUrl(fragment.url);
		return { lang: file.split('_')[0] ?? '', ...fragment, url: path, ...(image ? { image } : {}) };
	});
}
