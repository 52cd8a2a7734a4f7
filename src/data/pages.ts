/**
 * Every page of the site except the home and error pages, in one table: which page it is (its
 * language-neutral `Route`) and the data it shows. The catch-all routes `src/pages/[...path].astro`
 * and `src/pages/en/[...path].astro` turn this table into pages, so a new kind of page is one entry
 * here and one view component, and its URL comes from routes.ts like every other URL.
 */
import { catalogue, type SiteCatalogue, type SiteProduct } from './catalogue.ts';
import type { DistrictView, PlaceView, ProducerView } from '../lib/catalogue.ts';
import { paginate, type Page } from '../lib/paginate.ts';
import { certificateReport, stockReport, translationReport, type CertificateReport, type PlaceStock, type TranslationReport } from '../lib/reports.ts';
import { routePath, type Locale, type Route } from '../lib/routes.ts';
import { CATEGORIES } from '../lib/schema.ts';
import type { Province } from '../lib/schema.ts';

/** The star ratings the programme gives. */
export const STAR_LEVELS = [5, 4, 3] as const;

/** What one page shows. */
export type PageData =
	| { kind: 'productList'; list: Page<SiteProduct> }
	| { kind: 'product'; product: SiteProduct }
	| { kind: 'provinceList' }
	| { kind: 'province'; province: Province }
	| { kind: 'districtList' }
	| { kind: 'district'; district: DistrictView }
	| { kind: 'placeList'; type: PlaceView['type'] }
	| { kind: 'place'; place: PlaceView }
	| { kind: 'producerList' }
	| { kind: 'producer'; producer: ProducerView }
	| { kind: 'groupList' }
	| { kind: 'group'; category: number; list: Page<SiteProduct> }
	| { kind: 'stars'; stars: number; list: Page<SiteProduct> }
	| { kind: 'search' }
	| { kind: 'editors' }
	| { kind: 'translationReport'; report: TranslationReport }
	| { kind: 'certificateReport'; report: CertificateReport }
	| { kind: 'stockReport'; report: PlaceStock[] }
	| { kind: 'guide' };

/** A row of the page table. */
export interface SitePage {
	route: Route;
	data: PageData;
}

/** Every page of the table, built from the catalogue once. */
export function sitePages(c: SiteCatalogue): SitePage[] {
	const pages: SitePage[] = [];
	const add = (route: Route, data: PageData) => pages.push({ route, data });
	const pageNumber = (list: Page<unknown>) => (list.page > 1 ? { page: list.page } : {});

	for (const list of paginate(c.products)) add({ key: 'products', ...pageNumber(list) }, { kind: 'productList', list });
	for (const product of c.products) add({ key: 'products', id: product.slug }, { kind: 'product', product });

	add({ key: 'provinces' }, { kind: 'provinceList' });
	for (const province of c.provinces.values()) add({ key: 'provinces', id: province.id }, { kind: 'province', province });
	add({ key: 'districts' }, { kind: 'districtList' });
	for (const district of c.districts.values()) add({ key: 'districts', id: district.id }, { kind: 'district', district });

	add({ key: 'centres' }, { kind: 'placeList', type: 'centre' });
	for (const place of c.centres.values()) add({ key: 'centres', id: place.id }, { kind: 'place', place });
	add({ key: 'salesPoints' }, { kind: 'placeList', type: 'salesPoint' });
	for (const place of c.salesPoints.values()) add({ key: 'salesPoints', id: place.id }, { kind: 'place', place });

	add({ key: 'producers' }, { kind: 'producerList' });
	for (const producer of c.producers.values()) add({ key: 'producers', id: producer.id }, { kind: 'producer', producer });

	add({ key: 'groups' }, { kind: 'groupList' });
	for (const category of CATEGORIES) {
		for (const list of paginate(c.byCategory.get(category) ?? [])) {
			add({ key: 'groups', id: String(category), ...pageNumber(list) }, { kind: 'group', category, list });
		}
	}
	for (const stars of STAR_LEVELS) {
		for (const list of paginate(c.byStars.get(stars) ?? [])) {
			add({ key: 'stars', id: String(stars), ...pageNumber(list) }, { kind: 'stars', stars, list });
		}
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

/** `getStaticPaths` of the catch-all route of `locale`. */
export async function staticPaths(locale: Locale) {
	const prefix = routePath(locale, { key: 'home' });
	return sitePages(await catalogue()).map(({ route, data }) => ({
		params: { path: routePath(locale, route).slice(prefix.length).replace(/\/$/, '') },
		props: { route, data },
	}));
}
