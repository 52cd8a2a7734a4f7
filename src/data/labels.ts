/**
 * The printable QR label pages of this build: one sheet per OCOP centre and per sales point, with
 * a label for each product it stocks, and one sheet per district with a label for each of its
 * products. A product's own label is its label on its district's sheet, shown alone through the
 * URL's fragment (routes.ts `productLabelPath`): a page per product would make 13,000 pages of
 * one label each at national scale, and static hosts cap a site's files (Cloudflare Pages: 100,000).
 */
import { catalogue, type SiteProduct } from './catalogue.ts';
import type { DistrictView, PlaceView } from '../lib/catalogue.ts';
import { labelledProducts } from '../lib/labels.ts';
import { labelSheetPath } from '../lib/routes.ts';

/** A printable page of labels: the labelled products in the order their place's or district's page lists them. */
export type LabelSheet = { path: string; labelled: SiteProduct[]; revoked: SiteProduct[] } & (
	{ kind: 'place'; place: PlaceView } | { kind: 'district'; district: DistrictView }
);

/** Every printable page of labels. */
export async function labelSheets(): Promise<LabelSheet[]> {
	const c = await catalogue();
	const sheets: LabelSheet[] = [];
	for (const place of [...c.centres.values(), ...c.salesPoints.values()]) {
		const stocked = (place.type === 'centre' ? c.byCentre : c.bySalesPoint).get(place.id) ?? [];
		sheets.push({ path: labelSheetPath(place), kind: 'place', place, ...labelledProducts(stocked) });
	}
	// The district's products in the order its page lists them; districts without products have no sheet.
	for (const district of c.districts.values()) {
		const products = c.byDistrict.get(district.id);
		if (products === undefined) continue;
		sheets.push({ path: labelSheetPath({ type: 'district', id: district.id }), kind: 'district', district, ...labelledProducts(products) });
	}
	return sheets;
}
