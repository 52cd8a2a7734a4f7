/**
 * Reads content/ from disk into the plain shapes that `content-check.ts` validates. Node only
 * (node:fs, js-yaml); no Astro, so the editors' check runs in a second without a build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import type { RawContent, RawFile, RawProduct, RawStory } from './content-check.ts';

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

function parseYaml(text: string): { data: unknown; parseError?: string } {
	try {
		return { data: yaml.load(text) ?? {} };
	} catch (e) {
		const err = e as yaml.YAMLException;
		const line = err.mark ? ` (dòng / line ${err.mark.line + 1})` : '';
		return { data: undefined, parseError: `${err.reason ?? String(e)}${line}` };
	}
}

/** Splits a Markdown/MDX file into front matter data and body; `bodyLine` is the file's line where the body starts. */
export function parseStory(text: string): { data: unknown; body: string; bodyLine: number; parseError?: string } {
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (!m) return { data: undefined, body: text, bodyLine: 1, parseError: 'thiếu phần đầu `---` / no `---` front matter at the top' };
	const parsed = parseYaml(m[1] ?? '');
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

function readStory(dir: string, lang: 'vi' | 'en', root: string): RawStory | undefined {
	for (const ext of STORY_EXTS) {
		const path = join(dir, storyFileName(lang, ext));
		if (existsSync(path)) {
			return { file: relative(root, path), id: lang, ...parseStory(readFileSync(path, 'utf8')) };
		}
	}
	return undefined;
}

/**
 * The products taken out of the catalogue (`retired-products.yaml`, optional: absent or empty is
 * an empty list), one RawFile per entry, named `file [i]`.
 */
export function readRetired(contentDir: string, root = process.cwd()): RawFile[] {
	const path = join(contentDir, CONTENT_LAYOUT.retired);
	if (!existsSync(path)) return [];
	const text = readFileSync(path, 'utf8');
	const file = relative(root, path);
	const parsed = parseYaml(text);
	if (parsed.parseError === undefined && yaml.load(text) == null) return [];
	if (parsed.parseError !== undefined || !Array.isArray(parsed.data)) {
		return [{ file, id: 'retired-products', data: parsed.data, parseError: parsed.parseError ?? 'phải là một danh sách / must be a list' }];
	}
	return parsed.data.map((data, i) => ({ file: `${file} [${i}]`, id: String(i), data }));
}

/** Reads the content folder `contentDir`; file names in the result are relative to `root`. */
export function readContent(contentDir: string, root = process.cwd()): RawContent {
	const provincesPath = join(contentDir, CONTENT_LAYOUT.provinces);
	const provinces: RawFile[] = [];
	if (existsSync(provincesPath)) {
		const parsed = parseYaml(readFileSync(provincesPath, 'utf8'));
		const file = relative(root, provincesPath);
		if (parsed.parseError !== undefined || !Array.isArray(parsed.data)) {
			provinces.push({ file, id: 'provinces', data: parsed.data, parseError: parsed.parseError ?? 'phải là một danh sách / must be a list' });
		} else {
			parsed.data.forEach((data, i) => provinces.push({ file: `${file} [${i}]`, id: String(i), data }));
		}
	}

	const products: RawProduct[] = [];
	const strays: string[] = [];
	const productsDir = join(contentDir, CONTENT_LAYOUT.products);
	if (existsSync(productsDir)) {
		for (const name of readdirSync(productsDir).sort()) {
			const dir = join(productsDir, name);
			if (!statSync(dir).isDirectory()) {
				strays.push(relative(root, dir));
				continue;
			}
			const files = new Set(readdirSync(dir));
			const factsPath = join(dir, 'product.yaml');
			if (!files.has('product.yaml')) {
				for (const f of files) strays.push(relative(root, join(dir, f)));
				continue;
			}
			const stories: RawProduct['stories'] = {};
			const vi = readStory(dir, 'vi', root);
			const en = readStory(dir, 'en', root);
			if (vi) stories.vi = vi;
			if (en) stories.en = en;
			products.push({
				file: relative(root, factsPath),
				dir: relative(root, dir),
				id: name,
				files,
				stories,
				...parseYaml(readFileSync(factsPath, 'utf8')),
			});
		}
	}

	return {
		provinces,
		districts: yamlFiles(join(contentDir, CONTENT_LAYOUT.districts), root),
		producers: yamlFiles(join(contentDir, CONTENT_LAYOUT.producers), root),
		centres: yamlFiles(join(contentDir, CONTENT_LAYOUT.centres), root),
		salesPoints: yamlFiles(join(contentDir, CONTENT_LAYOUT.salesPoints), root),
		products,
		retired: readRetired(contentDir, root),
		strays,
	};
}
