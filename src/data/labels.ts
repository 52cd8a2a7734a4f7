/**
 * The printable QR label pages of this build: one sheet per OCOP centre and per sales point, with
 * a label for each product it stocks, and one sheet per district with a label for each of its
 * products, each sheet split into pages of the site by product code (src/lib/labels.ts
 * `labelSheetPages`, LABELS_PER_SITE_PAGE to a page). A product's own label is its label on its
 * district's sheet, on the page the catalogue gives it, shown alone through the URL's fragment
 * (routes.ts `productLabelPath`): a page per product would make 13,000 pages of one label each at
 * national scale, and static hosts cap a site's files (Cloudflare Pages: 100,000).
 */
import { catalogue, type SiteProduct } from './catalogue.ts';
import type { DistrictView, PlaceView } from '../lib/catalogue.ts';
import { labelledProducts, labelSheetPages } from '../lib/labels.ts';
import { labelSheetPath } from '../lib/routes.ts';

/** A printable page of labels: some of a place's or district's labelled products, by code. */
export type LabelSheet = {
	path: string;
	/** This page's labels. */
	labelled: SiteProduct[];
	/** The place's or district's products left out (a revoked certificate), all of them on every page. */
	revoked: SiteProduct[];
	/** This page's number (1 for the first) and the paths of all the place's or district's pages. */
	page: number;
	pages: string[];
	/** How many labels the place or district has in all. */
	total: number;
} & ({ kind: 'place'; place: PlaceView } | { kind: 'district'; district: DistrictView });

/** The pages of one place's or district's sheet; a sheet without labels is one page that says so. */
function sheetPagesOf(owner: Parameters<typeof labelSheetPath>[0], products: readonly SiteProduct[]) {
	const { labelled, revoked } = labelledProducts(products);
	const split = labelSheetPages(labelled);
	if (split.length === 0) split.push([]);
	const pages = split.map((_, i) => labelSheetPath(owner, i + 1));
	return split.map((labels, i) => ({ path: pages[i] as string, labelled: labels, revoked, page: i + 1, pages, total: labelled.length }));
}

/** Every printable page of labels. */
export async function labelSheets(): Promise<LabelSheet[]> {
	const c = await catalogue();
	const sheets: LabelSheet[] = [];
	for (const place of [...c.centres.values(), ...c.salesPoints.values()]) {
		const stocked = (place.type === 'centre' ? c.byCentre : c.bySalesPoint).get(place.id) ?? [];
		for (const page of sheetPagesOf(place, stocked)) sheets.push({ ...page, kind: 'place', place });
	}
	// Districts without products have no sheet; the pages hold the labels as the catalogue's `labelPage` says.
	for (const district of c.districts.values()) {
		const products = c.byDistrict.get(district.id);
		if (products === undefined) continue;
		for (const page of sheetPagesOf({ type: 'district', id: district.id }, products)) sheets.push({ ...page, kind: 'district', district });
	}
	return sheets;
}
