/**
 * What the search index holds for each product page, built from the catalogue (never from the
 * built HTML): one Pagefind custom record per product and language (`index.addCustomRecord`).
 * Kept apart from search.ts, which the search page's script bundles, because it parses Markdown.
 *
 * The indexed text is what a visitor searches a product by: its name, summary, group, producer,
 * commune, district and province, its valid certifications and export countries (for buyers), and the opening of its story (the first paragraph, at most
 * STORY_LEAD_WORDS words), not the whole story. At national scale the stories were about 90 % of
 * the index and of the index chunks a first query downloads; their later paragraphs (how it is
 * made, how to keep it) are rarely what someone types. All of it has đ folded to d (search.ts).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { productText, type ProductView } from '../catalogue.ts';
import { LANG_TAG, routeSitePath, type Locale } from '../routes.ts';
import { foldD, productSearchFields, recordUrl } from './search.ts';
import { aliasesFor, joinedForms, type Synonym } from './spellings.ts';
import { countryName } from '../buyers/trade.ts';

/** The file the records are written to during the build (src/pages/search-records.json.ts), read and deleted after it. */
export const SEARCH_RECORDS_FILE = 'search-records.json';

/** Words of a story's first paragraph that are indexed. */
export const STORY_LEAD_WORDS = 60;

/** A Pagefind custom record (the shape of `addCustomRecord`'s argument). */
export interface SearchRecord {
	/**
	 * The page's path inside the site, without the base (the search page gives Pagefind its baseUrl),
	 * then `#` and the address of the result card's small picture when it has one (`recordUrl`).
	 * Pagefind indexes every meta field, so a picture's address in `meta` became words (`img`, `webp`,
	 * pieces of its hash) in every page's entry and filled the index chunks; the URL is not indexed,
	 * and changes the fragment's name when the picture changes, as a meta field did.
	 */
	url: string;
	/** The indexed text, đ folded. */
	content: string;
	/** The index it belongs to: one per language. */
	language: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

/** The first `maxWords` words of `text`, spaces collapsed. */
function firstWords(text: string, maxWords: number): string {
	return text.trim().split(/\s+/).filter(Boolean).slice(0, maxWords).join(' ');
}

/**
 * The opening of a story written in Markdown, as plain text: its first paragraph (Markdown marks,
 * links and inline HTML taken out; MDX `import`/`export` lines skipped), cut to `maxWords` words.
 */
export function storyLead(markdown: string, maxWords = STORY_LEAD_WORDS): string {
	const tree = fromMarkdown(markdown);
	for (const node of tree.children) {
		if (node.type !== 'paragraph') continue;
		const text = toString(node, { includeHtml: false }).trim();
		if (!text || /^(import|export)\s/.test(text)) continue;
		return firstWords(text, maxWords);
	}
	return '';
}

/**
 * The opening of a rendered story (the HTML its page shows): the text of its first top-level
 * paragraph, cut to `maxWords` words. The build keeps stories rendered, not their Markdown
 * (src/lib/content/story-html.ts).
 */
export function storyLeadFromHtml(html: string, maxWords = STORY_LEAD_WORDS): string {
	const firstLead = (part: string) => {
		for (const node of fromHtml(part, { fragment: true }).children) {
			if (node.type !== 'element' || node.tagName !== 'p') continue;
			const text = toText(node).trim();
			if (text) return firstWords(text, maxWords);
		}
		return '';
	};
	// Most stories open with their paragraph: parse up to its end, not the whole story (docs/performance.md, "Measured figures behind the code").
	// When that part has no top-level paragraph
	// with text (the first one is empty, or sits in a list or a quote), the whole story is read.
	const end = html.indexOf('</p>');
	return (end >= 0 ? firstLead(html.slice(0, end + 4)) : '') || firstLead(html);
}

/** What a record needs besides the catalogue's product: labels from the UI dictionaries and the story. */
export interface RecordExtras {
	/** The product group's name in the page's language. */
	group: string;
	/** The opening of the product's story in this language (storyLead, storyLeadFromHtml); empty when it has none (the page shows the Vietnamese one). */
	lead: string;
	/** Address of the result card's small picture, if any. */
	image?: string;
	/** content/synonyms.yaml (synonyms.ts). */
	synonyms?: readonly Synonym[];
}

/**
 * The record of `product`'s page in `locale`. The English page of a product without an English
 * story shows its Vietnamese name, summary and story: the name is indexed (it is the page's
 * heading, and what someone who knows the product types), the Vietnamese summary and story are
 * not, so that English searches match English text, as before (the result card says `lang: vi`).
 */
export function productSearchRecord<I>(product: ProductView<I>, locale: Locale, extras: RecordExtras): SearchRecord {
	const fields = productSearchFields(product, locale);
	const translated = locale === 'vi' || product.text[locale] !== undefined;
	const text = productText(product, locale);
	const d = product.district;
	const producer = product.producer.name[locale] ?? product.producer.name.vi;
	const place = `${product.facts.commune}, ${d.name[locale]}, ${d.provinceView.name[locale]}`;
	const lead = translated ? extras.lead : '';
	// What buyers search by: valid certifications (VietGAP, HACCP, Hữu cơ…) and the countries it is exported to.
	const trade = [
		...product.certifications.filter((c) => c.status === 'valid').map((c) => c.name[locale]),
		...(product.facts.trade?.exportMarkets ?? []).map((code) => countryName(code, locale)),
	].join(', ');
	const content = [text.name, translated ? text.summary : '', extras.group, producer, place, trade, lead].filter(Boolean).join('\n');
	// Other spellings of the name and group (spellings.ts): joined syllables and synonyms, the
	// Vietnamese name too on the English page (visitors type the name they know).
	const named = [...new Set([text.name, extras.group, productText(product, 'vi').name])];
	const aka = [...new Set([...joinedForms(named), ...aliasesFor(named, extras.synonyms ?? [])])].join(' ');
	return {
		url: recordUrl(routeSitePath(locale, { key: 'products', id: product.slug }), extras.image),
		content: foldD(content),
		language: LANG_TAG[locale],
		// heading, producer, place and aka: folded, searchable and weighted (META_WEIGHTS); the rest exact, for display.
		meta: {
			heading: foldD(text.name),
			producer: foldD(producer),
			place: foldD(place),
			...(aka ? { aka } : {}),
			...fields.meta,
		},
		filters: fields.filters,
	};
}
