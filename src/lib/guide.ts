/**
 * The generated sections of the editor guide (docs/guide/vi.md, docs/guide/en.md): the field
 * reference and the list of the content check's messages. Each lies in a guide between two
 * markers, `<!-- generated:<name> -->` and `<!-- /generated:<name> -->`, and `npm run guide`
 * (scripts/guide.ts) rewrites what is between them; a unit test fails while a guide is out of date
 * with the schema. What a field means comes from one source only, read by `fieldRows()`.
 */
import { FIELD_HELP } from './field-help.ts';

/** The guide's languages. */
export type GuideLang = 'vi' | 'en';

/** Where each guide lives, relative to the project root. */
export const GUIDE_FILES: Record<GuideLang, string> = { vi: 'docs/guide/vi.md', en: 'docs/guide/en.md' };

/** The kinds of content file, in the order the reference shows them, with where each file lives. */
const KINDS: Array<{ kind: string; file: string; title: Record<GuideLang, string> }> = [
	{ kind: 'product', file: 'content/products/<slug>/product.yaml', title: { vi: 'Sản phẩm', en: 'Product' } },
	{ kind: 'story', file: 'content/products/<slug>/story.vi.mdx, story.en.mdx', title: { vi: 'Câu chuyện (phần đầu tệp)', en: 'Story (front matter)' } },
	{ kind: 'producer', file: 'content/producers/<id>.yaml', title: { vi: 'Chủ thể', en: 'Producer' } },
	{ kind: 'place', file: 'content/centres/<id>.yaml, content/sales-points/<id>.yaml', title: { vi: 'Trung tâm OCOP và điểm bán', en: 'OCOP centre and sales point' } },
	{ kind: 'district', file: 'content/districts/<id>.yaml', title: { vi: 'Huyện', en: 'District' } },
	{ kind: 'province', file: 'content/provinces.yaml', title: { vi: 'Tỉnh, thành phố', en: 'Province or city' } },
	{ kind: 'retired', file: 'content/retired-products.yaml', title: { vi: 'Sản phẩm đã rút khỏi danh mục', en: 'Product taken out of the catalogue' } },
];

/** One row of the field reference. */
interface FieldRow {
	/** Dotted path in the file, `*` for each item of a list: `images.*.alt`. */
	path: string;
	/** What to write, in the guide's language. */
	help: string;
}

/**
 * The fields of a kind of file with their help: THE source of the field reference. Today it is the
 * help table of the content check (field-help.ts); when the schema carries its own bilingual
 * labels and help, this reads them from there instead.
 */
function fieldRows(kind: string, lang: GuideLang): FieldRow[] {
	const prefix = `${kind}:`;
	return Object.entries(FIELD_HELP)
		.filter(([key]) => key.startsWith(prefix))
		.map(([key, help]) => ({ path: key.slice(prefix.length), help: help[lang] }));
}

/** A Markdown table cell: one line, with pipes escaped. */
const cell = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');

/** The field reference of every kind of content file, as Markdown (level-3 headings and a table each). */
export function fieldReference(lang: GuideLang): string {
	const head = lang === 'vi' ? '| Trường | Cách ghi |\n| --- | --- |' : '| Field | What to write |\n| --- | --- |';
	return KINDS.map(({ kind, file, title }) => {
		const rows = fieldRows(kind, lang).map((r) => `| \`${r.path}\` | ${cell(r.help)} |`);
		return `### ${title[lang]}\n\n\`${file}\`\n\n${head}\n${rows.join('\n')}\n`;
	}).join('\n');
}

/**
 * The content check's messages, each with its id and fix, as Markdown. The check does not give its
 * messages ids yet; until it does, the section says how a message is laid out.
 */
export function messageReference(lang: GuideLang): string {
	return lang === 'vi'
		? 'Mỗi thông báo ghi tệp, trường và cách sửa bằng tiếng Việt và tiếng Anh. Danh sách mã thông báo sẽ có ở đây khi bước kiểm tra nội dung đánh mã cho từng thông báo.\n'
		: 'Each message names the file, the field and the fix, in Vietnamese and English. The list of message ids will be here once the content check gives each message an id.\n';
}

/** The generated sections, by the name their markers carry. */
export const GENERATED: Record<string, (lang: GuideLang) => string> = { fields: fieldReference, messages: messageReference };

/** Thrown when a guide lacks the markers of a generated section. */
export class GuideMarkerError extends Error {
	override name = 'GuideMarkerError';
}

/** `text` (a guide in `lang`) with every generated section rewritten from its source. */
export function regenerate(text: string, lang: GuideLang): string {
	let out = text;
	for (const [name, make] of Object.entries(GENERATED)) {
		const start = `<!-- generated:${name} -->`;
		const end = `<!-- /generated:${name} -->`;
		const from = out.indexOf(start);
		const to = out.indexOf(end);
		if (from < 0 || to < from) throw new GuideMarkerError(`the guide has no ${start} … ${end} section`);
		out = `${out.slice(0, from + start.length)}\n\n${make(lang).trimEnd()}\n\n${out.slice(to)}`;
	}
	return out;
}
