/**
 * The pages of one-page product sheets of this build: one per district and language under
 * /in/products/ (routes.ts `productSheetsPath`), holding the sheet of each of its products; a product's
 * link opens its own sheet alone through the fragment (`productSheetPath`), as labels do
 * (src/data/labels.ts). Products whose certificate was revoked get no sheet: their stars may no
 * longer be printed (src/lib/labels.ts).
 */
import { catalogue, type SiteProduct } from './catalogue.ts';
import type { DistrictView } from '../lib/catalogue.ts';
import { labelledProducts } from '../lib/labels.ts';
import { LOCALES, productSheetsPath, type Locale } from '../lib/routes.ts';

/** One page of sheets: a district's products, in the order of its page, in one language. */
export interface ProductSheets {
	path: string;
	locale: Locale;
	district: DistrictView;
	products: SiteProduct[];
	/** The catalogue's day, on which statuses are computed. */
	asOf: string;
}

/** Every page of product sheets; districts without a product that may be printed have none. */
export async function productSheets(): Promise<ProductSheets[]> {
	const c = await catalogue();
	const pages: ProductSheets[] = [];
	for (const district of c.districts.values()) {
		const { labelled } = labelledProducts(c.byDistrict.get(district.id) ?? []);
		if (labelled.length === 0) continue;
		for (const locale of LOCALES)
			pages.push({ path: productSheetsPath(district.id, locale), locale, district, products: labelled, asOf: c.asOf });
	}
	return pages;
}
