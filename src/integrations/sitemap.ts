/**
 * The sitemap, with every page's language alternates taken from routes.ts (the same helper as
 * the `hreflang` links and the switcher), since Vietnamese and English paths use different words.
 */
import sitemap from '@astrojs/sitemap';
import { alternates, routeFromPath } from '../lib/routes.ts';

/** Paths kept out of the sitemap: error pages, permalinks (they redirect) and print sheets. */
export const SITEMAP_EXCLUDED = [/\/404\/?$/, /^\/p\//, /\/(in|print)\//];

/** The configured @astrojs/sitemap integration for `site`. */
export function ocopSitemap(site: string) {
	return sitemap({
		filter: (page) => !SITEMAP_EXCLUDED.some((re) => re.test(new URL(page).pathname)),
		serialize(item) {
			const found = routeFromPath(new URL(item.url).pathname);
			if (found) {
				item.links = alternates(found.route, site)
					.filter((a) => a.locale !== 'x-default')
					.map((a) => ({ lang: a.hreflang, url: a.href }));
			}
			return item;
		},
	});
}
