/**
 * Loads every collection once per build and resolves the catalogue. Pages import `catalogue()`
 * and never call `getCollection` themselves, so a build does the work once, not once per page.
 */
import type { ImageMetadata } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { buildCatalogue, type Catalogue, type ProductView } from '../lib/catalogue.ts';
import { asOfDate } from '../lib/certificate.ts';

/** The site's catalogue type: product images are optimisable Astro images. */
export type SiteCatalogue = Catalogue<ImageMetadata>;
/** A product as pages see it. */
export type SiteProduct = ProductView<ImageMetadata>;

let loading: Promise<SiteCatalogue> | undefined;

/** The catalogue, loaded on first use and shared by every page of the build. */
export function catalogue(): Promise<SiteCatalogue> {
	loading ??= (async () => {
		const [provinces, districts, producers, centres, salesPoints, products, stories] = await Promise.all([
			getCollection('provinces'),
			getCollection('districts'),
			getCollection('producers'),
			getCollection('centres'),
			getCollection('salesPoints'),
			getCollection('products'),
			getCollection('stories'),
		]);
		return buildCatalogue<ImageMetadata>({ provinces, districts, producers, centres, salesPoints, products, stories }, asOfDate());
	})();
	return loading;
}

/** The story entry of a product in a language, for `render()`. */
export function storyEntry(slug: string, locale: 'vi' | 'en') {
	return getEntry('stories', `${slug}/${locale}`);
}

/** `getStaticPaths` result of the product pages: one per product, the product as a prop. */
export async function productPaths() {
	const { products } = await catalogue();
	return products.map((product) => ({ params: { slug: product.slug }, props: { product } }));
}
