/**
 * The JSON-LD of every product page of the sample, checked against the schema.org vocabulary it
 * uses: each node's type is known, each property belongs to that type (or a type it inherits
 * from), and each nested node's type is one the property accepts. The vocabulary is kept by hand
 * below, from schema.org's definitions (no package provides it offline); a property or type not
 * listed fails the test until it is looked up and added.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, routePath } from '../../src/lib/routes.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { page } from '../helpers/site.ts';
import { ROOT } from '../helpers/paths.ts';

/** Each type: the type it inherits from, and its own properties with the types of node they accept ([] for text, numbers, URLs). */
const VOCABULARY: Record<string, { parent?: string; props: Record<string, string[]> }> = {
	Thing: { props: { name: [], description: [], url: [], image: [], identifier: [], sameAs: [], alternateName: [] } },
	Product: {
		parent: 'Thing',
		props: {
			sku: [],
			gtin: [],
			gtin8: [],
			gtin12: [],
			gtin13: [],
			gtin14: [],
			category: [],
			manufacturer: ['Organization'],
			offers: ['Offer', 'AggregateOffer'],
			hasCertification: ['Certification'],
			countryOfOrigin: ['Country'],
			additionalProperty: ['PropertyValue'],
		},
	},
	Organization: { parent: 'Thing', props: { telephone: [], email: [], address: ['PostalAddress'] } },
	CreativeWork: { parent: 'Thing', props: { inLanguage: [], expires: [], about: ['Thing'] } },
	Certification: {
		parent: 'CreativeWork',
		props: {
			certificationIdentification: [],
			certificationStatus: [],
			certificationRating: ['Rating'],
			issuedBy: ['Organization'],
			validFrom: [],
			validIn: ['AdministrativeArea'],
		},
	},
	Rating: { parent: 'Thing', props: { ratingValue: [], bestRating: [], worstRating: [] } },
	StructuredValue: { parent: 'Thing', props: {} },
	PropertyValue: {
		parent: 'StructuredValue',
		props: { value: [], minValue: [], maxValue: [], unitCode: [], unitText: [], propertyID: [] },
	},
	QuantitativeValue: { parent: 'StructuredValue', props: { value: [], minValue: [], maxValue: [], unitCode: [], unitText: [] } },
	Offer: {
		parent: 'Thing',
		props: {
			price: [],
			priceCurrency: [],
			availability: [],
			businessFunction: [],
			eligibleCustomerType: [],
			eligibleQuantity: ['QuantitativeValue'],
			deliveryLeadTime: ['QuantitativeValue'],
			seller: ['Organization'],
		},
	},
	AggregateOffer: { parent: 'Offer', props: { lowPrice: [], highPrice: [], offerCount: [] } },
	Place: { parent: 'Thing', props: { address: ['PostalAddress'] } },
	AdministrativeArea: { parent: 'Place', props: {} },
	Country: { parent: 'AdministrativeArea', props: {} },
	PostalAddress: { parent: 'StructuredValue', props: { streetAddress: [], addressLocality: [], addressRegion: [], addressCountry: [] } },
	ItemList: { parent: 'Thing', props: { itemListElement: ['ListItem'] } },
	BreadcrumbList: { parent: 'ItemList', props: {} },
	ListItem: { parent: 'Thing', props: { position: [], item: [] } },
};

/** A type and every type it inherits from. */
function lineage(type: string): string[] {
	const out: string[] = [];
	for (let t: string | undefined = type; t; t = VOCABULARY[t]?.parent) out.push(t);
	return out;
}

/** What is wrong with a node and the nodes inside it, as readable lines. */
function problems(node: Record<string, unknown>, at: string): string[] {
	const type = node['@type'];
	if (typeof type !== 'string' || !VOCABULARY[type]) return [`${at}: unknown type ${String(type)}`];
	const found: string[] = [];
	for (const [prop, value] of Object.entries(node)) {
		if (prop.startsWith('@')) continue;
		const range = lineage(type)
			.map((t) => VOCABULARY[t]?.props[prop])
			.find((r) => r !== undefined);
		if (!range) {
			found.push(`${at}: ${type} has no property ${prop}`);
			continue;
		}
		for (const [i, item] of (Array.isArray(value) ? value : [value]).entries()) {
			if (item === null || typeof item !== 'object') continue;
			const inner = item as Record<string, unknown>;
			const innerType = String(inner['@type']);
			if (!range.some((r) => lineage(innerType).includes(r)))
				found.push(`${at}.${prop}[${i}]: ${innerType} is not one of ${range.join(', ')}`);
			found.push(...problems(inner, `${at}.${prop}[${i}]`));
		}
	}
	return found;
}

const slugs = readContent(`${ROOT}content`, ROOT).products.map((p) => p.id);

describe('the JSON-LD of product pages', () => {
	it('the vocabulary check catches a property that its type does not have', () => {
		expect(problems({ '@type': 'Product', inLanguage: 'vi' }, 'x')).toEqual(['x: Product has no property inLanguage']);
		expect(problems({ '@type': 'Product', countryOfOrigin: { '@type': 'Rating' } }, 'x')).toEqual([
			'x.countryOfOrigin[0]: Rating is not one of Country',
		]);
	});

	it('uses only schema.org types and properties, with nested nodes of the types each property accepts, on every product page', () => {
		const found: string[] = [];
		for (const locale of LOCALES)
			for (const slug of slugs) {
				const path = routePath(locale, { key: 'products', id: slug });
				const $ = page(path);
				$('script[type="application/ld+json"]').each((_, s) => {
					found.push(...problems(JSON.parse($(s).text()) as Record<string, unknown>, path));
				});
			}
		expect(found).toEqual([]);
	});

	it('gives a product with trade facts its GTIN, its country of origin, every certification and a trade offer with a minimum quantity', () => {
		const $ = page(routePath('en', { key: 'products', id: 'ca-phe-robusta-buon-ma-thuot' }));
		const product = (
			$('script[type="application/ld+json"]')
				.map((_, s) => JSON.parse($(s).text()) as Record<string, unknown>)
				.get() as Array<Record<string, unknown>>
		).find((d) => d['@type'] === 'Product');
		expect(product).toMatchObject({
			gtin: '9520001000010',
			countryOfOrigin: { '@type': 'Country', identifier: 'VN' },
			hasCertification: [
				{ name: 'OCOP 5★' },
				{ name: 'VietGAP', certificationStatus: 'CertificationActive' },
				{ name: 'HACCP' },
				{ name: 'ISO 22000' },
			],
			offers: [{ '@type': 'AggregateOffer' }, { eligibleQuantity: { '@type': 'QuantitativeValue', minValue: 200 } }],
		});
	});
});
