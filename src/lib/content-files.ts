/**
 * Reads content/ from disk into the plain shapes that the content check validates (`check/`). Node
 * only (node:fs, js-yaml); no Astro, so the editors' check runs in a second without a build. Each
 * entry keeps its text (`source`), so a problem can later be placed on its line.
 */
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { imageSize } from 'image-size';
import yaml from 'js-yaml';
import type { FileCache } from './check/file-cache.ts';
import { holdsStoryPlaceholder } from './placeholders.ts';
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
export function parseStory(text: string): Parsed & { body: string; bodyLine: number; plain: boolean; template: boolean } {
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (!m)
		return {
			data: undefined,
			body: text,
			bodyLine: 1,
			plain: !storyMightBeCode(text),
			template: holdsStoryPlaceholder(text),
			parseError: 'thiếu phần đầu `---` / no `---` front matter at the top',
			parseLine: 1,
			parseColumn: 1,
		};
	const parsed = parseYaml(m[1] ?? '', 1);
	const body = m[2] ?? '';
	return {
		...parsed,
		body,
		bodyLine: text.slice(0, text.length - body.length).split('\n').length,
		plain: !storyMightBeCode(body),
		template: holdsStoryPlaceholder(body),
	};
}

// eslint-disable-next-line no-control-regex -- control characters hidden in a link scheme must send the story to the parser
const MIGHT_BE_CODE = /[<{&\\\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|script\s*:|^\s*(?:import|export)\b/im;

/**
 * False when a story's body is plain text: without any of these characters there is nothing the
 * story check refuses and nothing MDX could fail on (JSX and expressions need < or {, code needs
 * import/export at a line start, a script link needs "script:" or a character reference), so it
 * skips the parse.
 */
export function storyMightBeCode(body: string): boolean {
	return MIGHT_BE_CODE.test(body);
}

/**
 * How a kind of file is read: `parse` makes the value from the file's text; `keep` turns it into
 * what the cache holds (without the texts, which a warm run would otherwise load by the hundred
 * megabytes) and `restore` turns that back into a value whose texts are read again only if asked for.
 */
interface Reader<T, K> {
	kind: string;
	parse: (text: string) => T;
	keep: (value: T) => K;
	restore: (kept: K, path: string) => T;
}

/** The value of the file at `path`, from the cache when the file is unchanged (see check/file-cache.ts for what that means). */
function readFile<T, K>(path: string, reader: Reader<T, K>, cache: FileCache | undefined): T {
	if (!cache) return reader.parse(readFileSync(path, 'utf8'));
	const stats = statSync(path);
	const hit = cache.get<K>(reader.kind, path, stats);
	if (hit !== undefined) return reader.restore(hit, path);
	const bytes = readFileSync(path);
	const same = cache.byBytes<K>(reader.kind, path, stats, bytes);
	if (same.value !== undefined) return reader.restore(same.value, path);
	const value = reader.parse(bytes.toString('utf8'));
	cache.set(reader.kind, path, stats, reader.keep(value), same.hash);
	return value;
}

/** A Source whose text is read from `path` when first asked for (to place a problem on its line). */
function lazySource(path: string, lineOffset: number | undefined, pick: (text: string) => string): Source {
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

type KeptParse = Omit<Parsed, 'source'> & { sourceOffset?: number };

const keepParsed = ({ source, ...rest }: Parsed): KeptParse => (source ? { ...rest, sourceOffset: source.lineOffset ?? 0 } : rest);

function restoreParsed({ sourceOffset, ...rest }: KeptParse, path: string, pick: (text: string) => string): Parsed {
	return sourceOffset === undefined ? rest : { ...rest, source: lazySource(path, sourceOffset, pick) };
}

const YAML_READER: Reader<Parsed, KeptParse> = {
	kind: 'yaml',
	parse: (text) => parseYaml(text),
	keep: keepParsed,
	restore: (kept, path) => restoreParsed(kept, path, (text) => text),
};

type Story = ReturnType<typeof parseStory>;
type KeptStory = KeptParse & { bodyLine: number; plain: boolean; body?: string };

const STORY_READER: Reader<Story, KeptStory> = {
	kind: 'story',
	parse: parseStory,
	// A body that might be code is kept (the story check parses it); a plain one is read again only if asked for.
	keep: ({ body, bodyLine, plain, ...parsed }) => ({ ...keepParsed(parsed), bodyLine, plain, ...(plain ? {} : { body }) }),
	restore: ({ body, bodyLine, plain, ...kept }, path) => {
		const story = { ...restoreParsed(kept, path, (text) => parseStory(text).source?.text ?? ''), bodyLine, plain } as Story;
		if (body !== undefined) story.body = body;
		else {
			let read: string | undefined;
			Object.defineProperty(story, 'body', {
				enumerable: true,
				get: () => (read ??= parseStory(readFileSync(path, 'utf8')).body),
				set: (value: string) => (read = value),
			});
		}
		return story;
	},
};

/** The names in a folder, kept in the cache by the folder's own times (which change when a name is added, removed or renamed). */
function listDir(dir: string, cache: FileCache | undefined, stats?: Stats): string[] {
	if (!cache) return readdirSync(dir);
	const st = stats ?? statSync(dir);
	const hit = cache.get<string[]>('dir', dir, st);
	if (hit !== undefined) return hit;
	const names = readdirSync(dir);
	cache.set('dir', dir, st, names);
	return names;
}

/** One data file (a producer, a district, a centre…) read on its own, its id from its name: for checking a new or edited entry against the index. */
export function readYamlFile(path: string, root = process.cwd()): RawFile {
	return { file: relative(root, path), id: basename(path).replace(/\.ya?ml$/, ''), ...parseYaml(readFileSync(path, 'utf8')) };
}

function readStory(dir: string, relDir: string, files: ReadonlySet<string>, lang: 'vi' | 'en', cache?: FileCache): RawStory | undefined {
	for (const ext of STORY_EXTS) {
		const name = storyFileName(lang, ext);
		// Assigned, not spread: spreading would read a body the cache left on disk.
		if (files.has(name)) return Object.assign(readFile(join(dir, name), STORY_READER, cache), { file: `${relDir}/${name}`, id: lang });
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

/** The size and width of a picture, from the cache when the file is unchanged. */
function pictureInfo(path: string, cache: FileCache | undefined): PictureInfo {
	if (!cache) return readPictureInfo(path);
	const st = statSync(path);
	const hit = cache.get<PictureInfo>('picture', path, st);
	if (hit !== undefined) return hit;
	const info = readPictureInfo(path);
	cache.set('picture', path, st, info);
	return info;
}

/** How to read the content. */
export interface ReadOptions {
	/** Read the header of every picture (size, width) for the picture warnings. */
	pictures?: boolean;
	/**
	 * What earlier runs read (check/file-cache.ts): a file unchanged since is not read or parsed
	 * again. The caller saves it (`cache.save()`) when done.
	 */
	cache?: FileCache;
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
	dirStats?: Stats,
): RawProduct | undefined {
	const { cache } = options;
	const files = new Set(listDir(dir, cache, dirStats));
	if (!files.has('product.yaml')) return undefined;
	const stories: RawProduct['stories'] = {};
	const vi = readStory(dir, relDir, files, 'vi', cache);
	const en = readStory(dir, relDir, files, 'en', cache);
	if (vi) stories.vi = vi;
	if (en) stories.en = en;
	const product: RawProduct = {
		file: `${relDir}/product.yaml`,
		dir: relDir,
		id: basename(dir),
		files,
		stories,
		...readFile(join(dir, 'product.yaml'), YAML_READER, cache),
	};
	if (options.pictures) {
		const pictures = new Map<string, PictureInfo>();
		for (const f of files) if (PICTURE.test(f)) pictures.set(f, pictureInfo(join(dir, f), cache));
		product.pictures = pictures;
	}
	return product;
}

/** The entries of a list file (provinces.yaml, retired-products.yaml), one RawFile each, or the file itself when it cannot be read as a list. */
function readList(path: string, root: string, what: string, file = relative(root, path)): RawFile[] {
	if (!existsSync(path)) return [];
	const text = readFileSync(path, 'utf8');
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

/**
 * Reads one unit: its entries (none for an empty list file or a folder without product.yaml, whose
 * files are then strays). `stats` is the folder's, when the caller has it.
 */
export function readUnit(unit: ContentUnit, root: string, options: ReadOptions = {}, stats?: Stats): { raws: RawFile[]; strays: string[] } {
	switch (unit.kind) {
		case 'province':
			return { raws: readList(unit.path, root, 'provinces', unit.rel), strays: [] };
		case 'retired':
			return { raws: readList(unit.path, root, 'retired-products', unit.rel), strays: [] };
		case 'product': {
			const product = readProduct(unit.path, root, options, unit.rel, stats);
			if (product) return { raws: [product], strays: [] };
			return { raws: [], strays: listDir(unit.path, options.cache, stats).map((f) => `${unit.rel}/${f}`) };
		}
		default:
			return { raws: [{ ...unitEntryRef(unit)!, ...readFile(unit.path, YAML_READER, options.cache) }], strays: [] };
	}
}

/** Reads the content folder `contentDir`; file names in the result are relative to `root`. */
export function readContent(contentDir: string, root = process.cwd(), options: ReadOptions = {}): RawContent {
	const { units, strays } = listUnits(contentDir, root);
	const content: RawContent = {
		provinces: [],
		districts: [],
		producers: [],
		centres: [],
		salesPoints: [],
		products: [],
		retired: [],
		strays,
	};
	const field = {
		province: 'provinces',
		district: 'districts',
		producer: 'producers',
		centre: 'centres',
		salesPoint: 'salesPoints',
		retired: 'retired',
		product: 'products',
	} as const;
	for (const unit of units) {
		// With a cache, the folder's times are needed anyway (its listing is kept by them).
		const stats = unit.kind === 'product' && options.cache ? statSync(unit.path) : undefined;
		const read = readUnit(unit, root, options, stats);
		(content[field[unit.kind]] as RawFile[]).push(...read.raws);
		strays.push(...read.strays);
	}
	return content;
}
