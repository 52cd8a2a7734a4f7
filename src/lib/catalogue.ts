/**
 * The catalogue as the pages see it: every relation resolved once, every grouping indexed in a
 * `Map`, so that a page never searches a list of every product. Pure and generic over the image
 * type, so it is built from Astro's collections in the site and from plain objects in tests.
 */
import { certificateState, type CertificateState } from './certificate.ts';
import type { District, Place, Producer, ProductFacts, Province, Story } from './content/schema.ts';
import type { Locale, Route } from './routes.ts';
import { certificationViews, type CertificationView } from './buyers/certifications.ts';
import { labelledProducts, labelSheetPages } from './labels.ts';
import { sheetPages } from './buyers/product-sheets.ts';

/** An entry as collections hand it over: an id and validated data. */
export interface Entry<T> {
	id: string;
	data: T;
}

/** A product's facts with images of type `I`. */
export type Facts<I> = Omit<ProductFacts, 'images'> & { images: Array<{ src: I; alt: { vi: string; en: string } }> };

/** A district with its province resolved. */
export interface DistrictView extends District {
	id: string;
	provinceView: Province;
}

/** A producer with its district resolved. */
export interface ProducerView extends Producer {
	id: string;
	districtView: DistrictView;
}

/** An OCOP centre or a sales point with its district resolved. */
export interface PlaceView extends Place {
	id: string;
	type: 'centre' | 'salesPoint';
	districtView: DistrictView;
}

/** Everything a product page or card needs, resolved. */
export interface ProductView<I> {
	slug: string;
	facts: Facts<I>;
	/** Name and summary per language; `en` is absent when no English story exists. */
	text: { vi: Story; en?: Story };
	district: DistrictView;
	producer: ProducerView;
	centres: PlaceView[];
	salesPoints: PlaceView[];
	certificate: CertificateState;
	/** Certifications besides OCOP, with their status on the catalogue's day. */
	certifications: CertificationView[];
	/**
	 * The page of its district's product sheets that holds its sheet (1 for the first;
	 * product-sheets.ts); undefined when it gets none (a revoked certificate).
	 */
	sheetPage: number | undefined;
	/**
	 * The page of its district's QR label sheet that holds its label (1 for the first; labels.ts
	 * `labelSheetPages`); undefined when it gets none (a revoked certificate).
	 */
	labelPage: number | undefined;
}

/** The input of `buildCatalogue`: validated entries of every collection. */
export interface CatalogueInput<I> {
	provinces: Entry<Province>[];
	districts: Entry<District>[];
	producers: Entry<Producer>[];
	centres: Entry<Place>[];
	salesPoints: Entry<Place>[];
	products: Entry<Facts<I>>[];
	/** Stories with ids `<product slug>/<vi|en>`. */
	stories: Entry<Story>[];
}

/** Pushes `value` onto the list at `key`, creating it. */
function addTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

function must<T>(map: ReadonlyMap<string, T>, id: string, what: string, from: string): T {
	const hit = map.get(id);
	// The content check reports these to editors before the build; reaching this is a bug.
	if (hit === undefined) throw new Error(`${from}: unknown ${what} "${id}" (run npm run check:content)`);
	return hit;
}

/** Name and summary of a product in `locale`, falling back to Vietnamese. */
export function productText<I>(p: ProductView<I>, locale: Locale): Story {
	return (locale === 'en' ? p.text.en : undefined) ?? p.text.vi;
}

/**
 * Vietnamese collation, made once, on first use: `localeCompare(x, 'vi')` makes a collator per call
 * (13,000 products sort in ~180,000 calls). Lazily, so the browser bundles that import this module
 * carry no module-level side effect.
 */
let viCollator: Intl.Collator | undefined;

/** Products sorted for listing: more stars first, then by Vietnamese name. */
export function compareProducts<I>(a: ProductView<I>, b: ProductView<I>): number {
	return b.facts.stars - a.facts.stars || (viCollator ??= new Intl.Collator('vi')).compare(a.text.vi.name, b.text.vi.name);
}

/** Builds the catalogue from validated entries, as of the day `asOf` (YYYY-MM-DD). */
export function buildCatalogue<I>(input: CatalogueInput<I>, asOf: string) {
	const provinces = new Map(input.provinces.map((e) => [e.data.id, e.data]));
	const districts = new Map<string, DistrictView>(
		input.districts.map((e) => [
			e.id,
			{ ...e.data, id: e.id, provinceView: must(provinces, e.data.province, 'province', `district ${e.id}`) },
		]),
	);
	const producers = new Map<string, ProducerView>(
		input.producers.map((e) => [
			e.id,
			{ ...e.data, id: e.id, districtView: must(districts, e.data.district, 'district', `producer ${e.id}`) },
		]),
	);
	const place =
		(type: PlaceView['type']) =>
		(e: Entry<Place>): [string, PlaceView] => [
			e.id,
			{ ...e.data, id: e.id, type, districtView: must(districts, e.data.district, 'district', `${type} ${e.id}`) },
		];
	const centres = new Map(input.centres.map(place('centre')));
	const salesPoints = new Map(input.salesPoints.map(place('salesPoint')));
	const stories = new Map(input.stories.map((e) => [e.id, e.data]));

	const products: ProductView<I>[] = input.products.map(({ id, data }) => {
		const vi = must(stories, `${id}/vi`, 'Vietnamese story', `product ${id}`);
		const en = stories.get(`${id}/en`);
		return {
			slug: id,
			facts: data,
			text: en ? { vi, en } : { vi },
			district: must(districts, data.district, 'district', `product ${id}`),
			producer: must(producers, data.producer, 'producer', `product ${id}`),
			centres: data.centres.map((c) => must(centres, c, 'centre', `product ${id}`)),
			salesPoints: data.salesPoints.map((s) => must(salesPoints, s, 'sales point', `product ${id}`)),
			certificate: certificateState(data.certificate.date, asOf, data.certificate.revoked?.date),
			certifications: certificationViews(data.certifications, asOf),
			sheetPage: undefined,
			labelPage: undefined,
		};
	});
	products.sort(compareProducts);

	const byDistrict = new Map<string, ProductView<I>[]>();
	const byProvince = new Map<string, ProductView<I>[]>();
	const byProducer = new Map<string, ProductView<I>[]>();
	const byCentre = new Map<string, ProductView<I>[]>();
	const bySalesPoint = new Map<string, ProductView<I>[]>();
	const byCategory = new Map<number, ProductView<I>[]>();
	const byStars = new Map<number, ProductView<I>[]>();
	for (const p of products) {
		addTo(byDistrict, p.district.id, p);
		addTo(byProvince, p.district.province, p);
		addTo(byProducer, p.producer.id, p);
		for (const c of p.centres) addTo(byCentre, c.id, p);
		for (const s of p.salesPoints) addTo(bySalesPoint, s.id, p);
		addTo(byCategory, p.facts.category, p);
		addTo(byStars, p.facts.stars, p);
	}

	// Each product's page of its district's sheets and of its district's labels, for every link to its sheet or label.
	for (const list of byDistrict.values()) {
		const { labelled } = labelledProducts(list);
		sheetPages(labelled).forEach((page, i) => {
			for (const p of page) p.sheetPage = i + 1;
		});
		labelSheetPages(labelled).forEach((page, i) => {
			for (const p of page) p.labelPage = i + 1;
		});
	}

	// What sits in each district and province, for the grouping pages.
	const districtsByProvince = new Map<string, DistrictView[]>();
	for (const d of districts.values()) addTo(districtsByProvince, d.province, d);
	const producersByDistrict = new Map<string, ProducerView[]>();
	for (const p of producers.values()) addTo(producersByDistrict, p.district, p);
	const centresByDistrict = new Map<string, PlaceView[]>();
	for (const c of centres.values()) addTo(centresByDistrict, c.district, c);
	const salesPointsByDistrict = new Map<string, PlaceView[]>();
	for (const s of salesPoints.values()) addTo(salesPointsByDistrict, s.district, s);

	return {
		asOf,
		districtsByProvince,
		producersByDistrict,
		centresByDistrict,
		salesPointsByDistrict,
		provinces,
		districts,
		producers,
		centres,
		salesPoints,
		products,
		productsBySlug: new Map(products.map((p) => [p.slug, p])),
		productsByCode: new Map(products.map((p) => [p.facts.code, p])),
		byDistrict,
		byProvince,
		byProducer,
		byCentre,
		bySalesPoint,
		byCategory,
		byStars,
	};
}

/** The catalogue type for images of type `I`. */
export type Catalogue<I> = ReturnType<typeof buildCatalogue<I>>;

/**
 * Places to buy a product, those in its own district first, then the rest; centres before sales
 * points within each, so a visitor sees the nearest places first.
 */
export function placesToBuy<I>(p: ProductView<I>): PlaceView[] {
	const all = [...p.centres, ...p.salesPoints];
	const local = all.filter((pl) => pl.district === p.district.id);
	const other = all.filter((pl) => pl.district !== p.district.id);
	return [...local, ...other];
}

/**
 * Whether a producer has a page of its own: not when it makes exactly one product, whose page already
 * shows everything its page would (its name, kind, place and phone) beside that one product. About half
 * of the producers at national scale: 6,800 pages of 14,000 at 13,000 products (issue 23, the hosts'
 * file limit). A producer with several products, or none left, keeps its page.
 */
export function producerHasPage<I>(c: Pick<Catalogue<I>, 'byProducer'>, producerId: string): boolean {
	return c.byProducer.get(producerId)?.length !== 1;
}

/** Where a link to a producer goes: its page, or the page of its one product. */
export function producerRoute<I>(c: Pick<Catalogue<I>, 'byProducer'>, producerId: string): Route {
	const only = c.byProducer.get(producerId);
	return only?.length === 1 && only[0] ? { key: 'products', id: only[0].slug } : { key: 'producers', id: producerId };
}
