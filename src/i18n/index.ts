/**
 * UI strings and locale-aware formatting. Every visible word comes from `vi.json` / `en.json`
 * (flat dotted keys); a unit test rejects a key present in one language and missing in the other.
 */
import en from './en.json' with { type: 'json' };
import vi from './vi.json' with { type: 'json' };
import type { Locale } from '../lib/routes.ts';
import { fill } from './fill.ts';

/** A key of the UI dictionaries. */
export type UIKey = keyof typeof vi;

/** The dictionaries, by locale. */
export const DICTIONARIES: Record<Locale, Record<UIKey, string>> = { vi, en };

/** BCP 47 tag used for number and date formatting. */
const INTL_TAG: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

// Intl formatters are made once per locale and reused: making one costs far more than using it, and
// every component of every page calls these (docs/performance.md, "Measured figures behind the code").
const PLURALS: Partial<Record<Locale, Intl.PluralRules>> = {};
const PRICES: Partial<Record<Locale, Intl.NumberFormat>> = {};
const DATES: Partial<Record<Locale, Intl.DateTimeFormat>> = {};

/**
 * A translator for `locale`: `t('products.count', { count: 3 })`. When `count` is a number and the
 * dictionary has a `<key>.one` form, plural rules pick it for counts like 1 ("1 product").
 */
export function useTranslations(locale: Locale) {
	const dict = DICTIONARIES[locale];
	const plural = (PLURALS[locale] ??= new Intl.PluralRules(INTL_TAG[locale]));
	return function t(key: UIKey, vars?: Record<string, string | number>): string {
		const count = vars?.['count'];
		const one = `${key}.one`;
		const text = typeof count === 'number' && plural.select(count) === 'one' && one in dict ? dict[one as UIKey] : dict[key];
		if (!vars) return text;
		return fill(text, vars);
	};
}

/** A price in đồng, e.g. "120.000 ₫" / "₫120,000". */
export function formatPrice(locale: Locale, amount: number): string {
	PRICES[locale] ??= new Intl.NumberFormat(INTL_TAG[locale], { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });
	return PRICES[locale].format(amount);
}

/** A price or a price band per unit, e.g. "120.000 ₫ – 150.000 ₫ / hộp": the shelf price and the wholesale band. */
export function formatPriceBand(locale: Locale, band: { min: number; max: number; unit: Record<Locale, string> }): string {
	const t = useTranslations(locale);
	const min = formatPrice(locale, band.min);
	return band.min === band.max
		? t('product.priceSingle', { min, unit: band.unit[locale] })
		: t('product.priceRange', { min, max: formatPrice(locale, band.max), unit: band.unit[locale] });
}

/** A calendar day (YYYY-MM-DD), e.g. "28/09/2023" / "28 September 2023". */
export function formatDate(locale: Locale, day: string): string {
	const style =
		locale === 'vi' ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { day: 'numeric', month: 'long', year: 'numeric' };
	DATES[locale] ??= new Intl.DateTimeFormat(INTL_TAG[locale], { ...(style as Intl.DateTimeFormatOptions), timeZone: 'UTC' });
	return DATES[locale].format(new Date(`${day}T00:00:00Z`));
}

const NUMBERS: Partial<Record<Locale, Intl.NumberFormat>> = {};

/** A quantity, e.g. "2.000" / "2,000". */
export function formatNumber(locale: Locale, n: number): string {
	NUMBERS[locale] ??= new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: 2 });
	return NUMBERS[locale].format(n);
}
