#!/usr/bin/env node
/**
 * What fills a built site's folder, kind by kind: every HTML page by its kind of page (pageKind in
 * scripts/gates/dist.ts; a moved product's redirect apart from the product pages), every other file
 * by what it is (the search index, the trip lists, scripts and styles…), with files, bytes and both
 * per product. `npm run bench` prints it for each size it builds and projects each kind to 13,000 and
 * 20,000 products; alone:
 *
 *   node scripts/bench/kinds.ts DIR --products N
 *
 * Bytes are the files' own (what the hosts count), not the disk's blocks (`du` counts a 4 kB block
 * at least for each file and folder: a 1.6 kB permalink page shows as 5.7 kB there).
 */
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pageKind } from '../gates/dist.ts';

/** Files and bytes of one kind. */
export interface KindSize {
	files: number;
	bytes: number;
}

/** Kinds of file that are not pages, by the folder they sit in (the first that matches). */
const FOLDER_KINDS: Array<[RegExp, string]> = [
	[/^_astro\//, 'scripts and styles (_astro/)'],
	[/^_img\//, 'pictures (_img/)'],
	[/^og\//, 'social previews (og/)'],
	[/^qr\//, 'QR files (qr/)'],
	[/^pagefind\//, 'search index (pagefind/)'],
	[/^search-facets\//, 'search facets'],
	[/^trips\//, 'trip lists (trips/)'],
	[/^data\//, 'open data (data/)'],
	[/^sitemap[^/]*\.xml$/, 'sitemap'],
	[/^admin\//, 'form editor'],
];

/** True when the start of an HTML file is a redirect page (a moved product's old address). */
function isRedirect(file: string): boolean {
	const fd = openSync(file, 'r');
	try {
		const head = Buffer.alloc(2048);
		const n = readSync(fd, head, 0, head.length, 0);
		return (
			/http-equiv="refresh"/i.test(head.subarray(0, n).toString('utf8')) && !/data-permalink/.test(head.subarray(0, n).toString('utf8'))
		);
	} finally {
		closeSync(fd);
	}
}

/** The kind of one file of the site, by its path relative to the folder (forward slashes, no base). */
export function fileKind(rel: string, file: string): string {
	if (rel.endsWith('.html')) {
		const path = `/${rel}`.replace(/(^|\/)index\.html$/, '$1');
		const kind = pageKind(path);
		return kind === 'product' && isRedirect(file) ? 'moved product (redirect)' : kind;
	}
	for (const [re, kind] of FOLDER_KINDS) if (re.test(rel)) return kind;
	return 'other files';
}

/** Files and bytes of each kind in a built folder, largest first. */
export function folderKinds(dir: string): Map<string, KindSize> {
	const kinds = new Map<string, KindSize>();
	const walk = (path: string, rel: string) => {
		for (const e of readdirSync(path, { withFileTypes: true })) {
			const child = join(path, e.name);
			const childRel = rel ? `${rel}/${e.name}` : e.name;
			if (e.isDirectory()) walk(child, childRel);
			else if (e.isFile()) {
				const kind = fileKind(childRel, child);
				const size = kinds.get(kind) ?? { files: 0, bytes: 0 };
				size.files++;
				size.bytes += statSync(child).size;
				kinds.set(kind, size);
			}
		}
	};
	walk(dir, '');
	return new Map([...kinds].sort((a, b) => b[1].bytes - a[1].bytes));
}

/**
 * Kinds whose size does not follow the catalogue's (the same scripts and styles at any size): a
 * projection from one size keeps them as they are instead of scaling them.
 */
export const FIXED_KINDS: readonly string[] = ['scripts and styles (_astro/)', 'form editor'];

/**
 * Each kind's files and bytes at `at` products: a least-squares line through the sizes built (two
 * sizes or more), else the one size scaled in proportion (FIXED_KINDS, and kinds of one page per
 * language, kept as they are).
 */
export function projectKinds(points: ReadonlyArray<{ products: number; kinds: Map<string, KindSize> }>, at: number): Map<string, KindSize> {
	const names = new Set(points.flatMap((p) => [...p.kinds.keys()]));
	const sizes = new Set(points.map((p) => p.products));
	const out = new Map<string, KindSize>();
	for (const name of names) {
		const value = (p: (typeof points)[number], key: keyof KindSize) => p.kinds.get(name)?.[key] ?? 0;
		const line = (key: keyof KindSize) => {
			if (sizes.size < 2) {
				const n = points.reduce((s, p) => s + p.products, 0);
				const total = points.reduce((s, p) => s + value(p, key), 0);
				// A kind of one page per language (the home page, the lists of provinces) does not grow either.
				const single = !FOLDER_KINDS.some(([, kind]) => kind === name) && points.every((p) => value(p, 'files') <= 2);
				return FIXED_KINDS.includes(name) || single ? total / points.length : (total / n) * at;
			}
			const mean = (f: (p: (typeof points)[number]) => number) => points.reduce((s, p) => s + f(p), 0) / points.length;
			const mx = mean((p) => p.products);
			const my = mean((p) => value(p, key));
			const slope = mean((p) => (p.products - mx) * (value(p, key) - my)) / mean((p) => (p.products - mx) ** 2);
			return Math.max(0, my + slope * (at - mx));
		};
		out.set(name, { files: Math.round(line('files')), bytes: Math.round(line('bytes')) });
	}
	return out;
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const MB = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

/**
 * The table of one folder's kinds (files, bytes, both per product) and, when given, each kind
 * projected to other sizes (files and decimal MB, as the hosts state their limits).
 */
export function formatKinds(
	kinds: Map<string, KindSize>,
	products: number,
	projections: Array<[number, Map<string, KindSize>]> = [],
): string {
	const total = (m: Map<string, KindSize>) =>
		[...m.values()].reduce((t, k) => ({ files: t.files + k.files, bytes: t.bytes + k.bytes }), { files: 0, bytes: 0 });
	const head = [
		'kind',
		'files',
		'bytes',
		'files / 1,000 products',
		'bytes / product',
		...projections.map(([at]) => `at ${int(at)}: files, bytes`),
	];
	const row = (name: string, k: KindSize) => [
		name,
		int(k.files),
		MB(k.bytes),
		((k.files * 1000) / products).toFixed(0),
		int(k.bytes / products),
		...projections.map(([, m]) => {
			const p = name === 'total' ? total(m) : (m.get(name) ?? { files: 0, bytes: 0 });
			return `${int(p.files)}, ${MB(p.bytes)}`;
		}),
	];
	const rows = [head, ...[...kinds].map(([name, k]) => row(name, k)), row('total', total(kinds))];
	const widths = head.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
	return rows.map((r) => `  ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')}`).join('\n');
}

if (import.meta.main) {
	const { values, positionals } = parseArgs({ allowPositionals: true, options: { products: { type: 'string' } } });
	const dir = positionals[0];
	const products = Number(values.products);
	if (!dir || !Number.isInteger(products) || products < 1) throw new Error('usage: node scripts/bench/kinds.ts DIR --products N');
	const kinds = folderKinds(dir);
	const at = (n: number): [number, Map<string, KindSize>] => [n, projectKinds([{ products, kinds }], n)];
	console.log(`${dir}: ${int(products)} products (proportional projection; fixed: ${FIXED_KINDS.join(', ')})`);
	console.log(formatKinds(kinds, products, [at(13_000), at(20_000)]));
}
