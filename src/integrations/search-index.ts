/**
 * Builds the search index after the build with Pagefind's Node API (as Starlight does), into
 * dist/pagefind/: one index per language, one custom record per product page
 * (`index.addCustomRecord`). The records come from the catalogue, written during the build by the
 * endpoint src/pages/search-records.json.ts (src/lib/search/records.ts says what they hold); no
 * built page is read or parsed, and the pages carry no Pagefind markup. The records file is
 * deleted once read: it is never published.
 *
 * Each language is indexed in its own worker thread (search-index-worker.ts), so by its own
 * Pagefind process: one process indexes on one core and one index at a time, and the two languages
 * together took twice as long. Pagefind names every file it writes after its content and language,
 * so the two outputs never collide; only pagefind-entry.json, which lists the languages, is merged.
 *
 * Any error Pagefind reports fails the build, and so does a missing records file or an index
 * with no page in it.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SEARCH_RECORDS_FILE, type SearchRecord } from '../lib/search/records.ts';
import type { LanguageIndex } from '../lib/search/index-worker.ts';
import { makeFoldersFor, placeFile } from './output-folder.ts';
import { codeHash } from '../lib/build/code-hash.ts';
import { CACHE_KINDS, CacheSeal, checkTimings, damageWarning } from '../lib/build/cache-seal.ts';
import { contentDir } from '../lib/config.ts';
import { plain, vocabulary, type Synonym } from '../lib/search/spellings.ts';
import { readSynonyms } from '../lib/search/synonyms.ts';
import { shortenPageIds } from '../lib/search/short-ids.ts';

/** The kept index's kind of cached file, in the timings of src/lib/build/cache-seal.ts. */
const INDEX_CACHE_KIND = CACHE_KINDS['search-index'];

/** Pagefind's ready-made UIs, which this site does not use (it has its own, src/scripts/search-page.ts). */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

/**
 * Word positions per index chunk (Pagefind's default is 20,000). A query downloads the chunk of
 * each of its words, and pf_meta lists every chunk. Measured with Pagefind 1.6.0 at 1,000 products
 * (scripts/bench/chunk-sizes.ts; load 35-43 on 2 cores, bytes do not depend on it), index chunks +
 * pf_meta of a first search, mean of the query set: 500: 11.0 kB, 1,000: 10.4, 2,000: 10.7, 5,000:
 * 13.3, 20,000: 29.6. 1,000 and 2,000 are the same within a query's spread; 2,000 makes half as
 * many chunks for pf_meta to list, which grows with the catalogue. Pagefind reads it from its
 * environment only (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, still so in 1.6.0: check it when moving up).
 */
export const INDEX_CHUNK_SIZE = 2000;

/** Words in a language's vocabulary file (about 6 bytes a word gzipped). */
export const VOCABULARY_WORDS = 5000;

/** The vocabulary file of a language, in the bundle folder (pagefind/): fetched by the search page only when a query word found nothing. */
export const vocabularyFile = (language: string) => `vocabulary-${language}.json`;

/**
 * A language's vocabulary (spellings.ts): the words of the products' names and places, and the
 * synonyms' words that some product is found by, most used first. Every word of it finds something.
 */
export function languageVocabulary(records: readonly SearchRecord[], synonyms: readonly Synonym[]): string[] {
	const found = records.map((r) => plain(`${r.content} ${r.meta['aka'] ?? ''}`)).join('\n');
	const terms = synonyms.flatMap((s) => [s.words, ...s.also]).filter((w) => found.includes(plain(w)));
	return vocabulary([...records.flatMap((r) => [r.meta['title'] ?? '', r.meta['district'] ?? '']), ...terms], VOCABULARY_WORDS);
}

/** Thrown when Pagefind reports a problem; the build stops. */
export class SearchIndexError extends Error {
	override name = 'SearchIndexError';
}

function check(step: string, errors: readonly string[]) {
	if (errors.length) throw new SearchIndexError(`Pagefind: ${step} failed:\n${errors.join('\n')}`);
}

/** A file of an index: its bytes, or the kept file (in the cache folder) that holds them. */
type IndexFile = { path: string; content: Uint8Array; from?: undefined } | { path: string; from: string; content?: undefined };

const bytesOf = (f: IndexFile): Uint8Array => f.content ?? readFileSync(f.from);

/** Pagefind's list of the site's languages, one per index. */
interface Entry {
	version: string;
	languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
	[key: string]: unknown;
}

/** Indexes one language's records in a worker (search-index-worker.ts) and returns its files. */
function indexLanguage(language: string, records: SearchRecord[], chunkSize: number): Promise<LanguageIndex['files']> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('../lib/search/index-worker.ts', import.meta.url), {
			workerData: { records, chunkSize },
		});
		let result: LanguageIndex | undefined;
		worker.once('message', (message: LanguageIndex) => (result = message));
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (!result)
				return reject(new SearchIndexError(`Pagefind: the ${language} index's worker stopped (exit code ${code}) without an index`));
			try {
				check(`building the ${language} index`, result.errors);
				resolve(result.files);
			} catch (error) {
				reject(error);
			}
		});
	});
}

/**
 * One language's index with pf_meta's page ids made short (src/lib/search/short-ids.ts), or as
 * Pagefind wrote it, with a warning, when its format is not the one the rewrite knows.
 */
function withShortIds(language: string, files: LanguageIndex['files'], log: (message: string) => void): LanguageIndex['files'] {
	const result = shortenPageIds(files);
	if (result.refused)
		log(
			`warning: the ${language} index keeps Pagefind's page ids (pf_meta about 2 times larger, about 3 bytes a page more to a first search): ${result.refused}. Search works; to shorten them again, see src/lib/search/short-ids.ts`,
		);
	else if (result.meta)
		log(
			`search index: ${language} pf_meta with short page ids, ${(result.meta.before / 1024).toFixed(1)} → ${(result.meta.after / 1024).toFixed(1)} kB for ${result.meta.pages} pages`,
		);
	return result.files;
}

/**
 * Joins the languages' outputs into one bundle: every file once (the script and its WebAssembly
 * come out of each worker alike, and must be the same bytes), and one pagefind-entry.json listing
 * every language.
 */
export function mergeLanguageIndexes(outputs: readonly IndexFile[][]): Map<string, IndexFile> {
	const files = new Map<string, IndexFile>();
	let entry: Entry | undefined;
	for (const output of outputs) {
		for (const f of output) {
			if (f.path === 'pagefind-entry.json') {
				const part = JSON.parse(new TextDecoder().decode(bytesOf(f))) as Entry;
				if (entry && entry.version !== part.version)
					throw new SearchIndexError(`Pagefind: indexes of versions ${entry.version} and ${part.version}`);
				entry = entry ? { ...entry, languages: { ...entry.languages, ...part.languages } } : part;
				continue;
			}
			const same = files.get(f.path);
			if (same && Buffer.compare(bytesOf(same), bytesOf(f)) !== 0)
				throw new SearchIndexError(`Pagefind: two languages wrote different ${f.path}`);
			files.set(f.path, f);
		}
	}
	if (!entry) throw new SearchIndexError('Pagefind: no pagefind-entry.json was written');
	files.set('pagefind-entry.json', { path: 'pagefind-entry.json', content: new TextEncoder().encode(JSON.stringify(entry)) });
	return files;
}

/** The code that hands the records to Pagefind: its hash is in a kept index's key (src/lib/build/code-hash.ts). */
export const INDEX_CODE = [
	'src/integrations/search-index.ts',
	'src/lib/search/index-worker.ts',
	'src/lib/search/short-ids.ts',
	'src/lib/search/facet-table.ts',
];

/**
 * A language's index as the last build left it in Astro's cache folder (which CI restores), under
 * a digest of everything Pagefind was given: the records in their order, the chunk size and
 * Pagefind's version. Pagefind's output is a function of these, so when they are the same the
 * index is not built again (20-90 s at 13,000 products, on how busy the machine is). `keep` stores
 * a new index and removes the language's older ones.
 */
function keptIndex(
	cacheDir: string,
	language: string,
	records: readonly SearchRecord[],
	chunkSize: number,
	warn: (message: string) => void,
) {
	const folder = join(cacheDir, 'search-index');
	const digest = createHash('sha256')
		.update(JSON.stringify([codeHash(INDEX_CODE), pagefindVersion(), chunkSize, records]))
		.digest('hex')
		.slice(0, 24);
	const dir = join(folder, `${language}-${digest}`);
	const list = join(dir, 'files.json');
	// Every kept file is hashed and compared with the manifest (src/lib/build/cache-seal.ts): an index is a
	// few megabytes, and one damaged file would break search. Any damage and the language is indexed again.
	let kept: IndexFile[] | undefined;
	if (existsSync(list)) {
		const seal = new CacheSeal(join(dir, 'files'), INDEX_CACHE_KIND);
		const paths = JSON.parse(readFileSync(list, 'utf8')) as string[];
		const damaged = seal.checkAll(
			paths.map((path) => join(dir, 'files', path)),
			true,
		);
		const missing = paths.filter((path) => !existsSync(join(dir, 'files', path)));
		for (const damage of damaged) warn(damageWarning(damage));
		if (!damaged.length && missing.length) warn(`${dir}: ${missing.length} kept search index files are missing; indexed again`);
		if (damaged.length || missing.length) rmSync(dir, { recursive: true, force: true });
		else {
			kept = paths.map((path): IndexFile => ({ path, from: join(dir, 'files', path) }));
			// An index kept from before there were manifests is recorded as it is.
			for (const f of kept) if (f.from) seal.record(f.from);
			seal.save();
		}
	}
	return {
		files: kept,
		/** Stores a new index; returns its files as kept files. */
		keep(files: LanguageIndex['files']): IndexFile[] {
			if (existsSync(folder))
				for (const old of readdirSync(folder))
					if (old.startsWith(`${language}-`)) rmSync(join(folder, old), { recursive: true, force: true });
			makeFoldersFor(files.map((f) => join(dir, 'files', f.path)));
			const seal = new CacheSeal(join(dir, 'files'), INDEX_CACHE_KIND);
			for (const f of files) {
				writeFileSync(join(dir, 'files', f.path), f.content);
				seal.record(join(dir, 'files', f.path), f.content);
			}
			seal.save();
			// Written last: a folder without its list is never read.
			writeFileSync(list, JSON.stringify(files.map((f) => f.path)));
			return files.map((f) => ({ path: f.path, from: join(dir, 'files', f.path) }));
		},
	};
}

/** The installed Pagefind's version, from its package.json, found as Node finds the package (its exports hide the file). */
function pagefindVersion(): string {
	for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
		const file = join(dir, 'node_modules/pagefind/package.json');
		if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
		if (dir === dirname(dir)) throw new SearchIndexError('Pagefind: its package.json was not found');
	}
}

/**
 * Builds the search index of the site in `out` from the records file the build wrote there, and
 * deletes that file. Logs one line through `log`. With `cacheDir` (Astro's cache folder), a
 * language whose records are those of the last build reuses its index (keptIndex). `chunkSize`
 * is for measuring others (scripts/bench/chunk-sizes.ts).
 */
export async function writeSearchIndex(out: string, log: (message: string) => void, cacheDir?: string, chunkSize = INDEX_CHUNK_SIZE) {
	const started = performance.now();
	const recordsFile = join(out, SEARCH_RECORDS_FILE);
	if (!existsSync(recordsFile))
		throw new SearchIndexError(`Pagefind: ${SEARCH_RECORDS_FILE} was not built (src/pages/search-records.json.ts), nothing to index`);
	const records = JSON.parse(readFileSync(recordsFile, 'utf8')) as SearchRecord[];
	rmSync(recordsFile);
	if (records.length === 0) throw new SearchIndexError('Pagefind: the catalogue gave no page to index, the index would be empty');
	// One list per language, each in the catalogue's order (best rated first: the order of a
	// search with no words).
	const byLanguage = Map.groupBy(records, (record) => record.language);
	let reused = 0;
	const outputs = await Promise.all(
		[...byLanguage].map(async ([language, list]): Promise<IndexFile[]> => {
			const index = async () => withShortIds(language, await indexLanguage(language, list, chunkSize), log);
			if (!cacheDir) return index();
			const kept = keptIndex(cacheDir, language, list, chunkSize, log);
			if (kept.files) {
				reused++;
				return kept.files;
			}
			return kept.keep(await index());
		}),
	);
	const bundle = join(out, 'pagefind');
	const { synonyms } = readSynonyms(contentDir());
	const merged = [...mergeLanguageIndexes(outputs)].filter(([path]) => !UNUSED.test(path));
	for (const [language, list] of byLanguage) {
		const path = vocabularyFile(language);
		merged.push([path, { path, content: new TextEncoder().encode(JSON.stringify(languageVocabulary(list, synonyms))) }]);
	}
	makeFoldersFor(merged.map(([path]) => join(bundle, path)));
	let bytes = 0;
	for (const [path, f] of merged) {
		const target = join(bundle, path);
		// A kept file is linked in (placeFile), not read and written again.
		if (f.from === undefined) writeFileSync(target, f.content);
		else placeFile(f.from, target);
		bytes += f.content?.length ?? statSync(target).size;
	}
	const entry = JSON.parse(new TextDecoder().decode(bytesOf(merged.find(([path]) => path === 'pagefind-entry.json')![1]))) as Entry;
	const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
	if (indexed !== records.length) throw new SearchIndexError(`Pagefind: ${records.length} records given, ${indexed} pages in the index`);
	const counts = [...byLanguage].map(([lang, list]) => `${list.length} ${lang}`).join(', ');
	// What checking the kept index against its manifest cost (src/lib/build/cache-seal.ts), within the time given.
	const checked = checkTimings().get(INDEX_CACHE_KIND);
	log(
		`search index: ${counts} pages, ${Math.round(bytes / 1024)} kB, ${reused} of ${byLanguage.size} languages unchanged, in ${Math.round(performance.now() - started)} ms${checked ? ` (${checked.files} kept files checked in ${Math.round(checked.ms)} ms)` : ''}`,
	);
}

/**
 * Set by scripts/build.mjs: the index is built after Astro's process has ended (the same function,
 * writeSearchIndex), so that Pagefind's processes do not add their memory to the build's at its
 * peak. A bare `astro build` builds it here, at the end of the build.
 */
export const SEARCH_INDEX_LATER = 'OCOP_SEARCH_INDEX_LATER';

/** The integration. */
export function searchIndex(): AstroIntegration {
	let cacheDir = '';
	return {
		name: 'ocop:search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (process.env[SEARCH_INDEX_LATER] === '1') return logger.info('search index: built after the build ends (scripts/build.mjs)');
				await writeSearchIndex(fileURLToPath(dir), (message) => logger.info(message), cacheDir);
			},
		},
	};
}
