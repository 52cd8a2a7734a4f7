/**
 * Reads content/ from disk into the plain shapes that the content check validates (`check/`). Node
 * only (node:fs, js-yaml); no Astro, so the editors' check runs in a second without a build. Each
 * entry keeps its text (`source`), so a problem can later be placed on its line.
 */
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { imageSize } from 'image-size';
import yaml from 'js-yaml';
import type { FileCache } from './file-cache.ts';
import { holdsStoryPlaceholder } from './placeholders.ts';
import type { PictureInfo, RawContent, RawFile, RawProduct, RawStory, Source } from '../check/types.ts';
import {
	CONTENT_LAYOUT,
	lazySource,
	listUnits,
	PICTURE,
	storyFileName,
	STORY_EXTS,
	unitEntryRef,
	type ContentUnit,
} from './layout.ts';

// What content-layout.ts holds was first written here; the project imports it from either.
export {
	CONTENT_LAYOUT,
	fileSource,
	legacyStoryRename,
	listUnits,
	productFilesRead,
	STORY_EXTS,
	STORY_GLOB,
	STORY_LANGS,
	storyFileName,
	storyId,
	unitEntryId,
	unitEntryRef,
	type ContentUnit,
	type UnitKind,
} from './layout.ts';

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
const MIGHT_BE_CODE = /[<{&\\\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|script\s*:|^\s*(?:import|export)\b|\]\s*[(:[]/im;

/**
 * False when a story's body is plain text: without any of these characters there is nothing the
 * story check refuses and nothing MDX could fail on (JSX and expressions need < or {, code needs
 * import/export at a line start, a script link needs "script:" or a character reference), and no
 * link or picture whose address the allowlist could refuse (`](`, `]:`, `][`), so it skips the parse.
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
	// Words that mean the same in a search (src/lib/search/synonyms.ts checks them), when the file is there.
	const synonyms = join(contentDir, 'synonyms.yaml');
	if (existsSync(synonyms)) content.synonyms = { file: relative(root, synonyms), text: readFileSync(synonyms, 'utf8') };
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
