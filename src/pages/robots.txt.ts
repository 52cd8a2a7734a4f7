/** robots.txt: everything may be crawled except permalinks and print sheets; the sitemap's absolute URL. */
import { publicSite } from '../lib/config.ts';
import type { APIRoute } from 'astro';
import { NEUTRAL_PREFIXES } from '../lib/routes.ts';

export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL('/sitemap-index.xml', publicSite(site)).href;
	const disallow = Object.values(NEUTRAL_PREFIXES).map((prefix) => `Disallow: ${prefix}\n`).join('');
	return new Response(`User-agent: *\n${disallow}\nSitemap: ${sitemap}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
