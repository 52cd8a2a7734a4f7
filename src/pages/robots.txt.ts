/**
 * robots.txt: everything may be crawled except permalinks and print sheets; the sitemap's absolute
 * URL. Under a sub-path (a GitHub Pages project site) crawlers only read /robots.txt at the host's
 * root, which this site does not own: there the sitemap and the pages' `noindex` do the work.
 */
import { publicSite } from '../lib/config.ts';
import type { APIRoute } from 'astro';
import { absoluteUrl, NEUTRAL_PREFIXES, withBase } from '../lib/routes.ts';

export const GET: APIRoute = ({ site }) => {
	const sitemap = absoluteUrl(withBase('/sitemap-index.xml'), publicSite(site));
	const disallow = Object.values(NEUTRAL_PREFIXES)
		.map((prefix) => `Disallow: ${withBase(prefix)}\n`)
		.join('');
	return new Response(`User-agent: *\n${disallow}\nSitemap: ${sitemap}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
