/**
 * Where things are in the content folder, and its units (see `listUnits`), without reading or parsing
 * any file: light (node:fs and node:path only), so that a content check finding nothing changed
 * (check/unit-cache.ts) loads neither the YAML parser nor the picture reader. content-files.ts reads
 * the files, and re-exports all of this.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Source } from '../check/types.ts';

/** Where each kind of content lives inside the content folder. */
export const CONTENT_LAYOUT = {
	provinces: 'provinces.yaml',
	districts: 'districts',
	producers: 'producers',
	centres: 'centres',
	salesPoints: 'sales-points',
	products: 'products',
	retired: 'retired-products.yaml',
} as const;

/** The languages a product story is written in; Vietnamese is required, English optional. */
export const STORY_LANGS = ['vi', 'en'] as const;
/** Story file extensions, in the order they are looked for: MDX, then plain Markdown. */
export const STORY_EXTS = ['mdx', 'md'] as const;

/**
 * The file name of a product's story in one language: `story.vi.mdx`, `story.en.md`… The
 * `<name>.<lang>.<ext>` form is what git-based CMSs (Sveltia, Decap) write for one entry in several
 * languages, so the form editor saves exactly this layout.
 */
export function storyFileName(lang: (typeof STORY_LANGS)[number], ext: (typeof STORY_EXTS)[number] = 'mdx'): string {
	return `story.${lang}.${ext}`;
}

/** The story files' glob inside the products folder, for Astro's content loader. */
export const STORY_GLOB = '*/story.{vi,en}.{md,mdx}';

/** The collection id of a story file path relative to the products folder: `banh-trang/story.vi.mdx` → `banh-trang/vi`. */
export function storyId(entry: string): string {
	return entry.replace(/\/story\.(vi|en)\.mdx?$/, '/$1');
}

/**
 * Story names used before the stories were renamed (`vi.mdx`, `en.md`…), mapped to the name to use
 * now. The content check refuses them with that rename, so an old checkout or an old guide never
 * publishes a product whose story is silently missing.
 */
export function legacyStoryRename(fileName: string): string | undefined {
	const m = /^(vi|en)\.(mdx|md)$/.exec(fileName);
	return m ? storyFileName(m[1] as 'vi' | 'en', m[2] as 'mdx' | 'md') : undefined;
}

/** A Source whose text is read from `path` when first asked for (to place a problem on its line). */
export function lazySource(path: string, lineOffset: number | undefined, pick: (text: string) => string): Source {
	let text: string | undefined;
	return {
		get text() {
			return (text ??= pick(readFileSync(path, 'utf8')));
		},
		...(lineOffset ? { lineOffset } : {}),
	};
}

/** The text of the file at `path`, read when first asked for: for an entry kept between runs without its text. */
export const fileSource = (path: string): Source => lazySource(path, undefined, (text) => text);

/** Picture files the check looks at. */
export const PICTURE = /\.(jpe?g|png|webp|avif)$/i;

/** The kinds of content, as the check names them. */
export type UnitKind = 'province' | 'district' | 'producer' | 'centre' | 'salesPoint' | 'retired' | 'product';

/**
 * A part of the content folder that is read and checked on its own: a product folder, a data file
 * (a district, a producer…) or a list file (provinces.yaml, retired-products.yaml).
 */
export interface ContentUnit {
	readonly kind: UnitKind;
	/** Its path inside the content folder: `products/non-la`, `districts/thanh-oai.yaml`. */
	readonly key: string;
	/** Its absolute path. */
	readonly path: string;
	/** Its path relative to the root files are named from. */
	readonly rel: string;
}

/** A unit whose paths are made when asked for: at 13,000 products most units are only looked up by key. */
class Unit implements ContentUnit {
	readonly kind: UnitKind;
	readonly key: string;
	readonly #base: string;
	readonly #relContent: string;
	constructor(kind: UnitKind, key: string, base: string, relContent: string) {
		this.kind = kind;
		this.key = key;
		this.#base = base;
		this.#relContent = relContent;
	}
	get path(): string {
		return `${this.#base}/${this.key}`;
	}
	get rel(): string {
		return this.#relContent ? `${this.#relContent}/${this.key}` : this.key;
	}
}

const FOLDERS = [
	['district', CONTENT_LAYOUT.districts],
	['producer', CONTENT_LAYOUT.producers],
	['centre', CONTENT_LAYOUT.centres],
	['salesPoint', CONTENT_LAYOUT.salesPoints],
] as const;

/**
 * The units of the content folder in the order they are read and reported (provinces, districts,
 * producers, centres, sales points, retired products, product folders), and the entries of
 * content/products/ that are not folders (strays). Lists folders only; reads no file.
 */
export function listUnits(contentDir: string, root = process.cwd()): { units: ContentUnit[]; strays: string[] } {
	const units: ContentUnit[] = [];
	const strays: string[] = [];
	const relContent = relative(root, contentDir);
	const base = resolve(contentDir);
	const unit = (kind: UnitKind, key: string): ContentUnit => new Unit(kind, key, base, relContent);
	if (existsSync(join(contentDir, CONTENT_LAYOUT.provinces))) units.push(unit('province', CONTENT_LAYOUT.provinces));
	for (const [kind, folder] of FOLDERS) {
		const dir = join(contentDir, folder);
		if (!existsSync(dir)) continue;
		const names = readdirSync(dir).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'));
		for (const f of names.sort()) units.push(unit(kind, `${folder}/${f}`));
	}
	if (existsSync(join(contentDir, CONTENT_LAYOUT.retired))) units.push(unit('retired', CONTENT_LAYOUT.retired));
	const productsDir = join(contentDir, CONTENT_LAYOUT.products);
	if (existsSync(productsDir)) {
		for (const entry of readdirSync(productsDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			const product = unit('product', `${CONTENT_LAYOUT.products}/${entry.name}`);
			if (entry.isDirectory() || (entry.isSymbolicLink() && statSync(product.path, { throwIfNoEntry: false })?.isDirectory())) {
				units.push(product);
			} else strays.push(product.rel);
		}
	}
	return { units, strays };
}

/** The files of a product folder (by name) that reading it opens: product.yaml, the stories, and the pictures when they are read. */
export function productFilesRead(names: Iterable<string>, pictures: boolean): string[] {
	const stories = new Set(STORY_LANGS.flatMap((lang) => STORY_EXTS.map((ext) => storyFileName(lang, ext))));
	return [...names].filter((f) => f === 'product.yaml' || stories.has(f) || (pictures && PICTURE.test(f)));
}

/** The file and id `readUnit` gives the entry of a data file or product folder; undefined for list files (an entry per item). */
export function unitEntryRef(unit: ContentUnit): { file: string; id: string } | undefined {
	if (unit.kind === 'province' || unit.kind === 'retired') return undefined;
	return { file: unit.kind === 'product' ? `${unit.rel}/product.yaml` : unit.rel, id: unitEntryId(unit) };
}

/** The id `unitEntryRef` gives: the folder name, or the file name without `.yaml` (or `.yml`). */
export function unitEntryId(unit: ContentUnit): string {
	const name = unit.key.slice(unit.key.lastIndexOf('/') + 1);
	if (unit.kind === 'product') return name;
	return name.endsWith('.yaml') ? name.slice(0, -5) : name.endsWith('.yml') ? name.slice(0, -4) : name;
}
