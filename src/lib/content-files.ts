/**
 * Reads content/ from disk into the plain shapes that the content check validates (`check/`). Node
 * only (node:fs, js-yaml); no Astro, so the editors' check runs in a second without a build. Each
 * entry keeps its text (`source`), so a problem can later be placed on its line.
 */
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { imageSize } from 'image-size';
import yaml from 'js-yaml';
import type { PictureInfo, RawContent, RawFile, RawProduct, RawStory, Source } from './check/types.ts';

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

type Parsed = Pick<RawFile, 'data' | 'parseError' | 'parseLine' | 'parseColumn' | 'source'>;

function parseYaml(text: string, lineOffset = 0): Parsed {
	const source: Source = lineOffset ? { text, lineOffset } : { text };
	try {
		return { data: yaml.load(text) ?? {}, source };
	} catch (e) {
		const err = e as yaml.YAMLException;
		const line = err.mark ? err.mark.line + 1 + lineOffset : undefined;
		return {
			data: undefined,
			source,
			parseError: `${err.reason ?? String(e)}${line !== undefined ? ` (dòng / line ${line})` : ''}`,
			...(line !== undefined ? { parseLine: line, parseColumn: err.mark.column + 1 } : {}),
		};
	}
}

/** Splits a Markdown/MDX file into front matter data and body; `bodyLine` is the file's line where the body starts. */
export function parseStory(text: string): Parsed & { body: string; bodyLine: number } {
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (!m)
		return {
			data: undefined,
			body: text,
			bodyLine: 1,
			parseError: 'thiếu phần đầu `---` / no `---` front matter at the top',
			parseLine: 1,
			parseColumn: 1,
		};
	const parsed = parseYaml(m[1] ?? '', 1);
	const body = m[2] ?? '';
	return { ...parsed, body, bodyLine: text.slice(0, text.length - body.length).split('\n').length };
}

function yamlFiles(dir: string, root: string): RawFile[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
		.sort()
		.map((f) => {
			const path = join(dir, f);
			return { file: relative(root, path), id: f.replace(/\.ya?ml$/, ''), ...parseYaml(readFileSync(path, 'utf8')) };
		});
}

function readStory(dir: string, relDir: string, files: ReadonlySet<string>, lang: 'vi' | 'en'): RawStory | undefined {
	for (const ext of STORY_EXTS) {
		const name = storyFileName(lang, ext);
		if (files.has(name)) return { file: `${relDir}/${name}`, id: lang, ...parseStory(readFileSync(join(dir, name), 'utf8')) };
	}
	return undefined;
}

/** Picture files the check looks at. */
const PICTURE = /\.(jpe?g|png|webp|avif)$/i;
const HEAD = Buffer.alloc(512 * 1024);

/**
 * The size and width of a picture, from its header only (never decoded): the first 16 KB, or up to
 * 512 KB when metadata (EXIF, a thumbnail) comes before the dimensions.
 */
export function readPictureInfo(path: string): PictureInfo {
	const fd = openSync(path, 'r');
	try {
		const bytes = fstatSync(fd).size;
		for (const size of [16 * 1024, HEAD.length]) {
			const n = readSync(fd, HEAD, 0, Math.min(size, bytes), 0);
			try {
				const { width } = imageSize(HEAD.subarray(0, n));
				return { bytes, width };
			} catch {
				if (n >= bytes) break;
			}
		}
		return { bytes };
	} finally {
		closeSync(fd);
	}
}

/** How to read the content. */
export interface ReadOptions {
	/** Read the header of every picture (size, width) for the picture warnings. */
	pictures?: boolean;
}

/**
 * Reads one product folder, or undefined when it has no product.yaml. `relDir` is the folder
 * relative to `root`, when the caller knows it (13,000 calls to path.relative cost a few hundred ms).
 */
export function readProduct(
	dir: string,
	root = process.cwd(),
	options: ReadOptions = {},
	relDir = relative(root, dir),
): RawProduct | undefined {
	const files = new Set(readdirSync(dir));
	if (!files.has('product.yaml')) return undefined;
	const stories: RawProduct['stories'] = {};
	const vi = readStory(dir, relDir, files, 'vi');
	const en = readStory(dir, relDir, files, 'en');
	if (vi) stories.vi = vi;
	if (en) stories.en = en;
	const product: RawProduct = {
		file: `${relDir}/product.yaml`,
		dir: relDir,
		id: basename(dir),
		files,
		stories,
		...parseYaml(readFileSync(join(dir, 'product.yaml'), 'utf8')),
	};
	if (options.pictures) {
		const pictures = new Map<string, PictureInfo>();
		for (const f of files) if (PICTURE.test(f)) pictures.set(f, readPictureInfo(join(dir, f)));
		product.pictures = pictures;
	}
	return product;
}

/** The entries of a list file (provinces.yaml, retired-products.yaml), one RawFile each, or the file itself when it cannot be read as a list. */
function readList(path: string, root: string, what: string): RawFile[] {
	if (!existsSync(path)) return [];
	const text = readFileSync(path, 'utf8');
	const file = relative(root, path);
	const parsed = parseYaml(text);
	if (parsed.parseError === undefined && yaml.load(text) == null) return [];
	if (parsed.parseError !== undefined || !Array.isArray(parsed.data)) {
		return [{ file, id: what, ...parsed, parseError: parsed.parseError ?? 'phải là một danh sách / must be a list' }];
	}
	return parsed.data.map((data, i) => ({ file, id: String(i), data, ...(parsed.source ? { source: parsed.source } : {}), at: [i] }));
}

/**
 * The products taken out of the catalogue (`retired-products.yaml`, optional: absent or empty is
 * an empty list), one RawFile per entry.
 */
export function readRetired(contentDir: string, root = process.cwd()): RawFile[] {
	return readList(join(contentDir, CONTENT_LAYOUT.retired), root, 'retired-products');
}

/** Reads the content folder `contentDir`; file names in the result are relative to `root`. */
export function readContent(contentDir: string, root = process.cwd(), options: ReadOptions = {}): RawContent {
	const products: RawProduct[] = [];
	const strays: string[] = [];
	const productsDir = join(contentDir, CONTENT_LAYOUT.products);
	if (existsSync(productsDir)) {
		const relProducts = relative(root, productsDir);
		for (const entry of readdirSync(productsDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			const dir = join(productsDir, entry.name);
			if (!entry.isDirectory() && !(entry.isSymbolicLink() && statSync(dir).isDirectory())) {
				strays.push(relative(root, dir));
				continue;
			}
			const product = readProduct(dir, root, options, relProducts ? `${relProducts}/${entry.name}` : entry.name);
			if (product) products.push(product);
			else for (const f of readdirSync(dir)) strays.push(relative(root, join(dir, f)));
		}
	}

	return {
		provinces: readList(join(contentDir, CONTENT_LAYOUT.provinces), root, 'provinces'),
		districts: yamlFiles(join(contentDir, CONTENT_LAYOUT.districts), root),
		producers: yamlFiles(join(contentDir, CONTENT_LAYOUT.producers), root),
		centres: yamlFiles(join(contentDir, CONTENT_LAYOUT.centres), root),
		salesPoints: yamlFiles(join(contentDir, CONTENT_LAYOUT.salesPoints), root),
		products,
		retired: readRetired(contentDir, root),
		strays,
	};
}
