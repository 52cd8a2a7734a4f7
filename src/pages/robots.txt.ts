/** robots.txt: everything may be crawled except permalinks and print sheets; the sitemap's absolute URL. */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL('/sitemap-index.xml', site ?? 'https://ocop.example.org').href;
	return new Response(`User-agent: *\nDisallow: /p/\nDisallow: /in/\n\nSitemap: ${sitemap}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
