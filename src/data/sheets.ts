/**
 * The one-page product sheets of this build: one per product and language, under /in/products/
 * (routes.ts `productSheetPath`), except for products whose certificate was revoked, whose stars
 * may no longer be printed (as for QR labels, src/lib/labels.ts).
 */
import { catalogue, type SiteProduct } from './catalogue.ts';
import { labelledProducts } from '../lib/labels.ts';
import { LOCALES, productSheetPath, type Locale } from '../lib/routes.ts';

/** One sheet: the product and the language it is written in. */
export interface ProductSheet {
	path: string;
	locale: Locale;
	product: SiteProduct;
	/** The catalogue's day, on which statuses are computed. */
	asOf: string;
}

/** Every product sheet. */
export async function productSheets(): Promise<ProductSheet[]> {
	const { products, asOf } = await catalogue();
	const { labelled } = labelledProducts(products);
	return labelled.flatMap((product) =>
		LOCALES.map((locale) => ({ path: productSheetPath(product.facts.code, locale), locale, product, asOf })),
	);
}
