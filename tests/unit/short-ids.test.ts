/**
 * pf_meta's short page ids (src/lib/search/short-ids.ts): an index built by the installed Pagefind,
 * rewritten, then searched by Pagefind's own runtime (its pagefind.js and WebAssembly, as the search
 * page uses them: helpers/pagefind.ts). If a Pagefind upgrade changes the format, the first test fails
 * here, while the build goes on with Pagefind's own ids and a warning.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortenPageIds, type IndexFileBytes } from '../../src/lib/search/short-ids.ts';
import type { FacetTable } from '../../src/lib/search/facet-table.ts';
import { openSiteSearch } from '../helpers/pagefind.ts';

const PRODUCTS = [
	['/san-pham/ca-phe-robusta/', 'Cà phê Robusta Buôn Ma Thuột', 'dak-lak'],
	['/san-pham/mat-ong-rung/', 'Mật ong rừng Mai Châu', 'hoa-binh'],
	['/san-pham/tra-shan-tuyet/', 'Trà Shan tuyết Hà Giang', 'ha-giang'],
	['/san-pham/nuoc-mam/', 'Nước mắm cá cơm Thăng Bình', 'quang-nam'],
] as const;

/** The files Pagefind writes for PRODUCTS in one language, as the build's index worker gets them. */
async function pagefindFiles(): Promise<IndexFileBytes[]> {
	const { index } = await pagefind.createIndex({});
	if (!index) throw new Error('no Pagefind index');
	for (const [url, name, province] of PRODUCTS)
		await index.addCustomRecord({ url, content: name, language: 'vi', meta: { title: name }, filters: { province: [province] } });
	const { files } = await index.getFiles();
	await pagefind.close();
	return files.map((f) => ({ path: f.path, content: new Uint8Array(f.content) }));
}

const SIGNATURE = new TextEncoder().encode('pagefind_dcd');
const metaOf = (files: IndexFileBytes[]) => files.find((f) => f.path.endsWith('.pf_meta'))!;
const entryOf = (files: IndexFileBytes[]) =>
	JSON.parse(new TextDecoder().decode(files.find((f) => f.path === 'pagefind-entry.json')!.content)) as {
		version: string;
		languages: Record<string, { hash: string; page_count: number }>;
	};
const readMeta = (f: IndexFileBytes) => decode(gunzipSync(f.content).subarray(SIGNATURE.length), { useMaps: false }) as unknown[];
/** `files` with pf_meta's CBOR replaced by `value`, encoded by `encoder`. */
const withMeta = (files: IndexFileBytes[], value: unknown, encoder: (v: unknown) => Uint8Array = encode) =>
	files.map((f) =>
		f.path.endsWith('.pf_meta') ? { path: f.path, content: new Uint8Array(gzipSync(Buffer.concat([SIGNATURE, encoder(value)]))) } : f,
	);

describe('short page ids in pf_meta', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ocop-short-ids-'));
	let original: IndexFileBytes[];
	let rewritten: ReturnType<typeof shortenPageIds>;
	beforeAll(async () => {
		original = await pagefindFiles();
		rewritten = shortenPageIds(original);
		for (const f of rewritten.files) {
			const target = join(dir, 'pagefind', f.path);
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, f.content);
		}
	}, 60_000);
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('rewrites the index the installed Pagefind writes (an upgrade that changes its format fails here)', () => {
		expect(rewritten.refused).toBeUndefined();
		const pages = readMeta(metaOf(rewritten.files))[1] as Array<[string, number, string]>;
		expect(pages.map((p) => p[0])).toEqual([0, 1, 2, 3].map((i) => expect.stringMatching(new RegExp(`^vi_[0-9a-f]{7}_${i}$`))));
		// Word counts and the rest of pf_meta are Pagefind's.
		const before = readMeta(metaOf(original));
		const after = readMeta(metaOf(rewritten.files));
		expect(pages.map((p) => p[1])).toEqual((before[1] as Array<[string, number, string]>).map((p) => p[1]));
		expect(after.slice(2)).toEqual(before.slice(2));
	});

	it('renames each fragment to its page’s new id, keeps its bytes, and names pf_meta after its new content', () => {
		const pages = readMeta(metaOf(rewritten.files))[1] as Array<[string, number, string]>;
		const oldPages = readMeta(metaOf(original))[1] as Array<[string, number, string]>;
		const content = (files: IndexFileBytes[], path: string) => files.find((f) => f.path === path)?.content;
		pages.forEach(([id], i) => {
			expect(content(rewritten.files, `fragment/${id}.pf_fragment`)).toEqual(content(original, `fragment/${oldPages[i]![0]}.pf_fragment`));
		});
		expect(rewritten.files.filter((f) => f.path.startsWith('fragment/')).length).toBe(PRODUCTS.length);
		const hash = entryOf(rewritten.files).languages['vi']!.hash;
		expect(hash).not.toBe(entryOf(original).languages['vi']!.hash);
		expect(metaOf(rewritten.files).path).toBe(`pagefind.${hash}.pf_meta`);
		expect(rewritten.files.map((f) => f.path).filter((p) => !p.startsWith('fragment/') && !p.endsWith('.pf_meta'))).toEqual([
			'filter-table-vi.json',
			...original.map((f) => f.path).filter((p) => !p.startsWith('fragment/') && !p.endsWith('.pf_meta')),
		]);
	});

	it('gives other ids when a page changes, so that a fragment kept by a browser is never another product’s', () => {
		const oldPages = readMeta(metaOf(original))[1] as Array<[string, number, string]>;
		const changed = oldPages.map((p, i): [string, number, string] => (i === 2 ? ['vi_1234567', p[1], p[2]] : p));
		const files = withMeta(original, [readMeta(metaOf(original))[0], changed, ...readMeta(metaOf(original)).slice(2)]).map((f) =>
			f.path === `fragment/${oldPages[2]![0]}.pf_fragment` ? { ...f, path: 'fragment/vi_1234567.pf_fragment' } : f,
		);
		const again = shortenPageIds(files);
		expect(again.refused).toBeUndefined();
		const ids = (readMeta(metaOf(again.files))[1] as Array<[string, number, string]>).map((p) => p[0]);
		const first = (readMeta(metaOf(rewritten.files))[1] as Array<[string, number, string]>).map((p) => p[0]);
		expect(ids.filter((id) => first.includes(id))).toEqual([]);
	});

	it('gives the same files for the same records (builds stay reproducible)', async () => {
		const again = shortenPageIds(await pagefindFiles());
		expect(again.files.map((f) => f.path).sort()).toEqual(rewritten.files.map((f) => f.path).sort());
		for (const f of again.files)
			expect(Buffer.from(f.content).equals(Buffer.from(rewritten.files.find((g) => g.path === f.path)!.content)), f.path).toBe(true);
	}, 60_000);

	it('writes the facet table of the filter counts from Pagefind’s filter files, pages numbered as pf_meta lists them', () => {
		const table = JSON.parse(
			new TextDecoder().decode(rewritten.files.find((f) => f.path === 'filter-table-vi.json')!.content),
		) as FacetTable;
		const ids = (readMeta(metaOf(rewritten.files))[1] as Array<[string, number, string]>).map((p) => p[0]);
		expect(table.version).toBe(ids[0]!.split('_')[1]);
		expect(table.pages).toBe(PRODUCTS.length);
		const province = table.facets['province']!;
		// Each page's province, read through the table, is the one its record gave.
		const fragments = ids.map(
			(id) =>
				JSON.parse(
					gunzipSync(rewritten.files.find((f) => f.path === `fragment/${id}.pf_fragment`)!.content)
						.subarray(SIGNATURE.length)
						.toString(),
				) as { url: string },
		);
		expect(fragments.map((f, page) => [f.url, province.values[province.of![page]! - 1]])).toEqual(
			expect.arrayContaining(PRODUCTS.map(([url, , p]) => [url, p])),
		);
	});

	it('is searched by Pagefind’s own runtime: results found and their fragments loaded', async () => {
		const site = await openSiteSearch(dir);
		try {
			expect(await site.search('vi', 'ca phe')).toEqual(['/san-pham/ca-phe-robusta/']);
			expect(await site.search('vi', 'mat ong')).toEqual(['/san-pham/mat-ong-rung/']);
			expect(await site.search('vi', 'tra')).toContain('/san-pham/tra-shan-tuyet/');
			expect(await site.unmatched('vi', 'nuoc xyzw')).toEqual(['xyzw']);
		} finally {
			await site.close();
		}
	});

	it('refuses, keeping Pagefind’s files, when Pagefind is of a version it does not know', () => {
		const files = original.map((f) =>
			f.path === 'pagefind-entry.json'
				? { path: f.path, content: new TextEncoder().encode(JSON.stringify({ ...entryOf(original), version: '9.9.9' })) }
				: f,
		);
		const result = shortenPageIds(files);
		expect(result.refused).toBe('Pagefind 9.9.9 is not a version it knows (1.6.0)');
		expect(result.files).toEqual(files);
	});

	it('refuses a page in a fragment group, a missing fragment, another shape or another CBOR encoding', () => {
		const meta = readMeta(metaOf(original));
		const pages = meta[1] as Array<[string, number, string]>;
		const grouped = withMeta(original, [meta[0], pages.map((p) => [p[0], p[1], 'vi_group1']), ...meta.slice(2)]);
		expect(shortenPageIds(grouped).refused).toMatch(/is in a fragment group \(vi_group1\)/);
		const noFragment = original.filter((f) => f.path !== `fragment/${pages[0]![0]}.pf_fragment`);
		expect(shortenPageIds(noFragment).refused).toBe('the fragment files (3) are not one per page of pf_meta (4)');
		const sevenFields = withMeta(original, [...meta, []]);
		expect(shortenPageIds(sevenFields).refused).toBe('pf_meta is not an array of 6 fields');
		const twoFieldPages = withMeta(original, [meta[0], pages.map((p) => [p[0], p[1]]), ...meta.slice(2)]);
		expect(shortenPageIds(twoFieldPages).refused).toMatch(/is not \[id, word count, group\]/);
		// The same values, with the outer array's length written on two bytes (0x98 0x06, where 0x86 is the short form).
		const longForm = withMeta(original, meta, (v) => new Uint8Array([0x98, 0x06, ...encode(v).subarray(1)]));
		expect(shortenPageIds(longForm).refused).toMatch(/is not encoded as this rewrite writes CBOR$/);
		const notGzip = original.map((f) => (f.path.endsWith('.pf_meta') ? { path: f.path, content: new Uint8Array([1, 2, 3]) } : f));
		expect(shortenPageIds(notGzip).refused).toMatch(/is not gzipped$/);
	});
});
