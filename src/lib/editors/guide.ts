/**
 * The generated sections of the editor guide (docs/guide/vi.md, docs/guide/en.md): the field
 * reference and the list of the content check's messages. Each lies in a guide between two
 * markers, `<!-- generated:<name> -->` and `<!-- /generated:<name> -->`, and `npm run guide`
 * (scripts/guide.ts) rewrites what is between them; a unit test fails while a guide is out of date
 * with the schema. What a field means comes from one source only, read by `fieldRows()`.
 */
import { MESSAGES } from '../check/messages.ts';
import { describeSchema, type ContentKind } from '../content/describe.ts';

/** The guide's languages. */
export type GuideLang = 'vi' | 'en';

/** Where each guide lives, relative to the project root. */
export const GUIDE_FILES: Record<GuideLang, string> = { vi: 'docs/guide/vi.md', en: 'docs/guide/en.md' };

/** The kinds of content file, in the order the reference shows them, with where each file lives. */
const KINDS: Array<{ kind: ContentKind; file: string; title: Record<GuideLang, string> }> = [
	{ kind: 'product', file: 'content/products/<slug>/product.yaml', title: { vi: 'Sản phẩm', en: 'Product' } },
	{
		kind: 'story',
		file: 'content/products/<slug>/story.vi.mdx, story.en.mdx',
		title: { vi: 'Câu chuyện (phần đầu tệp)', en: 'Story (front matter)' },
	},
	{ kind: 'producer', file: 'content/producers/<id>.yaml', title: { vi: 'Chủ thể', en: 'Producer' } },
	{
		kind: 'centre',
		file: 'content/centres/<id>.yaml, content/sales-points/<id>.yaml',
		title: { vi: 'Trung tâm OCOP và điểm bán', en: 'OCOP centre and sales point' },
	},
	{ kind: 'district', file: 'content/districts/<id>.yaml', title: { vi: 'Huyện', en: 'District' } },
	{ kind: 'province', file: 'content/provinces.yaml', title: { vi: 'Tỉnh, thành phố', en: 'Province or city' } },
	{
		kind: 'retired',
		file: 'content/retired-products.yaml',
		title: { vi: 'Sản phẩm đã rút khỏi danh mục', en: 'Product taken out of the catalogue' },
	},
];

/** One row of the field reference. */
interface FieldRow {
	/** Dotted path in the file, `*` for each item of a list: `images.*.alt`. */
	path: string;
	/** The field's name for people, in the guide's language. */
	label: string;
	/** Must be written. */
	required: boolean;
	/** What to write, in the guide's language. */
	help: string;
}

/**
 * The fields of a kind of file with their label and help: THE source of the field reference, the
 * schema's own description of each field (`.meta()` in schema.ts, read by describeSchema), the same
 * that the content check, the form editor and the scaffolder use.
 */
function fieldRows(kind: ContentKind, lang: GuideLang): FieldRow[] {
	return describeSchema(kind).map((f) => ({ path: f.path, label: f.label[lang], required: f.required, help: f.help[lang] }));
}

/** A `<` that Markdown would take for an HTML tag (a message naming `<script>`) written `&lt;`, so the guide page shows it; `\\<` is already an escape and is kept. */
const escapeTags = (text: string) => text.replace(/(?<!\\)</g, '&lt;');

/**
 * A message text (plain prose, no code spans) for Markdown: tags escaped, and a placeholder address
 * such as `https://…` put in code, or Markdown would make it a link to nowhere.
 */
export const markdownText = (text: string) => escapeTags(text).replace(/\bhttps?:\/\/…/g, '`$&`');
/** A Markdown table cell: one line, with pipes escaped. */
const cell = (text: string) =>
	escapeTags(text)
		.replace(/\s*\n\s*/g, ' ')
		.replace(/\|/g, '\\|');

/** The field reference of every kind of content file, as Markdown (level-3 headings and a table each). */
export function fieldReference(lang: GuideLang): string {
	const head =
		lang === 'vi'
			? '| Trường | Tên | Bắt buộc | Cách ghi |\n| --- | --- | --- | --- |'
			: '| Field | Name | Required | What to write |\n| --- | --- | --- | --- |';
	const yes = lang === 'vi' ? 'có' : 'yes';
	return KINDS.map(({ kind, file, title }) => {
		const rows = fieldRows(kind, lang).map((r) => `| \`${r.path}\` | ${cell(r.label)} | ${r.required ? yes : ''} | ${cell(r.help)} |`);
		return `### ${title[lang]}\n\n\`${file}\`\n\n${head}\n${rows.join('\n')}\n`;
	}).join('\n');
}

/** The content check's messages (check/messages.ts), errors then warnings, each with its id, meaning and fix, as Markdown. */
export function messageReference(lang: GuideLang): string {
	const kinds = {
		error: { vi: 'Lỗi (chặn xuất bản)', en: 'Errors (stop publishing)' },
		warning: { vi: 'Cảnh báo (không chặn)', en: 'Warnings (do not stop publishing)' },
	};
	const fix = lang === 'vi' ? 'Cách sửa' : 'Fix';
	return (['error', 'warning'] as const)
		.map((severity) => {
			const rows = MESSAGES.filter((m) => m.severity === severity).map(
				(m) => `- **${m.id}** \`${m.name}\`: ${markdownText(m.title[lang])} ${fix}: ${markdownText(m.fix[lang])}`,
			);
			return `### ${kinds[severity][lang]}\n\n${rows.join('\n')}\n`;
		})
		.join('\n');
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
