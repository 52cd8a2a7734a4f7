/**
 * Build settings read from the environment, with documented defaults (see README).
 * Plain TypeScript so astro.config.mjs, content.config.ts and scripts agree.
 */

/** Public origin of the site, used for canonical URLs, the sitemap and QR codes. */
export const DEFAULT_SITE = 'https://ocop.example.org';

/** `SITE_URL`, or the placeholder origin. */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
	const value = env['SITE_URL'];
	if (value === undefined || value === '') return DEFAULT_SITE;
	const url = new URL(value); // throws on a malformed value, which should stop the build
	return url.origin;
}

/** Folder holding the editors' content: `OCOP_CONTENT_DIR` or `content`. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
	return (env['OCOP_CONTENT_DIR'] ?? 'content').replace(/\/+$/, '');
}

/** The site's public origin as pages see it (`Astro.site`), the placeholder when none is configured. */
export function publicSite(site?: URL | string): URL {
	return new URL(site ?? DEFAULT_SITE);
}
