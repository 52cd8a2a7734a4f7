/**
 * The catalogue as open data: one JSON file of everything (products, producers, places, retired
 * products as tombstones), a CSV per table with CSVW metadata beside it, and a JSON Schema of the
 * JSON generated from the zod schema below (`z.toJSONSchema`), which reuses the content model's
 * own trade and certification schemas. Pure: the build writes what `openDataFiles` returns
 * (src/pages/data/[file].ts) and the data page lists the same files with their sizes.
 *
 * No personal data in bulk files: the phone numbers of household producers (a family's own phone)
 * and every named contact person are left out; businesses' and cooperatives' phones, emails and
 * websites stay, as published on their pages.
 */
import { z } from 'zod';
import type { Catalogue, ProducerView, ProductView } from '../catalogue.ts';
import {
	bilingual,
	certificationSchema,
	datePattern,
	localName,
	PRODUCER_KINDS,
	tradeSchema,
	type RetiredProduct,
} from '../content/schema.ts';
import { absoluteUrl, permalinkPath, routePath } from '../routes.ts';

/** Licence of the data (not of the photos, which belong to the producers). */
export const DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;
/** Largest file static hosts serve (Cloudflare Pages: 25 MiB); a larger table is split by province. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
/** The folder of the data files, a site path. */
export const DATA_DIR = '/data/';
/** Version of the files' layout; a change that breaks readers gets a new number. */
export const DATA_VERSION = '1';

const day = z.string().regex(datePattern);
const status = z.enum(['valid', 'expired', 'revoked']);

/** A product as the data files hold it. */
export const productRecord = z.object({
	code: z.string().describe('Permanent product code, printed in QR codes'),
	permalink: z.url().describe('Permanent link, never changes'),
	url: bilingual.describe('Product page in each language'),
	name: bilingual,
	summary: bilingual,
	stars: z.number().int().min(3).max(5),
	category: z.number().int().min(1).max(6),
	producer: z.string().describe('Id of the producer (producers[].id)'),
	province: z.string(),
	district: z.string(),
	commune: z.string(),
	certificate: z.object({
		number: z.string(),
		date: day,
		issuer: bilingual,
		validUntil: day,
		status,
		revoked: z.object({ date: day, reason: bilingual }).optional(),
	}),
	price: z.object({ min: z.number(), max: z.number(), unit: bilingual }).optional(),
	packaging: bilingual.optional(),
	trade: tradeSchema.optional(),
	certifications: z.array(certificationSchema.extend({ name: bilingual, status: z.enum(['valid', 'expired']) })),
	sample: z.boolean().describe('True for invented sample data'),
});

/** A producer, without personal data. */
export const producerRecord = z.object({
	id: z.string(),
	name: localName,
	kind: z.enum(PRODUCER_KINDS),
	province: z.string(),
	district: z.string(),
	commune: z.string(),
	contact: z.object({ phone: z.string().optional(), email: z.string().optional(), website: z.string().optional() }),
	tradeContact: z
		.object({ phone: z.string().optional(), zalo: z.string().optional(), email: z.string().optional(), website: z.string().optional() })
		.optional(),
	sample: z.boolean(),
});

/** An OCOP centre or a sales point. */
export const placeRecord = z.object({
	id: z.string(),
	type: z.enum(['centre', 'salesPoint']),
	name: bilingual,
	province: z.string(),
	district: z.string(),
	commune: z.string(),
	address: z.string(),
	phone: z.string(),
	lat: z.number(),
	lng: z.number(),
	sample: z.boolean(),
});

/** A product taken out of the catalogue: its code stays taken and its permalink explains. */
export const retiredRecord = z.object({
	code: z.string(),
	permalink: z.url(),
	name: bilingual,
	district: z.string(),
	date: day,
	reason: bilingual,
	sample: z.boolean(),
});

/** The whole catalogue file (or one province's part of it). */
export const catalogueRecord = z.object({
	version: z.literal(DATA_VERSION),
	asOf: day.describe('The day statuses were computed on'),
	licence: z.object({ name: z.string(), url: z.url(), excludes: z.string() }),
	province: z.string().optional().describe('Present when the catalogue is split by province'),
	products: z.array(productRecord),
	producers: z.array(producerRecord),
	places: z.array(placeRecord),
	retired: z.array(retiredRecord),
});

export type ProductRecord = z.infer<typeof productRecord>;
export type ProducerRecord = z.infer<typeof producerRecord>;
export type PlaceRecord = z.infer<typeof placeRecord>;
export type RetiredRecord = z.infer<typeof retiredRecord>;
export type CatalogueRecord = z.infer<typeof catalogueRecord>;

/**
 * The JSON Schema of the catalogue file, from the zod schema above. A day (YYYY-MM-DD, the content
 * model's `datePattern`) is also given the `date` format, so that a validator checking formats
 * refuses a month 13 the pattern lets through; links are `uri` (zod's `z.url()`). Those are the
 * only formats it uses (tests/build/open-data.test.ts validates with ajv-formats).
 */
export function catalogueJsonSchema(site: string): Record<string, unknown> {
	return {
		...z.toJSONSchema(catalogueRecord, {
			io: 'output',
			unrepresentable: 'any',
			override: ({ jsonSchema }) => {
				if (jsonSchema.type === 'string' && jsonSchema.pattern === datePattern.source) jsonSchema.format = 'date';
			},
		}),
		$id: absoluteUrl(`${DATA_DIR}schema.json`, site),
		title: 'OCOP catalogue',
	};
}

const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** A product's record. */
export function productRecordOf<I>(p: ProductView<I>, site: string): ProductRecord {
	const f = p.facts;
	return defined({
		code: f.code,
		permalink: absoluteUrl(permalinkPath(f.code), site),
		url: {
			vi: absoluteUrl(routePath('vi', { key: 'products', id: p.slug }), site),
			en: absoluteUrl(routePath('en', { key: 'products', id: p.slug }), site),
		},
		name: { vi: p.text.vi.name, en: (p.text.en ?? p.text.vi).name },
		summary: { vi: p.text.vi.summary, en: (p.text.en ?? p.text.vi).summary },
		stars: f.stars,
		category: f.category,
		producer: p.producer.id,
		province: p.district.province,
		district: p.district.id,
		commune: f.commune,
		certificate: defined({
			number: f.certificate.number,
			date: f.certificate.date,
			issuer: f.certificate.issuer,
			validUntil: p.certificate.validUntil,
			status: p.certificate.status,
			revoked: f.certificate.revoked,
		}),
		price: f.price,
		packaging: f.packaging,
		trade: f.trade,
		certifications: p.certifications,
		sample: f.sample,
	});
}

/** A producer's record: a household's phones (its family's own) and named contact people are left out. */
export function producerRecordOf(p: ProducerView): ProducerRecord {
	const household = p.kind === 'household';
	const trade = p.tradeContact;
	return defined({
		id: p.id,
		name: p.name,
		kind: p.kind,
		province: p.districtView.province,
		district: p.district,
		commune: p.commune,
		contact: defined({ phone: household ? undefined : p.contact.phone, email: p.contact.email, website: p.contact.website }),
		tradeContact: trade
			? defined({
					phone: household ? undefined : trade.phone,
					zalo: household ? undefined : trade.zalo,
					email: trade.email,
					website: trade.website,
				})
			: undefined,
		sample: p.sample,
	});
}

/** One file of the dataset. */
export interface DataFile {
	/** File name in DATA_DIR. */
	name: string;
	/** Media type. */
	type: string;
	/** What it holds, in both languages. */
	title: { vi: string; en: string };
	body: Buffer;
}

/** A CSV column: its name, schema.org-free CSVW datatype and value. */
interface Column<R> {
	name: string;
	datatype: 'string' | 'integer' | 'decimal' | 'boolean' | 'date' | 'anyURI';
	value: (r: R) => string | number | boolean | undefined;
}

const PRODUCT_COLUMNS: Array<Column<ProductRecord>> = [
	{ name: 'code', datatype: 'string', value: (r) => r.code },
	{ name: 'permalink', datatype: 'anyURI', value: (r) => r.permalink },
	{ name: 'url_vi', datatype: 'anyURI', value: (r) => r.url.vi },
	{ name: 'url_en', datatype: 'anyURI', value: (r) => r.url.en },
	{ name: 'name_vi', datatype: 'string', value: (r) => r.name.vi },
	{ name: 'name_en', datatype: 'string', value: (r) => r.name.en },
	{ name: 'stars', datatype: 'integer', value: (r) => r.stars },
	{ name: 'category', datatype: 'integer', value: (r) => r.category },
	{ name: 'producer', datatype: 'string', value: (r) => r.producer },
	{ name: 'province', datatype: 'string', value: (r) => r.province },
	{ name: 'district', datatype: 'string', value: (r) => r.district },
	{ name: 'commune', datatype: 'string', value: (r) => r.commune },
	{ name: 'certificate_number', datatype: 'string', value: (r) => r.certificate.number },
	{ name: 'certificate_date', datatype: 'date', value: (r) => r.certificate.date },
	{ name: 'certificate_valid_until', datatype: 'date', value: (r) => r.certificate.validUntil },
	{ name: 'certificate_status', datatype: 'string', value: (r) => r.certificate.status },
	{ name: 'price_min_vnd', datatype: 'integer', value: (r) => r.price?.min },
	{ name: 'price_max_vnd', datatype: 'integer', value: (r) => r.price?.max },
	{ name: 'price_unit_vi', datatype: 'string', value: (r) => r.price?.unit.vi },
	{ name: 'price_unit_en', datatype: 'string', value: (r) => r.price?.unit.en },
	{ name: 'net_content', datatype: 'decimal', value: (r) => r.trade?.netContent?.quantity },
	{ name: 'net_content_unit', datatype: 'string', value: (r) => r.trade?.netContent?.unit },
	{ name: 'shelf_life', datatype: 'integer', value: (r) => r.trade?.shelfLife?.value },
	{ name: 'shelf_life_unit', datatype: 'string', value: (r) => r.trade?.shelfLife?.unit },
	{ name: 'allergens', datatype: 'string', value: (r) => r.trade?.allergens?.join(' ') },
	{ name: 'minimum_order', datatype: 'integer', value: (r) => r.trade?.minimumOrder?.quantity },
	{ name: 'minimum_order_unit_en', datatype: 'string', value: (r) => r.trade?.minimumOrder?.unit.en },
	{ name: 'capacity_per_month', datatype: 'integer', value: (r) => r.trade?.capacity?.quantity },
	{ name: 'capacity_unit_en', datatype: 'string', value: (r) => r.trade?.capacity?.unit.en },
	{ name: 'capacity_stated', datatype: 'date', value: (r) => r.trade?.capacity?.stated },
	{ name: 'lead_time_days', datatype: 'integer', value: (r) => r.trade?.leadTimeDays },
	{ name: 'wholesale_min_vnd', datatype: 'integer', value: (r) => r.trade?.wholesalePrice?.min },
	{ name: 'wholesale_max_vnd', datatype: 'integer', value: (r) => r.trade?.wholesalePrice?.max },
	{ name: 'wholesale_basis', datatype: 'string', value: (r) => r.trade?.wholesalePrice?.basis },
	{ name: 'export_markets', datatype: 'string', value: (r) => r.trade?.exportMarkets?.join(' ') },
	{ name: 'gtin', datatype: 'string', value: (r) => r.trade?.gtin },
	{ name: 'hs_code', datatype: 'string', value: (r) => r.trade?.hsCode },
	{
		name: 'certifications',
		datatype: 'string',
		value: (r) => r.certifications.map((c) => `${c.scheme} ${c.number} ${c.expires} ${c.status}`).join('; ') || undefined,
	},
	{ name: 'sample', datatype: 'boolean', value: (r) => r.sample },
];
const PRODUCER_COLUMNS: Array<Column<ProducerRecord>> = [
	{ name: 'id', datatype: 'string', value: (r) => r.id },
	{ name: 'name_vi', datatype: 'string', value: (r) => r.name.vi },
	{ name: 'name_en', datatype: 'string', value: (r) => r.name.en },
	{ name: 'kind', datatype: 'string', value: (r) => r.kind },
	{ name: 'province', datatype: 'string', value: (r) => r.province },
	{ name: 'district', datatype: 'string', value: (r) => r.district },
	{ name: 'commune', datatype: 'string', value: (r) => r.commune },
	{ name: 'phone', datatype: 'string', value: (r) => r.contact.phone },
	{ name: 'email', datatype: 'string', value: (r) => r.contact.email },
	{ name: 'website', datatype: 'anyURI', value: (r) => r.contact.website },
	{ name: 'trade_phone', datatype: 'string', value: (r) => r.tradeContact?.phone },
	{ name: 'trade_zalo', datatype: 'string', value: (r) => r.tradeContact?.zalo },
	{ name: 'trade_email', datatype: 'string', value: (r) => r.tradeContact?.email },
	{ name: 'trade_website', datatype: 'anyURI', value: (r) => r.tradeContact?.website },
	{ name: 'sample', datatype: 'boolean', value: (r) => r.sample },
];
const PLACE_COLUMNS: Array<Column<PlaceRecord>> = [
	{ name: 'id', datatype: 'string', value: (r) => r.id },
	{ name: 'type', datatype: 'string', value: (r) => r.type },
	{ name: 'name_vi', datatype: 'string', value: (r) => r.name.vi },
	{ name: 'name_en', datatype: 'string', value: (r) => r.name.en },
	{ name: 'province', datatype: 'string', value: (r) => r.province },
	{ name: 'district', datatype: 'string', value: (r) => r.district },
	{ name: 'commune', datatype: 'string', value: (r) => r.commune },
	{ name: 'address', datatype: 'string', value: (r) => r.address },
	{ name: 'phone', datatype: 'string', value: (r) => r.phone },
	{ name: 'lat', datatype: 'decimal', value: (r) => r.lat },
	{ name: 'lng', datatype: 'decimal', value: (r) => r.lng },
	{ name: 'sample', datatype: 'boolean', value: (r) => r.sample },
];
const RETIRED_COLUMNS: Array<Column<RetiredRecord>> = [
	{ name: 'code', datatype: 'string', value: (r) => r.code },
	{ name: 'permalink', datatype: 'anyURI', value: (r) => r.permalink },
	{ name: 'name_vi', datatype: 'string', value: (r) => r.name.vi },
	{ name: 'name_en', datatype: 'string', value: (r) => r.name.en },
	{ name: 'district', datatype: 'string', value: (r) => r.district },
	{ name: 'date', datatype: 'date', value: (r) => r.date },
	{ name: 'reason_vi', datatype: 'string', value: (r) => r.reason.vi },
	{ name: 'reason_en', datatype: 'string', value: (r) => r.reason.en },
	{ name: 'sample', datatype: 'boolean', value: (r) => r.sample },
];

/** A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
const field = (v: string | number | boolean | undefined) => {
	const s = v === undefined ? '' : String(v);
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** A table as CSV, UTF-8 with a byte-order mark (so that Excel reads Vietnamese), CRLF line ends. */
function csv<R>(columns: Array<Column<R>>, rows: readonly R[]): Buffer {
	const lines = [columns.map((c) => c.name).join(','), ...rows.map((r) => columns.map((c) => field(c.value(r))).join(','))];
	return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** CSVW metadata of a CSV file (W3C "Metadata Vocabulary for Tabular Data"). */
function csvw<R>(name: string, site: string, title: string, columns: Array<Column<R>>, key: string): Buffer {
	const meta = {
		'@context': ['http://www.w3.org/ns/csvw', { '@language': 'en' }],
		url: absoluteUrl(`${DATA_DIR}${name}`, site),
		'dc:title': title,
		'dc:license': { '@id': DATA_LICENCE.url },
		dialect: { encoding: 'utf-8', header: true, lineTerminators: ['\r\n'] },
		tableSchema: {
			columns: columns.map((c) => ({ name: c.name, titles: c.name, datatype: c.datatype, required: false })),
			primaryKey: key,
		},
	};
	return Buffer.from(`${JSON.stringify(meta, null, '\t')}\n`, 'utf8');
}

const json = (data: unknown) => Buffer.from(`${JSON.stringify(data)}\n`, 'utf8');

const EXCLUDES = 'Photos belong to the producers and are not covered by this licence.';

/** Every data file of the catalogue, split by province where a file would pass `limit` bytes. */
export function openDataFiles<I>(c: Catalogue<I>, retired: readonly RetiredProduct[], site: string, limit = MAX_FILE_BYTES): DataFile[] {
	const products = c.products.map((p) => productRecordOf(p, site));
	const producers = [...c.producers.values()].map(producerRecordOf);
	const places: PlaceRecord[] = [...c.centres.values(), ...c.salesPoints.values()].map((p) =>
		defined({
			id: p.id,
			type: p.type,
			name: p.name,
			province: p.districtView.province,
			district: p.district,
			commune: p.commune,
			address: p.address,
			phone: p.phone,
			lat: p.coordinates.lat,
			lng: p.coordinates.lng,
			sample: p.sample,
		}),
	);
	const tombstones: RetiredRecord[] = retired.map((r) => ({
		code: r.code,
		permalink: absoluteUrl(permalinkPath(r.code), site),
		name: r.name,
		district: r.district,
		date: r.date,
		reason: r.reason,
		sample: r.sample,
	}));
	const licence = { ...DATA_LICENCE, excludes: EXCLUDES };
	const provinceOf = (district: string) => c.districts.get(district)?.province ?? '';
	const whole: CatalogueRecord = { version: DATA_VERSION, asOf: c.asOf, licence, products, producers, places, retired: tombstones };
	const files: DataFile[] = [];
	const t = (vi: string, en: string) => ({ vi, en });

	const catalogueFile = json(whole);
	if (catalogueFile.length <= limit) {
		files.push({
			name: 'catalogue.json',
			type: 'application/json',
			title: t('Toàn bộ danh mục', 'The whole catalogue'),
			body: catalogueFile,
		});
	} else {
		// Too large for one file: a file per province, each with that province's products, producers and places.
		for (const province of [...new Set(products.map((p) => p.province))].sort()) {
			const part: CatalogueRecord = {
				...whole,
				province,
				products: products.filter((p) => p.province === province),
				producers: producers.filter((p) => p.province === province),
				places: places.filter((p) => p.province === province),
				retired: tombstones.filter((r) => provinceOf(r.district) === province),
			};
			files.push({
				name: `catalogue-${province}.json`,
				type: 'application/json',
				title: t(`Danh mục, tỉnh ${province}`, `Catalogue, province ${province}`),
				body: json(part),
			});
		}
	}
	const provinceOfRow = (r: object) => ('province' in r ? String(r.province) : provinceOf((r as RetiredRecord).district));
	const table = <R extends object>(
		base: string,
		title: { vi: string; en: string },
		columns: Array<Column<R>>,
		rows: readonly R[],
		key: string,
	) => {
		const all = csv(columns, rows);
		const parts: Array<[string, Buffer]> =
			all.length <= limit
				? [[`${base}.csv`, all]]
				: [...new Set(rows.map(provinceOfRow))].sort().map((p) => [
						`${base}-${p}.csv`,
						csv(
							columns,
							rows.filter((r) => provinceOfRow(r) === p),
						),
					]);
		for (const [name, body] of parts) {
			files.push({ name, type: 'text/csv', title, body });
			files.push({
				name: `${name}-metadata.json`,
				type: 'application/csvm+json',
				title: t(`Mô tả cột của ${name} (CSVW)`, `Column descriptions of ${name} (CSVW)`),
				body: csvw(name, site, title.en, columns, key),
			});
		}
	};
	table('products', t('Sản phẩm', 'Products'), PRODUCT_COLUMNS, products, 'code');
	table('producers', t('Chủ thể', 'Producers'), PRODUCER_COLUMNS, producers, 'id');
	table('places', t('Trung tâm OCOP và điểm bán', 'OCOP centres and sales points'), PLACE_COLUMNS, places, 'id');
	table('retired-products', t('Sản phẩm đã rút khỏi danh mục', 'Products taken out of the catalogue'), RETIRED_COLUMNS, tombstones, 'code');
	files.push({
		name: 'schema.json',
		type: 'application/schema+json',
		title: t('Lược đồ JSON của tệp danh mục', 'JSON Schema of the catalogue file'),
		body: Buffer.from(`${JSON.stringify(catalogueJsonSchema(site), null, '\t')}\n`, 'utf8'),
	});
	return files;
}
