/**
 * Every page of the site except the home and error pages, in one table: which page it is (its
 * language-neutral `Route`) and the data it shows. Pure and generic over the image type, so unit
 * tests build it from plain objects; `src/data/pages.ts` builds it from the site's catalogue and the
 * catch-all routes turn it into pages. A new kind of page is one entry here and one view component.
 */
import { producerHasPage, type Catalogue, type DistrictView, type PlaceView, type ProducerView, type ProductView } from './catalogue.ts';
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
import { reservedIds, SEGMENTS, type Route } from './routes.ts';
import { CATEGORIES, type Province } from './content/schema.ts';

/** The star ratings the programme gives. */
export const STAR_LEVELS = [5, 4, 3] as const;

/**
 * Centres or sales points per page of a province's list: a place's card is about 20 elements, so
 * a page stays under 1,000 of them (the budget is 1,400, scripts/gates/budgets.ts).
 */
export const PLACES_PAGE_SIZE = 40;
/** Producers per page of a province's list: a line of about 4 elements each, in district groups. */
export const PRODUCERS_PAGE_SIZE = 150;

/** What one page shows. Every list of products is one page of it (`list`), so no page grows with the catalogue. */
export type PageData<I> =
	| { kind: 'productList'; list: Page<ProductView<I>> }
	/** `producerPage`: whether its producer has a page of its own (producerHasPage), part of the page's data and so of its key. */
	| { kind: 'product'; product: ProductView<I>; producerPage: boolean }
	| { kind: 'provinceList' }
	| { kind: 'province'; province: Province }
	| { kind: 'districtList' }
	| { kind: 'district'; district: DistrictView; list: Page<ProductView<I>> }
	| { kind: 'placeList'; type: PlaceView['type'] }
	| { kind: 'placeProvince'; type: PlaceView['type']; province: Province; list: Page<PlaceView> }
	| { kind: 'place'; place: PlaceView; list: Page<ProductView<I>> }
	| { kind: 'producerList' }
	| { kind: 'producerProvince'; province: Province; list: Page<ProducerView> }
	| { kind: 'producer'; producer: ProducerView; list: Page<ProductView<I>> }
	| { kind: 'groupList' }
	| { kind: 'group'; category: number; list: Page<ProductView<I>> }
	| { kind: 'stars'; stars: number; list: Page<ProductView<I>> }
	| { kind: 'search' }
	| { kind: 'map' }
	| { kind: 'nearMe' }
	| { kind: 'trip' }
	| { kind: 'offline' }
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
	for (const product of c.products)
		add({ key: 'products', id: product.slug }, { kind: 'product', product, producerPage: producerHasPage(c, product.producer.id) });

	add({ key: 'provinces' }, { kind: 'provinceList' });
	for (const province of c.provinces.values()) add({ key: 'provinces', id: province.id }, { kind: 'province', province });
	add({ key: 'districts' }, { kind: 'districtList' });
	for (const district of c.districts.values()) {
		for (const list of pagesOf(c.byDistrict.get(district.id)))
			add({ key: 'districts', id: district.id, ...pageNumber(list) }, { kind: 'district', district, list });
	}

	// The lists of places and producers show the provinces; each province's share is its own list,
	// in pages, so that no page grows with the catalogue.
	const { centres, salesPoints, producers } = byProvince(c);
	add({ key: 'centres' }, { kind: 'placeList', type: 'centre' });
	for (const [province, list] of centres)
		for (const part of paginate(list, PLACES_PAGE_SIZE))
			add(
				{ key: 'centresByProvince', id: province.id, ...pageNumber(part) },
				{ kind: 'placeProvince', type: 'centre', province, list: part },
			);
	for (const place of c.centres.values()) {
		for (const list of pagesOf(c.byCentre.get(place.id)))
			add({ key: 'centres', id: place.id, ...pageNumber(list) }, { kind: 'place', place, list });
	}
	add({ key: 'salesPoints' }, { kind: 'placeList', type: 'salesPoint' });
	for (const [province, list] of salesPoints)
		for (const part of paginate(list, PLACES_PAGE_SIZE))
			add(
				{ key: 'salesPointsByProvince', id: province.id, ...pageNumber(part) },
				{ kind: 'placeProvince', type: 'salesPoint', province, list: part },
			);
	for (const place of c.salesPoints.values()) {
		for (const list of pagesOf(c.bySalesPoint.get(place.id)))
			add({ key: 'salesPoints', id: place.id, ...pageNumber(list) }, { kind: 'place', place, list });
	}

	add({ key: 'producers' }, { kind: 'producerList' });
	for (const [province, list] of producers)
		for (const part of paginate(list, PRODUCERS_PAGE_SIZE))
			add({ key: 'producersByProvince', id: province.id, ...pageNumber(part) }, { kind: 'producerProvince', province, list: part });
	// A producer of one product has no page of its own: that product's page shows it (producerHasPage).
	for (const producer of c.producers.values()) {
		if (!producerHasPage(c, producer.id)) continue;
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
	add({ key: 'map' }, { kind: 'map' });
	add({ key: 'nearMe' }, { kind: 'nearMe' });
	add({ key: 'trip' }, { kind: 'trip' });
	add({ key: 'offline' }, { kind: 'offline' });
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

/**
 * Centres, sales points and producers of each province that has any, provinces in the order of the
 * catalogue, each list sorted by district then name (Vietnamese collation), so a district's places
 * stay together across a page break. Throws when an item's id is the province lists' path word
 * (reservedIds): `/diem-ban/tinh/` would then be two pages. The content check reports it first, with
 * its file and fix (OCOP-E040), so a build stops there.
 */
export function byProvince<I>(c: Catalogue<I>): {
	centres: Map<Province, PlaceView[]>;
	salesPoints: Map<Province, PlaceView[]>;
	producers: Map<Province, ProducerView[]>;
} {
	const collator = new Intl.Collator('vi');
	const order = <
		T extends { id: string; name: { vi: string }; districtView: { id: string; name: { vi: string }; provinceView: Province } },
	>(
		items: Iterable<T>,
		key: 'centres' | 'salesPoints' | 'producers',
	) => {
		const groups = new Map<Province, T[]>();
		for (const province of c.provinces.values()) groups.set(province, []);
		const reserved = reservedIds(key);
		for (const item of items) {
			if (reserved.has(item.id))
				throw new Error(`OCOP-E040: "${item.id}" cannot be the id of an item of /${SEGMENTS[key].vi}/ (reservedIds): rename its file`);
			groups.get(item.districtView.provinceView)?.push(item);
		}
		for (const [province, list] of groups) {
			if (list.length === 0) groups.delete(province);
			else list.sort((a, b) => collator.compare(a.districtView.name.vi, b.districtView.name.vi) || collator.compare(a.name.vi, b.name.vi));
		}
		return groups;
	};
	return {
		centres: order(c.centres.values(), 'centres'),
		salesPoints: order(c.salesPoints.values(), 'salesPoints'),
		producers: order(c.producers.values(), 'producers'),
	};
}
