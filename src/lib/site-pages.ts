/**
 * Every page of the site except the home and error pages, in one table: which page it is (its
 * language-neutral `Route`) and the data it shows. Pure and generic over the image type, so unit
 * tests build it from plain objects; `src/data/pages.ts` builds it from the site's catalogue and the
 * catch-all routes turn it into pages. A new kind of page is one entry here and one view component.
 */
import type { Catalogue, DistrictView, PlaceView, ProducerView, ProductView } from './catalogue.ts';
import { paginate, type Page } from './paginate.ts';
import {
	certificatePages,
	certificateReport,
	stockPages,
	stockReport,
	translationPages,
	translationReport,
	type CertificateGroup,
	type CertificateReport,
	type CertificateRow,
	type PlaceStock,
	type ReportPage,
	type ReportProduct,
	type TranslationGroup,
	type TranslationReport,
} from './editors/reports.ts';
import type { Route } from './routes.ts';
import { CATEGORIES, type Province } from './content/schema.ts';

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
	| { kind: 'data' }
	| { kind: 'editors' }
	| { kind: 'translationReport'; report: TranslationReport; part: ReportPage<TranslationGroup, ReportProduct> }
	| { kind: 'certificateReport'; report: CertificateReport; part: ReportPage<CertificateGroup, CertificateRow> }
	| { kind: 'stockReport'; part: ReportPage<StockGroup, ReportProduct> }
	| { kind: 'guide' };

/** A place of the stock report, as its pages show it (its products are the rows). */
export type StockGroup = Omit<PlaceStock, 'products'> & { count: number };

/** A row of the page table. */
export interface SitePage<I> {
	route: Route;
	data: PageData<I>;
}

/** Every page of the table, built from the catalogue once. */
export function sitePages<I>(c: Catalogue<I>): SitePage<I>[] {
	const pages: SitePage<I>[] = [];
	const add = (route: Route, data: PageData<I>) => pages.push({ route, data });
	const pageNumber = (list: { page: number }) => (list.page > 1 ? { page: list.page } : {});
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
	add({ key: 'data' }, { kind: 'data' });

	// The editors' unlisted area: the same reports as `npm run report`, on the build's catalogue.
	add({ key: 'editors' }, { kind: 'editors' });
	// Split into pages of at most REPORT_PAGE_SIZE rows (`npm run report` prints them whole).
	const translations = translationReport(c);
	for (const part of translationPages(translations))
		add({ key: 'editorsTranslations', ...pageNumber(part) }, { kind: 'translationReport', report: translations, part });
	const certificates = certificateReport(c);
	for (const part of certificatePages(certificates))
		add({ key: 'editorsCertificates', ...pageNumber(part) }, { kind: 'certificateReport', report: certificates, part });
	for (const part of stockPages(stockReport(c))) add({ key: 'editorsStock', ...pageNumber(part) }, { kind: 'stockReport', part });
	add({ key: 'editorsGuide' }, { kind: 'guide' });
	return pages;
}
