/**
 * The pages of one-page product sheets of this build: a district's sheets in pages of ten per
 * language under /in/products/ (routes.ts `productSheetsPath`, src/lib/buyers/product-sheets.ts); a
 * product's link opens its own sheet alone through the fragment (`productSheetPath`, with the page
 * the catalogue gives it), as labels do (src/data/labels.ts). Products whose certificate was revoked
 * get no sheet: their stars may no longer be printed (src/lib/labels.ts).
 */
import { catalogue, type SiteProduct } from './catalogue.ts';
import type { DistrictView } from '../lib/catalogue.ts';
import { labelledProducts } from '../lib/labels.ts';
import { sheetPages } from '../lib/buyers/product-sheets.ts';
import { LOCALES, productSheetsPath, type Locale } from '../lib/routes.ts';

/** One page of sheets: some of a district's products, by code, in one language. */
export interface ProductSheets {
	path: string;
	locale: Locale;
	district: DistrictView;
	products: SiteProduct[];
	/** This page's number (1 for the first) and the paths of all the district's pages in this language. */
	page: number;
	pages: string[];
	/** How many sheets the district has in all. */
	total: number;
	/** The catalogue's day, on which statuses are computed. */
	asOf: string;
}

/** Every page of product sheets; districts without a product that may be printed have none. */
export async function productSheets(): Promise<ProductSheets[]> {
	const c = await catalogue();
	const pages: ProductSheets[] = [];
	for (const district of c.districts.values()) {
		const { labelled } = labelledProducts(c.byDistrict.get(district.id) ?? []);
		const split = sheetPages(labelled);
		for (const locale of LOCALES) {
			const paths = split.map((_, i) => productSheetsPath(district.id, locale, i + 1));
			split.forEach((products, i) =>
				pages.push({
					path: paths[i] as string,
					locale,
					district,
					products,
					page: i + 1,
					pages: paths,
					total: labelled.length,
					asOf: c.asOf,
				}),
			);
		}
	}
	return pages;
}
