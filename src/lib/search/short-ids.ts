/**
 * Short page ids in Pagefind's pf_meta, rewritten after Pagefind has indexed a language.
 *
 * pf_meta is fetched before any query can run, and lists every page: its fragment's id (a
 * 7-hex-digit hash such as `vi_df2933a`), its word count and its fragment group. Hashes do not
 * compress: at 13,000 products they were about half of the file (79.6 kB gzipped for the Vietnamese
 * index, 41.6 kB with short ids). The ids are only the names of the fragment files
 * (`fragment/<id>.pf_fragment`, fetched for a result): the index chunks and filters name pages by
 * their number in pf_meta's list. So each page gets a base-36 counter after the language and a
 * version (`vi_1c0ffee_0`, `vi_1c0ffee_1`… `vi_1c0ffee_a0j`), its fragment file is renamed to match,
 * pf_meta is written again under a name hashed from its new content, and pagefind-entry.json points
 * to it. The version is a hash of Pagefind's own ids in order (each a hash of its fragment): a
 * counter alone would give `vi_0` to another product after an edit, and a fragment kept by a
 * browser or the service worker (which keeps them as never changing, src/lib/offline/sw.ts) would
 * show the wrong product. The version, the same in every id, costs about 1.5 kB at 13,000 pages.
 * Beside them goes the facet table of the filter counts (facet-table.ts), made from Pagefind's
 * filter files: `filter-table-<language>.json`.
 *
 * The rewrite knows one format, Pagefind 1.6.0's (gzip of the signature `pagefind_dcd` and CBOR:
 * `[version, [[id, words, group]…], [[from, to, chunk]…], [[filter, file]…], [sorts…], [fields…]]`,
 * read by pagefind_web's `decode_metadata`). Anything else (another version, another shape, a
 * fragment group, a fragment file that is not a page's, a CBOR encoding this encoder would not write
 * back byte for byte) and it refuses: `shortenPageIds` returns the files as Pagefind wrote them with
 * the reason, the build warns, and search works with Pagefind's own ids (tests/unit/short-ids.test.ts
 * fails on the installed Pagefind, so an upgrade is seen).
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import { facetTable, facetTableFile, type FacetPages } from './facet-table.ts';

/** The Pagefind versions whose pf_meta this rewrite knows. Check the format before adding one. */
export const KNOWN_PAGEFIND_VERSIONS: readonly string[] = ['1.6.0'];

/** What Pagefind puts before the CBOR (and the JSON of fragments), inside the gzip. */
const SIGNATURE = 'pagefind_dcd';

/** One file of a language's index, as the index worker returns it. */
export interface IndexFileBytes {
	path: string;
	content: Uint8Array;
}

/** The outcome: the files to publish, and why they are Pagefind's own when the rewrite refused. */
export interface ShortIdsResult {
	files: IndexFileBytes[];
	/** Set when nothing was rewritten: what was not as this rewrite knows it. */
	refused?: string;
	/** pf_meta's size before and after, gzipped, when rewritten. */
	meta?: { before: number; after: number; pages: number };
}

/** Thrown inside the rewrite when the files are not what it knows; turned into `refused`. */
class UnknownFormat extends Error {}

const fail = (why: string): never => {
	throw new UnknownFormat(why);
};

/** Pagefind's list of languages, of one language here (the index worker writes one). */
interface Entry {
	version: string;
	languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
	[key: string]: unknown;
}

/** A page of pf_meta: fragment id, word count, fragment group ('' when none). */
type MetaPage = [string, number, string];

/** The short id of the page at `index` of language `language`'s index of version `version`. */
export const shortId = (language: string, version: string, index: number) => `${language}_${version}_${index.toString(36)}`;

/** The version of a language's ids: changes whenever any page's fragment or place in the list does. */
export const idVersion = (pagefindIds: readonly string[]) => createHash('sha256').update(pagefindIds.join('\n')).digest('hex').slice(0, 7);

const isString = (v: unknown): v is string => typeof v === 'string';

/** Checks that `value` is pf_meta's structure as Pagefind 1.6.0 writes it, and returns its pages. */
function pagesOf(value: unknown, version: string): MetaPage[] {
	if (!Array.isArray(value) || value.length !== 6) fail('pf_meta is not an array of 6 fields');
	const [v, pages, chunks, filters, sorts, fields] = value as unknown[];
	if (v !== version) fail(`pf_meta says version ${String(v)}, pagefind-entry.json ${version}`);
	if (!Array.isArray(pages)) fail('pf_meta has no list of pages');
	for (const p of pages as unknown[]) {
		if (!Array.isArray(p) || p.length !== 3) fail('a page of pf_meta is not [id, word count, group]');
		const [id, words, group] = p as unknown[];
		if (!isString(id) || !/^[a-z0-9-]+_[0-9a-f]+$/i.test(id)) fail(`a page id of pf_meta is not a hash: ${String(id)}`);
		if (!Number.isInteger(words) || (words as number) < 0) fail(`page ${String(id)} has no word count`);
		if (group !== '') fail(`page ${String(id)} is in a fragment group (${String(group)}), which this rewrite does not handle`);
	}
	const triples = (list: unknown, n: number) =>
		Array.isArray(list) && list.every((x) => Array.isArray(x) && x.length === n && x.every(isString));
	if (!triples(chunks, 3)) fail("pf_meta's list of index chunks is not [from, to, file]");
	if (!triples(filters, 2)) fail("pf_meta's list of filters is not [filter, file]");
	if (!Array.isArray(sorts)) fail('pf_meta has no list of sorts');
	if (!Array.isArray(fields) || !fields.every(isString)) fail("pf_meta's list of meta fields is not of strings");
	return pages as MetaPage[];
}

/** The CBOR inside a Pagefind file (gzip, then the signature). */
function unpack(bytes: Uint8Array, what: string): Uint8Array {
	let raw: Uint8Array;
	try {
		raw = gunzipSync(bytes);
	} catch {
		return fail(`${what} is not gzipped`);
	}
	if (new TextDecoder().decode(raw.subarray(0, SIGNATURE.length)) !== SIGNATURE) fail(`${what} does not start with ${SIGNATURE}`);
	return raw.subarray(SIGNATURE.length);
}

/**
 * Pagefind's filter index, read from its filter files (`[facet, [[value, [page…]]…]]`), for the facet
 * table (facet-table.ts), which names pages by the same numbers.
 */
function facetPages(byPath: ReadonlyMap<string, IndexFileBytes>, filters: Array<[string, string]>, pages: number): Map<string, FacetPages> {
	const out = new Map<string, FacetPages>();
	for (const [facet, hash] of filters) {
		const path = `filter/${hash}.pf_filter`;
		const file = byPath.get(path) ?? fail(`no ${path}`);
		let value: unknown;
		try {
			value = decode(unpack(file.content, path), { useMaps: false });
		} catch (error) {
			if (error instanceof UnknownFormat) throw error;
			return fail(`${path} is not CBOR this rewrite reads (${(error as Error).message})`);
		}
		const [name, list] = Array.isArray(value) && value.length === 2 ? (value as unknown[]) : fail(`${path} is not [facet, values]`);
		if (name !== facet) fail(`${path} is the filter ${String(name)}, pf_meta says ${facet}`);
		const isPages = (n: unknown) =>
			Array.isArray(n) &&
			n.every(
				(p, i) => Number.isInteger(p) && (p as number) >= 0 && (p as number) < pages && (i === 0 || (p as number) > (n[i - 1] as number)),
			);
		if (!Array.isArray(list) || !list.every((e) => Array.isArray(e) && e.length === 2 && isString(e[0]) && isPages(e[1])))
			fail(`${path} is not a list of [value, ascending page numbers]`);
		out.set(facet, list as FacetPages);
	}
	return out;
}

/**
 * Rewrites the page ids of one language's index (the files Pagefind's `getFiles()` gave for it):
 * see the module's comment. Returns the files unchanged, with `refused`, when they are not in the
 * format this rewrite knows.
 */
export function shortenPageIds(files: readonly IndexFileBytes[]): ShortIdsResult {
	try {
		return rewrite(files);
	} catch (error) {
		if (error instanceof UnknownFormat) return { files: [...files], refused: error.message };
		throw error;
	}
}

function rewrite(files: readonly IndexFileBytes[]): ShortIdsResult {
	const byPath = new Map(files.map((f) => [f.path, f]));
	const entryFile = byPath.get('pagefind-entry.json') ?? fail('no pagefind-entry.json');
	const entry = JSON.parse(new TextDecoder().decode(entryFile.content)) as Entry;
	if (!KNOWN_PAGEFIND_VERSIONS.includes(entry.version))
		fail(`Pagefind ${entry.version} is not a version it knows (${KNOWN_PAGEFIND_VERSIONS.join(', ')})`);
	const languages = Object.entries(entry.languages ?? {});
	if (languages.length !== 1) fail(`pagefind-entry.json lists ${languages.length} languages, not one`);
	const [language, info] = languages[0]!;
	if (!/^[a-z0-9-]+$/i.test(language)) fail(`the language ${language} is not a plain code`);
	const metaPath = `pagefind.${info.hash}.pf_meta`;
	const metaFile = byPath.get(metaPath) ?? fail(`no ${metaPath}`);
	const cbor = unpack(metaFile.content, metaPath);
	let meta: unknown;
	try {
		meta = decode(cbor, { useMaps: false, rejectDuplicateMapKeys: true });
	} catch (error) {
		return fail(`${metaPath} is not CBOR this rewrite reads (${(error as Error).message})`);
	}
	// Written back unchanged, it must be Pagefind's bytes: then only the ids differ in the new one.
	if (Buffer.compare(Buffer.from(encode(meta)), Buffer.from(cbor)) !== 0) fail(`${metaPath} is not encoded as this rewrite writes CBOR`);
	const pages = pagesOf(meta, entry.version);
	if (pages.length !== info.page_count) fail(`pf_meta lists ${pages.length} pages, pagefind-entry.json ${info.page_count}`);
	// Every fragment file is exactly one page's.
	const fragmentOf = (id: string) => `fragment/${id}.pf_fragment`;
	const fragments = files.filter((f) => f.path.startsWith('fragment/'));
	const ids = new Set(pages.map((p) => p[0]));
	if (ids.size !== pages.length) fail('two pages of pf_meta have the same id');
	if (fragments.length !== pages.length || !pages.every((p) => byPath.has(fragmentOf(p[0]))))
		fail(`the fragment files (${fragments.length}) are not one per page of pf_meta (${pages.length})`);

	const renamed = new Map<string, string>();
	const version = idVersion(pages.map((p) => p[0]));
	const newPages = pages.map(([id, words, group], i): MetaPage => {
		const short = shortId(language, version, i);
		renamed.set(fragmentOf(id), fragmentOf(short));
		return [short, words, group];
	});
	const value = meta as unknown[];
	const newCbor = encode([value[0], newPages, ...value.slice(2)]);
	const signature = new TextEncoder().encode(SIGNATURE);
	const content = new Uint8Array(gzipSync(Buffer.concat([signature, newCbor]), { level: 9 }));
	const hash = `${language}_${createHash('sha256').update(content).digest('hex').slice(0, 10)}`;
	const newEntry: Entry = { ...entry, languages: { [language]: { ...info, hash } } };

	const table = facetTable(version, pages.length, facetPages(byPath, (meta as unknown[])[3] as Array<[string, string]>, pages.length));
	const out: IndexFileBytes[] = [{ path: facetTableFile(language), content: new TextEncoder().encode(JSON.stringify(table)) }];
	for (const f of files) {
		if (f.path === metaPath) out.push({ path: `pagefind.${hash}.pf_meta`, content });
		else if (f.path === 'pagefind-entry.json') out.push({ path: f.path, content: new TextEncoder().encode(JSON.stringify(newEntry)) });
		else out.push({ path: renamed.get(f.path) ?? f.path, content: f.content });
	}
	return { files: out, meta: { before: metaFile.content.length, after: content.length, pages: pages.length } };
}
