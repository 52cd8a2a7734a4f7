/**
 * What `npm run new` writes: a new product folder (or producer, centre, sales point file) whose
 * every field is present, each under a comment with its label and help from the schema in
 * Vietnamese and English (optional fields left out are written as commented-out examples), the
 * product's next free code, and story templates. Pure apart from `writeScaffold`; the prompts are
 * in `scripts/new.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { ContentIndex } from '../check/content-index.ts';
import { CONTENT_LAYOUT, storyFileName } from '../content/files.ts';
import { codePattern } from '../content/schema.ts';
import { describeSchema, type ContentKind, type FieldDescription } from '../content/describe.ts';
import { STORY_PLACEHOLDER } from '../content/placeholders.ts';

/** The kinds `npm run new` makes, by the name typed on the command line. */
export const SCAFFOLD_KINDS = {
	product: 'product',
	producer: 'producer',
	centre: 'centre',
	'sales-point': 'salesPoint',
} as const satisfies Record<string, ContentKind>;
export type ScaffoldKind = keyof typeof SCAFFOLD_KINDS;

/** Where a new entry of each kind goes inside the content folder. */
export const SCAFFOLD_DIRS: Record<ScaffoldKind, string> = {
	product: CONTENT_LAYOUT.products,
	producer: CONTENT_LAYOUT.producers,
	centre: CONTENT_LAYOUT.centres,
	'sales-point': CONTENT_LAYOUT.salesPoints,
};

/**
 * A value as one line of YAML 1.1 (the version js-yaml reads: `07:30` must be quoted there, or it
 * is read as a number of minutes), objects and lists in flow style.
 */
export function inlineYaml(value: unknown): string {
	return stringify(value, { version: '1.1', collectionStyle: 'flow', lineWidth: 0, flowCollectionPadding: true }).trimEnd();
}

/** The comment lines above a field: label and help, Vietnamese first. */
function comments(f: FieldDescription, indent: string): string[] {
	return [`${indent}# ${f.label.vi}: ${f.help.vi}.`, `${indent}# ${f.label.en}: ${f.help.en}.`];
}

function get(values: Record<string, unknown>, key: string): unknown {
	return Object.hasOwn(values, key) ? values[key] : undefined;
}

/**
 * The YAML text of an entry of `kind` holding `values`: every field of the schema in its order,
 * with its comments; fields without a value are written commented out, with the schema's example.
 * `notes` are extra comment lines put above a field (by path), e.g. where to put the pictures.
 */
export function entryYaml(
	kind: ContentKind,
	values: Record<string, unknown>,
	notes: Record<string, string[]> = {},
	header: string[] = [],
): string {
	const fields = describeSchema(kind);
	const lines: string[] = header.map((h) => `# ${h}`);
	const level = (prefix: string, obj: Record<string, unknown>, indent: string) => {
		for (const f of fields) {
			const parent = f.path.includes('.') ? f.path.slice(0, f.path.lastIndexOf('.')) : '';
			if (parent !== prefix) continue;
			if (lines.length) lines.push('');
			for (const note of notes[f.path] ?? []) lines.push(`${indent}# ${note}`);
			lines.push(...comments(f, indent));
			const value = get(obj, f.key);
			if (value === undefined) {
				const example = f.example ?? (f.type === 'object' && !f.multiple ? exampleObject(f.path) : undefined);
				lines.push(`${indent}# ${f.key}: ${example === undefined ? '' : inlineYaml(example)}`.trimEnd());
			} else if (f.type === 'object' && !f.multiple && value !== null && typeof value === 'object' && !Array.isArray(value)) {
				const empty = Object.values(value).every((v) => v === undefined);
				// An object with nothing in it yet is written `{}` (a key alone would read as null), its fields as comments.
				lines.push(`${indent}${f.key}:${empty ? ' {}' : ''}`);
				const start = lines.length;
				level(f.path, value as Record<string, unknown>, `${indent}  `);
				if (empty)
					for (let i = start; i < lines.length; i++)
						if (lines[i] !== '' && !lines[i]!.trimStart().startsWith('#')) lines[i] = `${indent}  # ${lines[i]!.trimStart()}`;
			} else if (f.multiple && Array.isArray(value) && value.length && typeof value[0] === 'object') {
				lines.push(`${indent}${f.key}:`);
				for (const item of value) lines.push(`${indent}  - ${inlineYaml(item)}`);
			} else lines.push(`${indent}${f.key}: ${inlineYaml(value)}`);
		}
	};
	const exampleObject = (path: string): Record<string, unknown> | undefined => {
		const out: Record<string, unknown> = {};
		for (const f of fields) {
			if (!f.path.startsWith(`${path}.`) || f.path.slice(path.length + 1).includes('.')) continue;
			const v = f.example ?? (f.type === 'object' ? exampleObject(f.path) : undefined);
			if (v !== undefined) out[f.key] = v;
		}
		return Object.keys(out).length ? out : undefined;
	};
	level('', values, '');
	return `${lines.join('\n')}\n`;
}

/** The code prefix a district's products use: the most common one among its products and retired products, else its initials. */
export function districtPrefix(index: ContentIndex, district: string): string {
	const counts = new Map<string, number>();
	const count = (code: string) => {
		const prefix = code.slice(0, code.lastIndexOf('-'));
		counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
	};
	for (const { data } of index.products.values()) if (data.district === district) count(data.code);
	for (const { data } of index.retired) if (data.district === district) count(data.code);
	const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
	if (best) return best[0];
	const words = district.split('-').filter(Boolean);
	const initials = words.length > 1 ? words.map((w) => w[0]).join('') : (words[0] ?? 'sp').slice(0, 3);
	return (initials.length >= 2 ? initials : `${initials}x`).slice(0, 8);
}

/**
 * The next free product code for a district: its prefix and one more than the highest number used
 * with that prefix by any product, current or retired (a retired code is never given out again),
 * written with at least three digits: `hn-014`.
 */
export function nextCode(index: ContentIndex, district: string): string {
	const prefix = districtPrefix(index, district);
	let max = 0;
	let width = 3;
	const see = (code: string) => {
		const cut = code.lastIndexOf('-');
		if (code.slice(0, cut) !== prefix) return;
		const digits = code.slice(cut + 1);
		max = Math.max(max, Number(digits));
		width = Math.max(width, digits.length);
	};
	for (const code of index.codes.keys()) see(code);
	for (const code of index.retiredCodes.keys()) see(code);
	const code = `${prefix}-${String(max + 1).padStart(width, '0')}`;
	if (!codePattern.test(code)) throw new Error(`No free code for district ${district} (prefix ${prefix})`);
	return code;
}

/** A product story file: front matter with name and summary, then a body to replace (the content check warns while it is left). */
export function storyTemplate(lang: 'vi' | 'en', name: string, summary: string): string {
	const body = STORY_PLACEHOLDER[lang];
	return `---\n${stringify({ name, summary }, { version: '1.1', lineWidth: 0 })}---\n${body}\n`;
}

/** What `writeScaffold` writes. */
export interface Scaffold {
	kind: ScaffoldKind;
	/** File or folder name. */
	slug: string;
	values: Record<string, unknown>;
	/** Stories of a product, by language. */
	stories?: { vi: { name: string; summary: string }; en?: { name: string; summary: string } };
}

/** The note above a product's pictures: where to put them. */
export const PICTURE_NOTE = [
	'ẢNH: chép ảnh bìa vào thư mục này, đặt tên cover.jpg (JPEG, rộng ít nhất 800 điểm ảnh, nhẹ hơn 2 MB).',
	'PICTURES: copy the cover picture into this folder as cover.jpg (JPEG, at least 800 pixels wide, under 2 MB).',
];

/** Writes the entry into `contentDir` and returns the paths written. Refuses to overwrite. */
export function writeScaffold(contentDir: string, s: Scaffold): string[] {
	const kind = SCAFFOLD_KINDS[s.kind];
	const written: string[] = [];
	const header = [
		'Tạo bằng `npm run new`. Mỗi trường có hướng dẫn ở trên; dòng bắt đầu bằng # là ghi chú, bỏ # để dùng.',
		'Made by `npm run new`. Each field has its help above it; lines starting with # are comments, remove the # to use one.',
	];
	if (s.kind === 'product') {
		const dir = join(contentDir, SCAFFOLD_DIRS.product, s.slug);
		mkdirSync(dir, { recursive: false });
		const facts = join(dir, 'product.yaml');
		writeFileSync(facts, entryYaml(kind, s.values, { images: PICTURE_NOTE }, header), { flag: 'wx' });
		written.push(facts);
		for (const lang of ['vi', 'en'] as const) {
			const story = s.stories?.[lang];
			if (!story) continue;
			const path = join(dir, storyFileName(lang, 'md'));
			writeFileSync(path, storyTemplate(lang, story.name, story.summary), { flag: 'wx' });
			written.push(path);
		}
		return written;
	}
	const path = join(contentDir, SCAFFOLD_DIRS[s.kind], `${s.slug}.yaml`);
	mkdirSync(join(contentDir, SCAFFOLD_DIRS[s.kind]), { recursive: true });
	writeFileSync(path, entryYaml(kind, s.values, {}, header), { flag: 'wx' });
	written.push(path);
	return written;
}
