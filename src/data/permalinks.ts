/**
 * The permalink pages (/p/<code>/) of this build: every current product and every product of the
 * retired registry (content/retired-products.yaml). What each says is decided in src/lib/permalinks.ts.
 */
import { getCollection } from 'astro:content';
import { catalogue, type SiteProduct } from './catalogue.ts';
import { permalinkPages, type PermalinkPage } from '../lib/permalinks.ts';
import type { RetiredProduct } from '../lib/content/schema.ts';

/** A permalink page of the site. */
export type SitePermalink = PermalinkPage<SiteProduct, RetiredProduct>;

/** Every permalink page, current products first. */
export async function permalinks(): Promise<SitePermalink[]> {
	const [c, retired] = await Promise.all([catalogue(), getCollection('retiredProducts')]);
	return permalinkPages(
		c.products,
		retired.map((e) => e.data),
	);
}
