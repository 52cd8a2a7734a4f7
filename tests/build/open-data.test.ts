/**
 * The open data files of the built sample, read back as a user would: every file the data page lists
 * exists with the size it states; the JSON validates against the JSON Schema published beside it;
 * each CSV (UTF-8 with a byte-order mark) parses into the same rows as the JSON, with the columns its
 * CSVW metadata names; each product's trade facts equal those on its page; no household phone leaks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buyerFactRows } from '../../src/lib/buyers/buyer-facts.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { DATA_DIR, MAX_FILE_BYTES, type CatalogueRecord } from '../../src/lib/buyers/open-data.ts';
import { LOCALES, routePath } from '../../src/lib/routes.ts';
import { page, sitePath } from '../helpers/site.ts';
import { ROOT, SITE_DIR } from '../helpers/paths.ts';

const file = (name: string) => readFileSync(join(SITE_DIR, DATA_DIR, name));
const catalogue = JSON.parse(file('catalogue.json').toString('utf8')) as CatalogueRecord;
const csvRows = (name: string) => {
	const body = file(name);
	return {
		bom: body.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])),
		rows: parse(body, { bom: true, columns: true }) as Array<Record<string, string>>,
	};
};
const content = readContent(`${ROOT}content`, ROOT);
// ajv-formats is CommonJS: its default export arrives wrapped under Node's ESM loader.
const addFormats = ((addFormatsPlugin as unknown as { default?: typeof addFormatsPlugin }).default ??
	addFormatsPlugin) as typeof addFormatsPlugin;

/** Every `format` a JSON Schema uses, sorted. */
function formatsOf(schema: unknown): string[] {
	const found = new Set<string>();
	const walk = (node: unknown) => {
		if (Array.isArray(node)) node.forEach(walk);
		else if (node && typeof node === 'object')
			for (const [key, value] of Object.entries(node)) {
				if (key === 'format' && typeof value === 'string') found.add(value);
				walk(value);
			}
	};
	walk(schema);
	return [...found].sort();
}

describe('the open data', () => {
	it('lists on its page, in both languages, every file with its true size, none over 25 MiB', () => {
		for (const locale of LOCALES) {
			const $ = page(routePath(locale, { key: 'data' }));
			const listed = $('[data-data-file]')
				.map((_, row) => ({ name: $(row).attr('data-data-file') ?? '', bytes: Number($(row).attr('data-bytes')) }))
				.get();
			expect(listed.map((f) => f.name)).toContain('catalogue.json');
			for (const f of listed) {
				expect(file(f.name).length, f.name).toBe(f.bytes);
				expect(f.bytes).toBeLessThanOrEqual(MAX_FILE_BYTES);
			}
			const ld = (
				$('script[type="application/ld+json"]')
					.map((_, s) => JSON.parse($(s).text()) as Record<string, unknown>)
					.get() as Array<Record<string, unknown>>
			).find((d) => d['@type'] === 'Dataset') as {
				distribution: Array<{ contentUrl: string; contentSize: string; encodingFormat: string }>;
			};
			expect(ld.distribution.map((d) => sitePath(d.contentUrl))).toEqual(listed.map((f) => `${DATA_DIR}${f.name}`));
			expect(ld.distribution.map((d) => d.contentSize)).toEqual(listed.map((f) => `${f.bytes} B`));
		}
	});

	it('holds every product, producer, place and retired product of the content', () => {
		expect(catalogue.products.map((p) => p.code).sort()).toEqual(content.products.map((p) => (p.data as { code: string }).code).sort());
		expect(catalogue.producers).toHaveLength(content.producers.length);
		expect(catalogue.places).toHaveLength(content.centres.length + content.salesPoints.length);
		expect(catalogue.retired).toHaveLength(content.retired?.length ?? 0);
	});

	it('validates against the JSON Schema generated from the content model, its formats (date, uri) checked too', () => {
		const schema = JSON.parse(file('schema.json').toString('utf8')) as Record<string, unknown>;
		// The formats the schema uses, each checked by ajv-formats: a day and a link.
		expect(formatsOf(schema)).toEqual(['date', 'uri']);
		const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
		addFormats(ajv, ['date', 'uri']);
		const validate = ajv.compile(schema);
		expect(validate(catalogue), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		// The schema is not vacuous: a product without a code fails it, …
		const broken = structuredClone(catalogue) as unknown as { products: Array<Record<string, unknown>> };
		delete broken.products[0]?.['code'];
		expect(validate(broken)).toBe(false);
		// … and so do a day that is not one (its pattern alone lets it through) and a permalink that is not a URL.
		const badDay = structuredClone(catalogue);
		(badDay.products[0] as { certificate: { date: string } }).certificate.date = '2026-13-45';
		expect(validate(badDay)).toBe(false);
		expect(validate.errors?.map((e) => e.keyword)).toEqual(['format']);
		const badLink = structuredClone(catalogue);
		(badLink.products[0] as { permalink: string }).permalink = 'ocop example org/p/x';
		expect(validate(badLink)).toBe(false);
		expect(validate.errors?.map((e) => e.keyword)).toEqual(['format']);
	});

	it('gives each CSV a byte-order mark and the same rows as the JSON, under the columns of its CSVW metadata', () => {
		const tables: Array<[string, Array<{ code?: string; id?: string }>, 'code' | 'id']> = [
			['products.csv', catalogue.products, 'code'],
			['producers.csv', catalogue.producers, 'id'],
			['places.csv', catalogue.places, 'id'],
			['retired-products.csv', catalogue.retired, 'code'],
		];
		for (const [name, records, key] of tables) {
			const { bom, rows } = csvRows(name);
			expect(bom, name).toBe(true);
			expect(rows.map((r) => r[key])).toEqual(records.map((r) => r[key]));
			const meta = JSON.parse(file(`${name}-metadata.json`).toString('utf8')) as { tableSchema: { columns: Array<{ name: string }> } };
			expect(Object.keys(rows[0] ?? {})).toEqual(meta.tableSchema.columns.map((c) => c.name));
		}
		const products = csvRows('products.csv').rows;
		for (const [i, p] of catalogue.products.entries()) {
			expect(products[i]?.['name_vi']).toBe(p.name.vi);
			expect(products[i]?.['gtin']).toBe(p.trade?.gtin ?? '');
			expect(products[i]?.['export_markets']).toBe(p.trade?.exportMarkets?.join(' ') ?? '');
		}
	});

	it('gives each product the trade facts and certification statuses its page shows', () => {
		let withFacts = 0;
		for (const p of catalogue.products)
			for (const locale of LOCALES) {
				const $ = page(sitePath(p.url[locale]));
				const shown = $('[data-buyers] [data-fact]')
					.map((_, row) => ({ key: $(row).attr('data-fact'), text: $(row).find('dd').text().trim() }))
					.get();
				expect(shown, p.code).toEqual(buyerFactRows(p, locale).map((r) => ({ key: r.key, text: r.text })));
				const certs = $('[data-buyers] [data-certification]')
					.map((_, li) => `${$(li).attr('data-certification')} ${$(li).attr('data-status')}`)
					.get();
				expect(certs, p.code).toEqual(p.certifications.map((c) => `${c.scheme} ${c.status}`));
				if (shown.length) withFacts++;
			}
		expect(withFacts).toBeGreaterThan(0);
	});

	it('leaves out the phones of household producers and every contact person’s name', () => {
		const households = catalogue.producers.filter((p) => p.kind === 'household');
		expect(households.length).toBeGreaterThan(0);
		for (const p of households) {
			expect(p.contact.phone).toBeUndefined();
			expect(p.tradeContact?.phone).toBeUndefined();
			expect(p.tradeContact?.zalo).toBeUndefined();
		}
		const text = file('catalogue.json').toString('utf8') + file('producers.csv').toString('utf8');
		for (const raw of content.producers) {
			const data = raw.data as { kind: string; contact?: { phone?: string }; tradeContact?: { person?: string; phone?: string } };
			if (data.tradeContact?.person) expect(text).not.toContain(data.tradeContact.person);
			if (data.kind === 'household' && data.contact?.phone) expect(text).not.toContain(data.contact.phone);
		}
	});
});
