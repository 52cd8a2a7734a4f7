/**
 * The site language a visitor's browser asks for. Runs in the browser (the permalink page's
 * script, from `navigator.languages`) and in tests, so it stays tiny and dependency-free.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from './routes.ts';

/**
 * The first of the browser's preferred languages that the site has, by primary subtag
 * (`en-US` → `en`, `vi-VN` → `vi`); Vietnamese when none of them is offered.
 */
export function preferredLocale(languages: readonly string[]): Locale {
	for (const tag of languages) {
		const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
		if (isLocale(primary)) return primary;
	}
	return DEFAULT_LOCALE;
}
