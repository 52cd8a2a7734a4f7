/** Search data computed once per build from the catalogue, not once per page. */
import { catalogue } from './catalogue.ts';
import { productText } from '../lib/catalogue.ts';
import { nameSortKeys } from '../lib/search.ts';
import type { Locale } from '../lib/routes.ts';

const sortKeys = new Map<Locale, Promise<Map<string, string>>>();

/** Each product's name sort key in `locale` (its rank in that language's alphabetical order). */
export function nameSortKeysFor(locale: Locale): Promise<Map<string, string>> {
	let keys = sortKeys.get(locale);
	if (!keys) {
		keys = catalogue().then((c) => nameSortKeys(c.products.map((p) => ({ id: p.slug, name: productText(p, locale).name })), locale));
		sortKeys.set(locale, keys);
	}
	return keys;
}
