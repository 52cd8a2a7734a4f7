/**
 * The pages the browser gates (axe, keyboard, CSP) visit: one or two of every kind, in both
 * languages, derived from routes.ts and the content. To hold a new kind of page to the gates, add a
 * line here; kinds that other work adds (search, permalinks, print sheets) are marked `optional`
 * and skipped while the named path is not built. A test checks that every kind the site builds
 * appears here, so a new kind cannot slip past.
 */
import type { RawContent } from '../../src/lib/check/index.ts';
import { LOCALES, permalinkPath, productSheetsPath, routePath, type Locale, type Route } from '../../src/lib/routes.ts';

/** A page to visit. */
export interface SamplePage {
	/** What the page is, for reports. */
	name: string;
	/** Site path. */
	path: string;
	/** True for pages that may not be built yet; the gates skip them while their path is missing. */
	optional?: boolean;
}

/** A producer of more than one product: one of a single product has no page (src/lib/catalogue.ts, producerHasPage). */
export function producerOfMany(content: RawContent): string {
	const made = new Map<string, number>();
	for (const p of content.products) {
		const producer = (p.data as { producer: string }).producer;
		made.set(producer, (made.get(producer) ?? 0) + 1);
	}
	return content.producers.find((p) => (made.get(p.id) ?? 0) > 1)?.id ?? '(none in this content)';
}

/** The sample for the site built from `content`. */
export function pageSample(content: RawContent): SamplePage[] {
	const facts = (p: RawContent['products'][number]) => p.data as { code: string; district: string; marketplaces?: unknown[] };
	const products = content.products;
	const translated = products.find((p) => p.stories.en && (facts(p).marketplaces?.length ?? 0) > 0) ?? products.find((p) => p.stories.en);
	const untranslated = products.find((p) => !p.stories.en);
	const district = content.districts[0];
	const province = (district?.data as { province?: string } | undefined)?.province;
	const id = (list: Array<{ id: string }>) => list[0]?.id ?? '(none in this content)';
	/** The province of the first item of `list` (a centre, sales point or producer), through its district. */
	const provinceOf = (list: Array<{ data: unknown }>) => {
		const districtId = (list[0]?.data as { district?: string } | undefined)?.district;
		const found = content.districts.find((d) => d.id === districtId);
		return (found?.data as { province?: string } | undefined)?.province ?? '(none in this content)';
	};

	const localized: Array<{ name: string; route: Route; optional?: boolean }> = [
		{ name: 'home', route: { key: 'home' } },
		{ name: 'product with an English story', route: { key: 'products', id: translated?.id ?? id(products) } },
		{ name: 'product with only a Vietnamese story', route: { key: 'products', id: untranslated?.id ?? id(products) } },
		{ name: 'product list', route: { key: 'products' } },
		{ name: 'product list, page 2', route: { key: 'products', page: 2 }, optional: products.length <= 24 },
		{ name: 'province list', route: { key: 'provinces' } },
		{ name: 'province', route: { key: 'provinces', id: province ?? 'ha-noi' } },
		{ name: 'district list', route: { key: 'districts' } },
		{ name: 'district', route: { key: 'districts', id: id(content.districts) } },
		{ name: 'centre list', route: { key: 'centres' } },
		{ name: 'centre', route: { key: 'centres', id: id(content.centres) } },
		{ name: 'centres of a province', route: { key: 'centresByProvince', id: provinceOf(content.centres) } },
		{ name: 'sales point list', route: { key: 'salesPoints' } },
		{ name: 'sales points of a province', route: { key: 'salesPointsByProvince', id: provinceOf(content.salesPoints) } },
		{ name: 'sales point', route: { key: 'salesPoints', id: id(content.salesPoints) } },
		{ name: 'producer list', route: { key: 'producers' } },
		{ name: 'producers of a province', route: { key: 'producersByProvince', id: provinceOf(content.producers) } },
		{ name: 'producer', route: { key: 'producers', id: producerOfMany(content) } },
		{ name: 'group list', route: { key: 'groups' } },
		{ name: 'group', route: { key: 'groups', id: '1' } },
		{ name: 'stars', route: { key: 'stars', id: '5' } },
		{ name: 'search', route: { key: 'search' }, optional: true },
		{ name: 'map', route: { key: 'map' } },
		{ name: 'near me', route: { key: 'nearMe' } },
		{ name: 'saved for the trip', route: { key: 'trip' } },
		{ name: 'offline', route: { key: 'offline' } },
		{ name: 'open data', route: { key: 'data' } },
		{ name: 'editors’ area', route: { key: 'editors' } },
		{ name: 'editors’ translation report', route: { key: 'editorsTranslations' } },
		{ name: 'editors’ certificate report', route: { key: 'editorsCertificates' } },
		{ name: 'editors’ stock report', route: { key: 'editorsStock' } },
		{ name: 'editor guide', route: { key: 'editorsGuide' } },
	];
	const errorPage: Record<Locale, string> = { vi: '/404.html', en: '/en/404.html' };

	const sample: SamplePage[] = [];
	for (const locale of LOCALES) {
		for (const { name, route, optional } of localized) {
			sample.push({ name: `${name} (${locale})`, path: routePath(locale, route), ...(optional ? { optional } : {}) });
		}
		sample.push({ name: `404 (${locale})`, path: errorPage[locale] });
	}
	// Language-neutral pages: print sheets of labels and permalinks (current, revoked, retired).
	const revoked = products.find((p) => (p.data as { certificate?: { revoked?: unknown } }).certificate?.revoked);
	sample.push({ name: 'print sheet of a centre', path: `/in/centres/${id(content.centres)}/` });
	sample.push({ name: 'print sheet of a sales point', path: `/in/sales-points/${id(content.salesPoints)}/` });
	sample.push({ name: 'print sheet of a district', path: `/in/districts/${translated ? facts(translated).district : 'none'}/` });
	// Product sheets: their own kind of page (scripts/gates/dist.ts), a page per district and language.
	for (const locale of LOCALES)
		sample.push({
			name: `product sheets of a district (${locale})`,
			path: productSheetsPath(translated ? facts(translated).district : 'none', locale),
		});
	sample.push({ name: 'permalink', path: permalinkPath(translated ? facts(translated).code : 'none') });
	if (revoked) sample.push({ name: 'permalink of a revoked product', path: permalinkPath(facts(revoked).code) });
	const retired = content.retired?.[0]?.data as { code?: string } | undefined;
	if (retired?.code) sample.push({ name: 'permalink of a retired product', path: permalinkPath(retired.code) });
	return sample;
}
