/**
 * The page table of the site (src/lib/site-pages.ts) built from its catalogue, for the catch-all
 * routes `src/pages/[...path].astro` and `src/pages/en/[...path].astro`; every URL comes from routes.ts.
 */
import { catalogue, catalogueDigest, productStoryDigests } from './catalogue.ts';
import { pageKey } from '../lib/page-key.ts';
import type { PictureSource } from '../lib/media/pictures.ts';
import { routePath, type Locale } from '../lib/routes.ts';
import { sitePages, type PageData as PageDataOf, type SitePage as SitePageOf } from '../lib/site-pages.ts';

export { STAR_LEVELS } from '../lib/site-pages.ts';
/** What one page of the site shows. */
export type PageData = PageDataOf<PictureSource>;
/** A row of the site's page table. */
export type SitePage = SitePageOf<PictureSource>;

/** Kinds whose view shows nothing but the page's data (and, for a product, its stories). */
const DATA_ONLY = new Set<PageData['kind']>(['product', 'productList', 'group', 'stars', 'place', 'producer']);
/** Kinds whose view reads files or settings outside the content: rendered on every build. */
const UNKEYED = new Set<PageData['kind']>(['search', 'data', 'editors', 'translationReport', 'certificateReport', 'stockReport', 'guide']);

/** `getStaticPaths` of the catch-all route of `locale`, each page with its incremental-build key (src/lib/page-key.ts). */
export async function staticPaths(locale: Locale) {
	const prefix = routePath(locale, { key: 'home' });
	const [c, digest] = await Promise.all([catalogue(), catalogueDigest()]);
	return sitePages(c).map(({ route, data }) => ({
		params: { path: routePath(locale, route).slice(prefix.length).replace(/\/$/, '') },
		props: { route, data },
		...(UNKEYED.has(data.kind)
			? {}
			: {
					cacheKey: DATA_ONLY.has(data.kind)
						? pageKey(c.asOf, locale, route, data, data.kind === 'product' ? productStoryDigests(data.product.slug) : null)
						: pageKey(digest, locale, route),
				}),
	}));
}
