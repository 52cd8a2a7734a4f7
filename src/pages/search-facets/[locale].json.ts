/**
 * The search page's facet options in one language (`/search-facets/vi.json`, `/search-facets/en.json`):
 * each facet's legend and its values with their labels. Kept out of the page's HTML, where at
 * 13,000 products they were 3,868 elements (700 districts), and fetched by <ocop-search>
 * (src/scripts/search-page.ts) when the filter panel opens, or when the URL chooses a facet value or the
 * order by stars.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogue } from '../../data/catalogue.ts';
import { useTranslations, type UIKey } from '../../i18n/index.ts';
import { LOCALES, type Locale } from '../../lib/routes.ts';
import { certificationName } from '../../lib/buyers/certifications.ts';
import { facetList } from '../../lib/search/search.ts';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const locale = params['locale'] as Locale;
	const t = useTranslations(locale);
	const facets = facetList(await catalogue(), locale, {
		group: (n) => t(`category.${n}` as UIKey),
		stars: (n) => t('product.starsLabel', { count: n }),
		kind: (k) => t(`kind.${k}` as UIKey),
		certification: (scheme) => certificationName({ scheme }, locale),
		exports: t('search.exports.yes'),
		legend: (facet) => t(`search.facet.${facet}`),
	});
	return new Response(JSON.stringify({ facets }), { headers: { 'Content-Type': 'application/json' } });
};
