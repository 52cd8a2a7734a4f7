/**
 * Certifications besides OCOP (`certifications:` in product.yaml): their names and their status on
 * the catalogue's day. Apart from trade.ts so that the catalogue, which the search page's script
 * bundles, does not carry trade.ts's list of countries.
 */
import type { CERTIFICATION_SCHEMES, Certification } from '../content/schema.ts';
import type { Locale } from '../routes.ts';

/** A certification scheme id of the controlled list. */
export type CertificationScheme = (typeof CERTIFICATION_SCHEMES)[number];

/** The names of the certification schemes, as printed on certificates (the same in both languages but organic). */
const SCHEME_NAMES: Record<CertificationScheme, { vi: string; en: string }> = {
	vietgap: { vi: 'VietGAP', en: 'VietGAP' },
	globalgap: { vi: 'GlobalG.A.P.', en: 'GlobalG.A.P.' },
	organic: { vi: 'Hữu cơ', en: 'Organic' },
	haccp: { vi: 'HACCP', en: 'HACCP' },
	'iso-22000': { vi: 'ISO 22000', en: 'ISO 22000' },
	'fssc-22000': { vi: 'FSSC 22000', en: 'FSSC 22000' },
	'iso-9001': { vi: 'ISO 9001', en: 'ISO 9001' },
	brcgs: { vi: 'BRCGS', en: 'BRCGS' },
	halal: { vi: 'Halal', en: 'Halal' },
	kosher: { vi: 'Kosher', en: 'Kosher' },
	fairtrade: { vi: 'Fairtrade', en: 'Fairtrade' },
	'rainforest-alliance': { vi: 'Rainforest Alliance', en: 'Rainforest Alliance' },
	'gacp-who': { vi: 'GACP-WHO', en: 'GACP-WHO' },
};

/** True for a scheme of the controlled list. */
export function isCertificationScheme(scheme: string): scheme is CertificationScheme {
	return Object.hasOwn(SCHEME_NAMES, scheme);
}

/** A certification's name with its standard: "Hữu cơ (TCVN 11041)", "VietGAP". */
export function certificationName(c: Pick<Certification, 'scheme' | 'standard'>, locale: Locale): string {
	const name = isCertificationScheme(c.scheme) ? SCHEME_NAMES[c.scheme][locale] : c.scheme;
	return c.standard ? `${name} (${c.standard})` : name;
}

/** valid or expired: a certification's status on a day. */
export type CertificationStatus = 'valid' | 'expired';

/**
 * The status of a certification on the day `asOf`: valid through its `expires` day (the last day
 * printed on it), expired from the day after, like the OCOP certificate (src/lib/certificate.ts).
 */
export function certificationStatus(c: Pick<Certification, 'expires'>, asOf: string): CertificationStatus {
	return asOf <= c.expires ? 'valid' : 'expired';
}

/** A certification with its status, as pages and data files show it. */
export interface CertificationView extends Certification {
	name: { vi: string; en: string };
	status: CertificationStatus;
}

/** A product's certifications with their names and status on `asOf`. */
export function certificationViews(list: readonly Certification[], asOf: string): CertificationView[] {
	return list.map((c) => ({
		...c,
		name: { vi: certificationName(c, 'vi'), en: certificationName(c, 'en') },
		status: certificationStatus(c, asOf),
	}));
}
