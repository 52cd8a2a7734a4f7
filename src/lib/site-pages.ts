/**
 * Every page of the site except the home and error pages, in one table: which page it is (its
 * language-neutral `Route`) and the data it shows. Pure and generic over the image type, so unit
 * tests build it from plain objects; `src/data/pages.ts` builds it from the site's catalogue and the
 * catch-all routes turn it into pages. A new kind of page is one entry here and one view component.
 */
import type { Catalogue, DistrictView, PlaceView, ProducerView, ProductView } from './catalogue.ts';
import { paginate, type Page } from './paginate.ts';
import {
	certificateReport,
	stockReport,
	translationReport,
	type CertificateReport,
	type PlaceStock,
	type TranslationReport,
} from './reports.ts';
import type { Route } from './routes.ts';
import { CATEGORIES, type Province } from './schema.ts';

/** The star ratings the programme gives. */
export const STAR_LEVELS = [5, 4, 3] as const;

/** What one page shows. Every list of products is one page of it (`list`), so no page grows with the catalogue. */
export type PageData<I> =
	| { kind: 'productList'; list: Page<ProductView<I>> }
	| { kind: 'product'; product: ProductView<I> }
	| { kind: 'provinceList' }
	| { kind: 'province'; province: Province }
	| { kind: 'districtList' }
	| { kind: 'district'; district: DistrictView; list: Page<ProductView<I>> }
	| { kind: 'placeList'; type: PlaceView['type'] }
	| { kind: 'place'; place: PlaceView; list: Page<ProductView<I>> }
	| { kind: 'producerList' }
	| { kind: 'producer'; producer: ProducerView; list: Page<ProductView<I>> }
	| { kind: 'groupList' }
	| { kind: 'group'; category: number; list: Page<ProductView<I>> }
	| { kind: 'stars'; stars: number; list: Page<ProductView<I>> }
	| { kind: 'search' }
	| { kind: 'editors' }
	| { kind: 'translationReport'; report: TranslationReport }
	| { kind: 'certificateReport'; report: CertificateReport }
	| { kind: 'stockReport'; report: PlaceStock[] }
	| { kind: 'guide' };

/** A row of the page table. */
export interface SitePage<I> {
	route: Route;
	data: PageData<I>;
}

/** Every page of the table, built from the catalogue once. */
export function sitePages<I>(c: Catalogue<I>): SitePage<I>[] {
	const pages: SitePage<I>[] = [];
	const add = (route: Route, data: PageData<I>) => pages.push({ route, data });
	const pageNumber = (list: Page<unknown>) => (list.page > 1 ? { page: list.page } : {});
	const pagesOf = (products: ProductView<I>[] | undefined) => paginate(products ?? []);

	for (const list of pagesOf(c.products)) add({ key: 'products', ...pageNumber(list) }, { kind: 'productList', list });
	for (const product of c.products) add({ key: 'products', id: product.slug }, { kind: 'product', product });

	add({ key: 'provinces' }, { kind: 'provinceList' });
	for (const province of c.provinces.values()) add({ key: 'provinces', id: province.id }, { kind: 'province', province });
	add({ key: 'districts' }, { kind: 'districtList' });
	for (const district of c.districts.values()) {
		for (const list of pagesOf(c.byDistrict.get(district.id)))
			add({ key: 'districts', id: district.id, ...pageNumber(list) }, { kind: 'district', district, list });
	}

	add({ key: 'centres' }, { kind: 'placeList', type: 'centre' });
	for (const place of c.centres.values()) {
		for (const list of pagesOf(c.byCentre.get(place.id)))
			add({ key: 'centres', id: place.id, ...pageNumber(list) }, { kind: 'place', place, list });
	}
	add({ key: 'salesPoints' }, { kind: 'placeList', type: 'salesPoint' });
	for (const place of c.salesPoints.values()) {
		for (const list of pagesOf(c.bySalesPoint.get(place.id)))
			add({ key: 'salesPoints', id: place.id, ...pageNumber(list) }, { kind: 'place', place, list });
	}

	add({ key: 'producers' }, { kind: 'producerList' });
	for (const producer of c.producers.values()) {
		for (const list of pagesOf(c.byProducer.get(producer.id)))
			add({ key: 'producers', id: producer.id, ...pageNumber(list) }, { kind: 'producer', producer, list });
	}

	add({ key: 'groups' }, { kind: 'groupList' });
	for (const category of CATEGORIES) {
		for (const list of pagesOf(c.byCategory.get(category)))
			add({ key: 'groups', id: String(category), ...pageNumber(list) }, { kind: 'group', category, list });
	}
	for (const stars of STAR_LEVELS) {
		for (const list of pagesOf(c.byStars.get(stars)))
			add({ key: 'stars', id: String(stars), ...pageNumber(list) }, { kind: 'stars', stars, list });
	}
	add({ key: 'search' }, { kind: 'search' });

	// The editors' unlisted area: the same reports as `npm run report`, on the build's catalogue.
	add({ key: 'editors' }, { kind: 'editors' });
	add({ key: 'editorsTranslations' }, { kind: 'translationReport', report: translationReport(c) });
	add({ key: 'editorsCertificates' }, { kind: 'certificateReport', report: certificateReport(c) });
	add({ key: 'editorsStock' }, { kind: 'stockReport', report: stockReport(c) });
	add({ key: 'editorsGuide' }, { kind: 'guide' });
	return pages;
}
