/**
 * The sitemap, with every page's language alternates taken from routes.ts (the same helper as
 * the `hreflang` links and the switcher), since Vietnamese and English paths use different words.
 */
import sitemap from '@astrojs/sitemap';
import { alternates, isLanguageNeutral, isUnlisted, routeFromPath, sitePath } from '../lib/routes.ts';

/**
 * Error pages are kept out of the sitemap, and so are language-neutral pages (permalinks, print
 * sheets), the editors' unlisted area (reports, guide) and the form editor (/admin/, noindex).
 */
export const SITEMAP_EXCLUDED = [/\/404\/?$/, /^\/admin\//];

/** True for a site path (without the base) that has no place in the sitemap. */
export function leftOutOfSitemapPath(path: string): boolean {
	return isLanguageNeutral(path) || isUnlisted(path) || SITEMAP_EXCLUDED.some((re) => re.test(path));
}

/** The configured @astrojs/sitemap integration for `site`. */
export function ocopSitemap(site: string) {
	return sitemap({
		filter: (page) => {
			const path = sitePath(new URL(page).pathname);
			return path !== undefined && !leftOutOfSitemapPath(path);
		},
		serialize(item) {
			const path = sitePath(new URL(item.url).pathname);
			const found = path === undefined ? undefined : routeFromPath(path);
			if (found) {
				item.links = alternates(found.route, site)
					.filter((a) => a.locale !== 'x-default')
					.map((a) => ({ lang: a.hreflang, url: a.href }));
			}
			return item;
		},
	});
}
