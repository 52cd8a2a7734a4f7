/**
 * Build settings read from the environment, with documented defaults (see docs/deploying.md).
 * Plain TypeScript so astro.config.mjs, content.config.ts and scripts agree.
 */

/** Public origin of the site, used for canonical URLs, the sitemap and QR codes. */
export const DEFAULT_SITE = 'https://ocop.example.org';

/** The process environment where there is one (this module is also bundled into browser scripts). */
const processEnv = (): Record<string, string | undefined> => globalThis.process?.env ?? {};

/** The full `SITE_URL` as a URL, or the placeholder. Throws on a malformed value, which should stop the build. */
function siteUrlOf(env: Record<string, string | undefined>): URL {
	const value = env['SITE_URL'];
	return new URL(value === undefined || value === '' ? DEFAULT_SITE : value);
}

/** The origin of `SITE_URL`, or of the placeholder. */
export function siteUrl(env: Record<string, string | undefined> = processEnv()): string {
	return siteUrlOf(env).origin;
}

/**
 * The path the site is served under, from the path of `SITE_URL`: `/` for a site at the root of its
 * host, `/repo/` for `SITE_URL=https://owner.github.io/repo/` (a GitHub Pages project site). This is
 * the one place the base is set: Astro's `base` (astro.config.mjs) and every URL of routes.ts take it
 * from here. Always starts and ends with a slash.
 */
export function basePath(env: Record<string, string | undefined> = processEnv()): string {
	const path = siteUrlOf(env).pathname.replace(/\/+$/, '');
	return `${path}/`;
}

/**
 * Where pictures, social previews and QR files are published when they are not published with the
 * pages: `MEDIA_URL`, an absolute address such as `https://media.ocop.example.org/` (always ending
 * in a slash), or undefined (the default: they sit in the site under its base). At national scale
 * they are 83,000 of the site's files and 3 GB of its 4 GB, more than the static hosts take
 * (docs/deploying.md, "Publishing a national catalogue"). Throws on a value that is not an http(s) address,
 * which should stop the build.
 */
export function mediaUrl(env: Record<string, string | undefined> = processEnv()): string | undefined {
	const value = env['MEDIA_URL'];
	// Asked for by every page's key and every picture's address: the last value is parsed once.
	if (lastMedia && lastMedia.value === value) return lastMedia.url;
	const url = parseMediaUrl(value);
	lastMedia = { value, url };
	return url;
}

/** The last `MEDIA_URL` read and what it gave. */
let lastMedia: { value: string | undefined; url: string | undefined } | undefined;

function parseMediaUrl(value: string | undefined): string | undefined {
	if (value === undefined || value === '') return undefined;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(
			`MEDIA_URL="${value}" is not an address: give a full one, e.g. https://media.example.org/ (MEDIA_URL không phải là một địa chỉ đầy đủ)`,
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new Error(`MEDIA_URL="${value}" must start with https:// (MEDIA_URL phải bắt đầu bằng https://)`);
	}
	if (url.search || url.hash) throw new Error(`MEDIA_URL="${value}" must not have a ? or # part (MEDIA_URL không được có phần ? hay #)`);
	return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The folder the media files (pictures, social previews, QR files) are written to: the output
 * folder itself, or, when `MEDIA_URL` is set, the folder beside it named `<outDir>-media`
 * (`dist-media/` beside `dist/`), to be published at `MEDIA_URL`.
 */
export function mediaOutDir(outDir: string, env: Record<string, string | undefined> = processEnv()): string {
	return mediaUrl(env) ? `${outDir.replace(/\/+$/, '')}-media` : outDir;
}

/** Folder holding the editors' content: `OCOP_CONTENT_DIR` or `content`. */
export function contentDir(env: Record<string, string | undefined> = processEnv()): string {
	return (env['OCOP_CONTENT_DIR'] ?? 'content').replace(/\/+$/, '');
}

/**
 * Astro's cache folder (its `cacheDir`), which CI restores between runs: the content data store,
 * pictures, social pictures and QR files are kept there, and the content check's parsed files and
 * findings of its last run (`content-check*.bin`, src/lib/content/file-cache.ts and unit-cache.ts). A build of another content folder (the
 * test fixtures) gets its own, so that entries of one never leak into the other.
 */
export function cacheDir(env: Record<string, string | undefined> = processEnv()): string {
	const content = contentDir(env);
	return content === 'content' ? 'node_modules/.astro' : `node_modules/.astro/content-${content.replace(/[^a-z0-9]+/gi, '-')}`;
}

/** The site's public origin as pages see it (`Astro.site`), the placeholder when none is configured. */
export function publicSite(site?: URL | string): URL {
	return new URL(site ?? DEFAULT_SITE);
}
