/**
 * The printable QR label pages of this build: one sheet per OCOP centre and per sales point, with
 * a label for each product it stocks, and one page per product with its single label.
 */
import { catalogue, type SiteProduct } from './catalogue.ts';
import type { PlaceView } from '../lib/catalogue.ts';
import { labelledProducts } from '../lib/labels.ts';
import { labelSheetPath, productLabelPath } from '../lib/routes.ts';

/** A printable page of labels. */
export type LabelSheet =
	| { path: string; kind: 'place'; place: PlaceView; labelled: SiteProduct[]; revoked: SiteProduct[] }
	| { path: string; kind: 'product'; product: SiteProduct };

/** Every printable page of labels. */
export async function labelSheets(): Promise<LabelSheet[]> {
	const c = await catalogue();
	const sheets: LabelSheet[] = [];
	for (const place of [...c.centres.values(), ...c.salesPoints.values()]) {
		const stocked = (place.type === 'centre' ? c.byCentre : c.bySalesPoint).get(place.id) ?? [];
		sheets.push({ path: labelSheetPath(place), kind: 'place', place, ...labelledProducts(stocked) });
	}
	for (const product of labelledProducts(c.products).labelled) {
		sheets.push({ path: productLabelPath(product.facts.code), kind: 'product', product });
	}
	return sheets;
}
