/**
 * The facts buyers ask for (`trade:` and `certifications:` in product.yaml, `tradeContact` on a
 * producer), as pages and data files show them: GTIN check digits, country names, certification
 * names and status. Pure, no Astro imports.
 */
import countries from 'i18n-iso-countries';
import type { ProductFacts, TradeFacts } from '../content/schema.ts';
import type { Locale } from '../routes.ts';

/** The GS1 check digit of the digits before it (weights 3 and 1 from the right). */
export function gtinCheckDigit(body: string): number {
	let sum = 0;
	for (let i = 0; i < body.length; i++) {
		const digit = body.charCodeAt(body.length - 1 - i) - 48;
		sum += digit * (i % 2 === 0 ? 3 : 1);
	}
	return (10 - (sum % 10)) % 10;
}

/** True when the last digit of a GTIN-8/12/13/14 is the check digit of the others. */
export function gtinValid(gtin: string): boolean {
	if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(gtin)) return false;
	return gtinCheckDigit(gtin.slice(0, -1)) === Number(gtin.at(-1));
}

/** The barcode symbology that prints a GTIN of this length (bwip-js names). */
export function gtinSymbology(gtin: string): 'ean8' | 'upca' | 'ean13' | 'itf14' {
	return gtin.length === 8 ? 'ean8' : gtin.length === 12 ? 'upca' : gtin.length === 13 ? 'ean13' : 'itf14';
}

/** True for an ISO 3166-1 alpha-2 code of a country or territory. */
export function isCountryCode(code: string): boolean {
	return countries.isValid(code) && /^[A-Z]{2}$/.test(code);
}

/** Every ISO 3166-1 alpha-2 code, for suggestions. */
export function countryCodes(): string[] {
	return Object.keys(countries.getAlpha2Codes());
}

const regionNames = new Map<Locale, Intl.DisplayNames>();

/** A country's name in `locale` (Node's ICU data), e.g. JP → Nhật Bản / Japan. */
export function countryName(code: string, locale: Locale): string {
	let names = regionNames.get(locale);
	if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })));
	return names.of(code) ?? code;
}

/** What an HS code is: the 6-digit international heading, or Viet Nam's 8-digit tariff line. */
export function hsKind(code: string): 'hs6' | 'vn8' {
	return code.length === 8 ? 'vn8' : 'hs6';
}

/** An HS code written the customs way: 0901.21 or 0901.21.20. */
export function formatHs(code: string): string {
	return code.length === 8 ? `${code.slice(0, 4)}.${code.slice(4, 6)}.${code.slice(6)}` : `${code.slice(0, 4)}.${code.slice(4)}`;
}

/** True when a product has anything to show in its "For buyers" section. */
export function hasBuyerFacts(f: Pick<ProductFacts, 'trade' | 'certifications'>): boolean {
	const t: TradeFacts = f.trade ?? {};
	return f.certifications.length > 0 || Object.values(t).some((v) => v !== undefined && !(Array.isArray(v) && v.length === 0));
}
