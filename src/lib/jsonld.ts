/**
 * schema.org structured data, as plain objects: Product (with its OCOP certificate), Store for
 * centres and sales points, BreadcrumbList. Pure, so tests check the shapes without a build.
 */
import type { PlaceView, ProductView } from './catalogue.ts';
import { DAYS } from './content/schema.ts';

const DAY_NAMES: Record<(typeof DAYS)[number], string> = {
	mon: 'Monday',
	tue: 'Tuesday',
	wed: 'Wednesday',
	thu: 'Thursday',
	fri: 'Friday',
	sat: 'Saturday',
	sun: 'Sunday',
};

/** JSON for a `<script type="application/ld+json">`, safe to inline in HTML. */
export function serializeJsonLd(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** A BreadcrumbList from (name, absolute URL) pairs. */
export function breadcrumbJsonLd(items: Array<{ name: string; url: string }>) {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
	};
}

/** Text of a product in one language, and the words for its facts. */
export interface ProductLd {
	url: string;
	name: string;
	description: string;
	image: string[];
	category: string;
	lang: string;
	labels: { stars: string; certStatus: string; status: string };
	/** The producer's page; none when it makes only this product (src/lib/catalogue.ts, producerHasPage). */
	producerUrl?: string;
}

/** A Product with its producer, price range, OCOP certificate and trade facts (GTIN, other certifications, wholesale terms). */
export function productJsonLd<I>(p: ProductView<I>, ld: ProductLd) {
	const cert = p.facts.certificate;
	const price = p.facts.price;
	const trade = p.facts.trade;
	const lang = ld.lang === 'en' ? 'en' : 'vi';
	const ocop = {
		'@type': 'Certification',
		name: `OCOP ${p.facts.stars}★`,
		certificationIdentification: cert.number,
		issuedBy: { '@type': 'Organization', name: cert.issuer.vi },
		validFrom: cert.date,
		expires: p.certificate.validUntil,
		certificationStatus: p.certificate.status === 'valid' ? 'CertificationActive' : 'CertificationInactive',
		certificationRating: { '@type': 'Rating', ratingValue: p.facts.stars, bestRating: 5, worstRating: 3 },
	};
	const others = p.certifications.map((c) => ({
		'@type': 'Certification',
		name: c.name[lang],
		certificationIdentification: c.number,
		issuedBy: { '@type': 'Organization', name: c.issuer },
		validFrom: c.date,
		expires: c.expires,
		certificationStatus: c.status === 'valid' ? 'CertificationActive' : 'CertificationInactive',
	}));
	const offers: object[] = [];
	if (price) offers.push({ '@type': 'AggregateOffer', priceCurrency: 'VND', lowPrice: price.min, highPrice: price.max });
	const wholesale = trade?.wholesalePrice;
	const minimum = trade?.minimumOrder;
	if (wholesale || minimum) {
		offers.push({
			'@type': 'AggregateOffer',
			businessFunction: 'http://purl.org/goodrelations/v1#Sell',
			eligibleCustomerType: 'http://purl.org/goodrelations/v1#Business',
			...(wholesale ? { priceCurrency: 'VND', lowPrice: wholesale.min, highPrice: wholesale.max } : {}),
			...(minimum ? { eligibleQuantity: { '@type': 'QuantitativeValue', minValue: minimum.quantity, unitText: minimum.unit[lang] } } : {}),
			...(trade?.leadTimeDays !== undefined
				? {
						deliveryLeadTime: { '@type': 'QuantitativeValue', value: trade.leadTimeDays, unitCode: 'DAY' },
					}
				: {}),
		});
	}
	return {
		'@context': 'https://schema.org',
		'@type': 'Product',
		'@id': ld.url,
		url: ld.url,
		name: ld.name,
		description: ld.description,
		image: ld.image,
		category: ld.category,
		sku: p.facts.code,
		...(trade?.gtin ? { gtin: trade.gtin } : {}),
		countryOfOrigin: { '@type': 'Country', name: 'Viet Nam', identifier: 'VN' },
		manufacturer: { '@type': 'Organization', name: p.producer.name.vi, ...(ld.producerUrl ? { url: ld.producerUrl } : {}) },
		additionalProperty: [
			{ '@type': 'PropertyValue', name: ld.labels.stars, value: p.facts.stars, maxValue: 5, minValue: 3 },
			{ '@type': 'PropertyValue', name: ld.labels.certStatus, value: ld.labels.status },
		],
		hasCertification: others.length ? [ocop, ...others] : ocop,
		...(offers.length === 1 ? { offers: offers[0] } : offers.length > 1 ? { offers } : {}),
	};
}

/** A Store (OCOP centre or sales point) with address, phone, position and opening hours. */
export function placeJsonLd(place: PlaceView, ld: { url: string; name: string; province: string; district: string }) {
	return {
		'@context': 'https://schema.org',
		'@type': 'Store',
		'@id': ld.url,
		url: ld.url,
		name: ld.name,
		telephone: place.phone,
		address: {
			'@type': 'PostalAddress',
			streetAddress: place.address,
			addressLocality: `${place.commune}, ${ld.district}`,
			addressRegion: ld.province,
			addressCountry: 'VN',
		},
		geo: { '@type': 'GeoCoordinates', latitude: place.coordinates.lat, longitude: place.coordinates.lng },
		openingHoursSpecification: place.hours.map((h) => ({
			'@type': 'OpeningHoursSpecification',
			dayOfWeek: h.days.map((d) => `https://schema.org/${DAY_NAMES[d]}`),
			opens: h.open,
			closes: h.close,
		})),
	};
}
