/**
 * The search index's input: one record per product page and language, from the catalogue the pages
 * are built from (read once per build) and the stories as the build keeps them rendered, with the
 * address of the result card's small picture. Written during the build and read, then
 * deleted, by the search index integration (src/integrations/search-index.ts): it is never
 * published. Best rated first (the catalogue's order), the order of a search with no words.
 */
import type { APIRoute } from 'astro';
import { catalogue, storyEntry, storyHtml } from '../data/catalogue.ts';
import { useTranslations } from '../i18n/index.ts';
import { SEARCH_THUMBNAIL, variantPath } from '../lib/media/pictures.ts';
import { LOCALES, mediaPath } from '../lib/routes.ts';
import { contentDir } from '../lib/config.ts';
import { readSynonyms } from '../lib/search/synonyms.ts';
import { productSearchRecord, storyLead, storyLeadFromHtml, type SearchRecord } from '../lib/search/records.ts';

/** The opening of a story: from its rendered HTML kept beside the data store, or its Markdown when it is rendered on its page (MDX with components). */
function lead(story: NonNullable<Awaited<ReturnType<typeof storyEntry>>>): string {
	// The entry's digest is typed string | number; the kept HTML is named by its string form.
	const { digest, ...entry } = story;
	const html = storyHtml(digest === undefined ? entry : { ...entry, digest: String(digest) });
	return html === undefined ? storyLead(story.body ?? '') : storyLeadFromHtml(html);
}

export const GET: APIRoute = async () => {
	const { products } = await catalogue();
	const records: SearchRecord[] = [];
	const t = { vi: useTranslations('vi'), en: useTranslations('en') };
	// The content check has reported any problem of the file; its valid entries are used.
	const { synonyms } = readSynonyms(contentDir());
	for (const product of products) {
		const cover = product.facts.images[0];
		// 96×72 CSS pixels in the result list, drawn at twice that for sharp phone screens (src/integrations/pictures.ts draws it).
		const image = cover ? mediaPath(`/${variantPath(cover.src.hash, SEARCH_THUMBNAIL)}`) : undefined;
		for (const locale of LOCALES) {
			// A product without an English story has no English text to index beyond its name (see productSearchRecord).
			const story = product.text[locale] ? await storyEntry(product.slug, locale) : undefined;
			if (product.text[locale] && !story) throw new Error(`No ${locale} story for ${product.slug}`);
			records.push(
				productSearchRecord(product, locale, {
					group: t[locale](`category.${product.facts.category}`),
					lead: story ? lead(story) : '',
					...(image ? { image } : {}),
					synonyms,
				}),
			);
		}
	}
	return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};
