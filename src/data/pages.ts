/**
 * The page table of the site (src/lib/site-pages.ts) built from its catalogue, for the catch-all
 * routes `src/pages/[...path].astro` and `src/pages/en/[...path].astro`; every URL comes from routes.ts.
 */
import type { ImageMetadata } from 'astro';
import { catalogue } from './catalogue.ts';
import { routePath, type Locale } from '../lib/routes.ts';
import { sitePages, type PageData as PageDataOf, type SitePage as SitePageOf } from '../lib/site-pages.ts';

export { STAR_LEVELS } from '../lib/site-pages.ts';
/** What one page of the site shows. */
export type PageData = PageDataOf<ImageMetadata>;
/** A row of the site's page table. */
export type SitePage = SitePageOf<ImageMetadata>;

/** `getStaticPaths` of the catch-all route of `locale`. */
export async function staticPaths(locale: Locale) {
	const prefix = routePath(locale, { key: 'home' });
	return sitePages(await catalogue()).map(({ route, data }) => ({
		params: { path: routePath(locale, route).slice(prefix.length).replace(/\/$/, '') },
		props: { route, data },
	}));
}
