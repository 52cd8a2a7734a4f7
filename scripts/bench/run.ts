#!/usr/bin/env node
/**
 * `npm run bench`: builds a generated national catalogue (scripts/generate/catalogue.ts) at several
 * sizes, cold (no cache) and warm (second build), and prints per size and run: pages, wall time of
 * the whole build (search index included), pages per second, peak memory of the whole process tree,
 * the output's bytes and files against the static hosts' limits, the time of each phase (from
 * Astro's log and the project's integrations), the search index, and what a visitor's phone fetches
 * for a first search and a product page (Chromium, scripts/bench/visitor.ts). In the same run it
 * times a baseline, a plain Node script writing as many pages of the same size from the same data
 * (scripts/bench/baseline.ts), and prints every time also as a ratio to it: the machine is shared
 * and noisy, the ratio much less so. Not a test: it prints figures and asserts nothing.
 *
 *   npm run bench -- [--sizes 1000,5000,13000] [--runs 1] [--modes cold,warm] [--seed 1] [--no-browser] [--keep] [--fresh-output]
 *                    [--media-url https://media.ocop.example.org/]
 *
 * The catalogue is built as a national site is published (docs/deploying.md, "Publishing a national
 * catalogue"): with MEDIA_URL set, so that pictures, social previews and QR files go to the media
 * folder beside the pages (`dist-<size>-media/`), whose size is printed apart from the pages'; the
 * hosts' limits are checked on the pages' folder. `--media-url=` (empty) builds them into the site.
 *
 * `--modes warm` alone builds on whatever cache is there (a first run of it is cold in all but name).
 * A cold build starts with no cache folder and no output folder. A warm build keeps the output folder
 * of the build before it, as a rebuild on a checkout or in CI with dist/ cached does (the build keeps
 * unchanged pages in place, src/integrations/output-folder.ts); with `--fresh-output` it starts
 * without one, as CI that restores only the cache folder (kept pages are then linked in). The first
 * warm run of a bench has no output folder before it either way.
 * `--content DIR` builds an existing content folder (another generated catalogue) instead of generating one.
 *
 * The generated catalogues stay in node_modules/.cache/ocop-bench-<size>/ (generation is seeded,
 * so they are reused when already there); builds go to tests/.tmp/bench/. A cold build removes
 * the Astro cache folder of that content folder first.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { generateCatalogue, MARKER } from '../generate/catalogue.ts';
import { mediaOutDir, mediaUrl } from '../../src/lib/config.ts';
import { describeQuerySet, measureVisitor, QUERY, TARGETS, type VisitorFigures } from './visitor.ts';
import { BUDGETS, formatLargestPages, largestPages, type LargestPage } from '../gates/budgets.ts';
import { fileFor, htmlPages, pageKind } from '../gates/dist.ts';
import { folderKinds, formatKinds, projectKinds, type KindSize } from './kinds.ts';
import { offlineFigures, type OfflineFigures } from './offline.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = process.execPath;
const WORK = join(ROOT, 'tests/.tmp/bench');
const AS_OF = '2026-11-22';

/** Limits of the common static hosts (issue 12, item 5). */
export const HOST_LIMITS = {
	bytes: { limit: 1_000_000_000, what: 'total size vs 1 GB (GitHub Pages)' },
	files: { limit: 100_000, what: 'files vs 100,000 (Cloudflare Pages, paid)' },
	freeFiles: { limit: 20_000, what: 'files vs 20,000 (Cloudflare Pages, free)' },
	folder: { limit: 54_000, what: 'largest folder vs 54,000 entries (Netlify)' },
	file: { limit: 25 * 1024 * 1024, what: 'largest file vs 25 MiB (Cloudflare Pages)' },
} as const;

/** Size, files, largest folder and largest file of a built site. */
export interface DistStats {
	bytes: number;
	files: number;
	folder: { path: string; entries: number };
	file: { path: string; bytes: number };
	pagefindBytes: number;
	pagefindFiles: number;
	/** Each language's pf_meta (Pagefind's list of pages, fetched before any query), bytes as sent (it is gzipped already). */
	pfMeta: Record<string, number>;
	htmlFiles: number;
	htmlBytes: number;
}

/** Walks `dir` once. */
export function distStats(dir: string): DistStats {
	const stats: DistStats = {
		bytes: 0,
		files: 0,
		folder: { path: '', entries: 0 },
		file: { path: '', bytes: 0 },
		pagefindBytes: 0,
		pagefindFiles: 0,
		pfMeta: {},
		htmlFiles: 0,
		htmlBytes: 0,
	};
	const walk = (path: string, rel: string) => {
		const entries = readdirSync(path, { withFileTypes: true });
		if (entries.length > stats.folder.entries) stats.folder = { path: rel || '.', entries: entries.length };
		for (const e of entries) {
			const child = join(path, e.name);
			const childRel = rel ? `${rel}/${e.name}` : e.name;
			if (e.isDirectory()) walk(child, childRel);
			else if (e.isFile()) {
				const size = statSync(child).size;
				stats.bytes += size;
				stats.files++;
				if (size > stats.file.bytes) stats.file = { path: childRel, bytes: size };
				if (childRel.startsWith('pagefind/')) {
					stats.pagefindBytes += size;
					stats.pagefindFiles++;
					const meta = /^pagefind\/pagefind\.([a-z-]+)_[0-9a-f]+\.pf_meta$/.exec(childRel);
					if (meta?.[1]) stats.pfMeta[meta[1]] = size;
				}
				if (e.name.endsWith('.html')) {
					stats.htmlFiles++;
					stats.htmlBytes += size;
				}
			}
		}
	};
	walk(dir, '');
	return stats;
}

/** Each limit of HOST_LIMITS with the site's figure and whether it fits. */
export function hostChecks(s: DistStats): Array<{ what: string; value: number; limit: number; pass: boolean }> {
	const values = { bytes: s.bytes, files: s.files, freeFiles: s.files, folder: s.folder.entries, file: s.file.bytes };
	return (Object.keys(HOST_LIMITS) as Array<keyof typeof HOST_LIMITS>).map((key) => ({
		what: HOST_LIMITS[key].what,
		value: values[key],
		limit: HOST_LIMITS[key].limit,
		pass: values[key] <= HOST_LIMITS[key].limit,
	}));
}

/** The pages' folder at 13,000 products must stay under this (issue 23), with room to grow below GitHub Pages' 1 GB. */
export const PAGES_TARGET = { products: 13_000, bytes: 900_000_000 } as const;
/** The size the bench projects the pages' folder to. */
export const PROJECT_AT = 20_000;

/**
 * The pages' folder's bytes and files at `at` products, from its sizes at the sizes built: a least
 * squares line through them (two sizes or more), else a line through the origin and the one size
 * (an overestimate of nothing: the fixed part, scripts and styles, is small beside the pages).
 */
export function projectFolder(
	points: ReadonlyArray<{ products: number; bytes: number; files: number }>,
	at: number,
): { bytes: number; files: number; fit: 'linear' | 'proportional' } {
	const distinct = new Set(points.map((p) => p.products));
	if (points.length === 0) return { bytes: 0, files: 0, fit: 'proportional' };
	if (distinct.size < 2) {
		const n = points.reduce((sum, p) => sum + p.products, 0);
		const ratio = (key: 'bytes' | 'files') => points.reduce((sum, p) => sum + p[key], 0) / n;
		return { bytes: Math.round(ratio('bytes') * at), files: Math.round(ratio('files') * at), fit: 'proportional' };
	}
	const mean = (f: (p: (typeof points)[number]) => number) => points.reduce((sum, p) => sum + f(p), 0) / points.length;
	const mx = mean((p) => p.products);
	const line = (key: 'bytes' | 'files') => {
		const my = mean((p) => p[key]);
		const slope = mean((p) => (p.products - mx) * (p[key] - my)) / mean((p) => (p.products - mx) ** 2);
		return Math.round(my + slope * (at - mx));
	};
	return { bytes: line('bytes'), files: line('files'), fit: 'linear' };
}

/** Average bytes of a product page (both languages) in a built site. */
export function productPageBytes(dir: string): number {
	const pages = htmlPages(dir).filter((path) => pageKind(path) === 'product');
	const total = pages.reduce((n, path) => n + statSync(fileFor(path, dir) as string).size, 0);
	return pages.length ? total / pages.length : 0;
}

/** A line of the build's output and when it arrived (ms since the build started). */
interface LogLine {
	t: number;
	text: string;
}

/** Phases of a build (seconds), from the time lines of its log arrived and what the integrations report. */
export function phasesFromLog(lines: readonly LogLine[], wallMs: number): Record<string, number> {
	const find = (re: RegExp, after = 0) => lines.findIndex((l, i) => i >= after && re.test(l.text));
	const at = (i: number) => (i >= 0 ? (lines[i] as LogLine).t : undefined);
	const span = (from: number, to: number) => {
		const a = at(from);
		const b = at(to);
		return a !== undefined && b !== undefined ? (b - a) / 1000 : 0;
	};
	const checkLine = find(/products checked in \d+ ms/);
	const check = checkLine >= 0 ? Number(/checked in (\d+) ms/.exec((lines[checkLine] as LogLine).text)?.[1] ?? 0) / 1000 : 0;
	const syncStart = find(/\[content\] Syncing content/);
	const syncEnd = find(/\[content\] Synced content/, Math.max(0, syncStart));
	const bundleStart = find(/Building static entrypoints/);
	const renderStart = find(/generating static routes/);
	const renderEnd = find(/✓ Completed in/, Math.max(0, renderStart));
	// Pictures are drawn in a worker from build start (src/integrations/pictures.ts): the phase is
	// the time the build waited for them once the pages were done, which their line reports.
	const picturesLine = find(/picture files \(.*drawing took \d+ ms, \d+ ms of it after the pages/);
	const picturesAfter =
		picturesLine >= 0 ? Number(/(\d+) ms of it after the pages/.exec((lines[picturesLine] as LogLine).text)?.[1] ?? 0) / 1000 : 0;
	const social = find(/social preview pictures/);
	const searchLine = find(/search index: .* in \d+ ms/);
	const search = searchLine >= 0 ? Number(/ in (\d+) ms/.exec((lines[searchLine] as LogLine).text)?.[1] ?? 0) / 1000 : 0;
	const beforeSocial = Math.max(picturesLine, renderEnd);
	const phases: Record<string, number> = {
		'content check': check,
		'content sync': span(syncStart, syncEnd),
		bundling: span(bundleStart, renderStart),
		rendering: span(renderStart, renderEnd),
		pictures: picturesAfter,
		'social pictures': social >= 0 && beforeSocial >= 0 ? span(beforeSocial, social) : 0,
		'search index': search,
	};
	phases['other'] = Math.max(0, wallMs / 1000 - Object.values(phases).reduce((a, b) => a + b, 0));
	return phases;
}

/** Sum of the resident memory of `pid` and all its descendants, from /proc (Linux). */
function treeRss(pid: number): number {
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			const ppid = Number(fields[1]);
			const pages = Number(fields[21]);
			rss.set(Number(name), pages * 4096);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
		} catch {
			// the process ended while we looked
		}
	}
	let total = 0;
	const stack = [pid];
	while (stack.length) {
		const p = stack.pop() as number;
		total += rss.get(p) ?? 0;
		stack.push(...(children.get(p) ?? []));
	}
	return total;
}

/** A finished build. */
interface BuildRun {
	wallMs: number;
	peakRss: number;
	/** CPU seconds the build's processes used (user + system, every thread and child), from /proc. */
	cpuMs: number;
	pages: number;
	phases: Record<string, number>;
	renderByKind: Array<[string, { pages: number; ms: number }]>;
	load: [number, number];
	log: string;
}

/** Linux's clock ticks per second (USER_HZ), 100 on every common kernel. */
const CLOCK_TICKS = 100;

/**
 * CPU time used so far by this process's children that have ended and been waited for (Linux's
 * cutime + cstime in /proc/self/stat, which include their own waited-for children), in ms. The
 * build's figure is the difference across it: steadier than its wall time on a shared machine,
 * where other work stretches the wall but not the CPU the build itself spent.
 */
function childrenCpuMs(): number {
	const stat = readFileSync('/proc/self/stat', 'utf8');
	// Fields after the command's closing parenthesis: state is field 3, cutime 16, cstime 17.
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	const ticks = Number(fields[13]) + Number(fields[14]);
	return (ticks * 1000) / CLOCK_TICKS;
}

/** Runs the real build of `content` into `out`, timing its lines and sampling memory. */
async function build(content: string, out: string, logFile: string, mediaUrl: string): Promise<BuildRun> {
	const load0 = loadavg()[0] as number;
	const cpu0 = childrenCpuMs();
	const started = performance.now();
	const child = spawn(NODE, ['scripts/build.mjs'], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: {
			...process.env,
			OCOP_CONTENT_DIR: content,
			OCOP_OUT_DIR: out,
			OCOP_AS_OF: AS_OF,
			OCOP_BUILD_MEMORY: '1', // src/integrations/build-memory.ts
			MEDIA_URL: mediaUrl,
			ASTRO_TELEMETRY_DISABLED: '1',
			FORCE_COLOR: '0',
		},
	});
	let peakRss = 0;
	const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid as number))), 250);
	const log = createWriteStream(logFile);
	const lines: LogLine[] = [];
	const perKind = new Map<string, { pages: number; ms: number }>();
	let pages = 0;
	const read = (stream: NodeJS.ReadableStream) =>
		new Promise<void>((done) => {
			const rl = createInterface({ input: stream });
			rl.on('line', (raw) => {
				const text = stripVTControlCharacters(raw);
				const t = performance.now() - started;
				log.write(`${(t / 1000).toFixed(3)} ${text}\n`);
				const page = /[├└]─ (\/[^ ]*) \(\+(\d+)ms\)/.exec(text);
				if (page) {
					// Render time per kind of route, from Astro's per-page times (both languages together).
					const path = (page[1] ?? '').replace(/^\/en\//, '/');
					const kind = path.split('/').slice(0, 2).join('/') + (path.split('/').length > 4 ? '/…' : '');
					const entry = perKind.get(kind) ?? { pages: 0, ms: 0 };
					entry.pages++;
					entry.ms += Number(page[2]);
					perKind.set(kind, entry);
					return;
				}
				const built = /(\d+) page\(s\) built/.exec(text);
				if (built) pages = Number(built[1]);
				lines.push({ t, text });
			});
			rl.on('close', done);
		});
	const [code] = await Promise.all([new Promise<number | null>((done) => child.on('close', done)), read(child.stdout), read(child.stderr)]);
	clearInterval(sampler);
	log.end();
	const wallMs = performance.now() - started;
	if (code !== 0) throw new Error(`the build of ${content} failed (exit ${code}); see ${logFile}`);
	return {
		wallMs,
		peakRss,
		cpuMs: childrenCpuMs() - cpu0,
		pages,
		phases: phasesFromLog(lines, wallMs),
		renderByKind: [...perKind].sort((a, b) => b[1].ms - a[1].ms).slice(0, 8),
		load: [load0, loadavg()[0] as number],
		log: logFile,
	};
}

/** Times the baseline script writing `pages` pages of `bytes` each from `content`. */
async function baseline(content: string, pages: number, bytes: number): Promise<number> {
	const out = join(WORK, 'baseline');
	rmSync(out, { recursive: true, force: true });
	const started = performance.now();
	const child = spawn(
		NODE,
		['scripts/bench/baseline.ts', '--content', content, '--out', out, '--pages', String(pages), '--bytes', String(bytes)],
		{ cwd: ROOT, stdio: 'inherit' },
	);
	const code = await new Promise<number | null>((done) => child.on('close', done));
	if (code !== 0) throw new Error('the baseline script failed');
	const ms = performance.now() - started;
	rmSync(out, { recursive: true, force: true });
	return ms;
}

/** Generates the catalogue of `size` products unless the same one is already there. */
async function catalogueOf(size: number, seed: number): Promise<string> {
	const dir = join(ROOT, `node_modules/.cache/ocop-bench-${size}`);
	const expected = `${JSON.stringify({ products: size, seed, pictures: true })}\n`;
	const marker = join(dir, MARKER);
	if (existsSync(marker) && readFileSync(marker, 'utf8') === expected) return dir;
	const started = performance.now();
	console.log(`Generating ${size} products into ${dir} …`);
	await generateCatalogue({ products: size, seed, out: dir });
	console.log(`  generated in ${((performance.now() - started) / 1000).toFixed(0)} s`);
	return dir;
}

/** Astro's cache folder for a content folder, as astro.config.mjs names it. */
function cacheDirOf(content: string): string {
	return join(ROOT, `node_modules/.astro/content-${content.replace(/[^a-z0-9]+/gi, '-')}`);
}

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const MB = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const int = (n: number) => n.toLocaleString('en-US');

/** One column of the table: a size, cold or warm, one run. */
interface Column {
	title: string;
	run: BuildRun;
	baselineMs: number;
	dist: DistStats;
	/** The media folder, when MEDIA_URL put the media apart. */
	media?: DistStats;
	/** Products built, the largest page of each kind, and a product page's average bytes. */
	products: number;
	largest: LargestPage[];
	productPage: number;
	/** The pages' folder by kind of file (scripts/bench/kinds.ts). */
	kinds: Map<string, KindSize>;
	/** What the service worker installs, and what saving the heaviest district stores (scripts/bench/offline.ts). */
	offline: OfflineFigures;
	visitor?: VisitorFigures;
}

/** The table of every column so far, as Markdown. */
function table(columns: Column[]): string {
	const rows: Array<[string, (c: Column) => string]> = [
		['pages (Astro)', (c) => int(c.run.pages)],
		['wall time, whole build', (c) => `${s(c.run.wallMs)} (×${(c.run.wallMs / c.baselineMs).toFixed(0)})`],
		['pages per second', (c) => (c.run.pages / (c.run.wallMs / 1000)).toFixed(1)],
		['baseline (plain Node, same pages)', (c) => s(c.baselineMs)],
		['CPU time, user + system', (c) => `${s(c.run.cpuMs)} (${(c.run.cpuMs / c.run.wallMs).toFixed(2)} cores busy)`],
		['peak RSS, process tree', (c) => MB(c.run.peakRss)],
		...Object.keys(columns[0]?.run.phases ?? {}).map(
			(phase) =>
				[
					`  ${phase}`,
					(c: Column) => `${(c.run.phases[phase] ?? 0).toFixed(1)} s (×${(((c.run.phases[phase] ?? 0) * 1000) / c.baselineMs).toFixed(1)})`,
				] as [string, (c: Column) => string],
		),
		['dist/ bytes (the pages)', (c) => MB(c.dist.bytes)],
		['dist/ files (the pages)', (c) => int(c.dist.files)],
		['media folder at MEDIA_URL, bytes (files)', (c) => (c.media ? `${MB(c.media.bytes)} (${int(c.media.files)})` : '– (in dist/)')],
		['HTML files (average size)', (c) => `${int(c.dist.htmlFiles)} (${kB(c.dist.htmlBytes / Math.max(1, c.dist.htmlFiles))})`],
		['product page, average HTML', (c) => kB(c.productPage)],
		[
			'heaviest page but a product: HTML gzip, elements',
			(c) => {
				const top = c.largest.filter((p) => p.kind !== 'product')[0];
				return top ? `${kB(top.html)}, ${int(top.elements)} (${top.kind})` : '–';
			},
		],
		['largest folder (entries)', (c) => `${c.dist.folder.path} (${int(c.dist.folder.entries)})`],
		['largest file', (c) => `${c.dist.file.path} (${kB(c.dist.file.bytes)})`],
		[
			'service worker install (shell): files, bytes (gzip)',
			(c) => `${int(c.offline.shell.files)}, ${kB(c.offline.shell.bytes)} (${kB(c.offline.shell.gzip)})`,
		],
		[
			'save for the trip, heaviest district (vi, phone 390 px ×3)',
			(c) =>
				c.offline.trip
					? `${c.offline.trip.name}: ${int(c.offline.trip.pages)} pages, ${int(c.offline.trip.pictures)} pictures, ${kB(c.offline.trip.bytes)}`
					: '–',
		],
		['search index (files)', (c) => `${MB(c.dist.pagefindBytes)} (${int(c.dist.pagefindFiles)})`],
		[
			'pf_meta per language (bytes a page)',
			(c) =>
				Object.entries(c.dist.pfMeta)
					.map(([lang, bytes]) => `${lang} ${kB(bytes)} (${(bytes / Math.max(1, c.products)).toFixed(2)})`)
					.join('; ') || '–',
		],
		[`first search "${QUERY}", sent`, (c) => (c.visitor ? kB(c.visitor.search.total) : '–')],
		[
			'  of it: pagefind index/meta/filters',
			(c) =>
				c.visitor
					? ['pagefind index', 'pagefind meta', 'pagefind filters'].map((k) => kB(c.visitor?.search.byKind[k] ?? 0)).join(' / ')
					: '–',
		],
		[
			'  of it: html / js+wasm / fonts / pictures',
			(c) =>
				c.visitor
					? [['html'], ['js', 'pagefind js', 'pagefind wasm'], ['fonts'], ['pictures']]
							.map((ks) => kB(ks.reduce((n, k) => n + (c.visitor?.search.byKind[k] ?? 0), 0)))
							.join(' / ')
					: '–',
		],
		[
			'query set, first search sent (page opened with ?q=)',
			(c) => (c.visitor ? c.visitor.querySet.map((v) => `${v.query} ${kB(v.total)}`).join('; ') : '–'),
		],
		[
			'then opening the filters (facet counts), sent',
			(c) => (c.visitor ? `${kB(c.visitor.filters.total)} (${c.visitor.filters.facetsWithCounts} values counted)` : '–'),
		],
		['product page HTML+CSS+JS gzip', (c) => (c.visitor ? kB(c.visitor.product.htmlCssJs) : '–')],
		['product page with cover and fonts', (c) => (c.visitor ? kB(c.visitor.product.total) : '–')],
		['load average (start → end)', (c) => `${c.run.load[0].toFixed(1)} → ${c.run.load[1].toFixed(1)}`],
	];
	const head = `| | ${columns.map((c) => c.title).join(' | ')} |\n| --- |${columns.map(() => ' --- |').join('')}`;
	return `${head}\n${rows.map(([name, cell]) => `| ${name} | ${columns.map(cell).join(' | ')} |`).join('\n')}`;
}

function limits(c: Column): string {
	const lines = hostChecks(c.dist).map((h) => `  ${h.pass ? 'pass' : 'FAIL'}  ${h.what}: ${int(h.value)} of ${int(h.limit)}`);
	lines.push(
		`  the largest page of each kind (HTML gzip ≤ ${BUDGETS.html / 1000} kB, ≤ ${int(BUDGETS.elements)} elements; HTML bytes in brackets):`,
		...formatLargestPages(c.largest).map((line) => `  ${line}`),
	);
	if (c.media) {
		lines.push(
			`  media folder (published at MEDIA_URL, e.g. object storage behind a CDN): ${MB(c.media.bytes)} in ${int(c.media.files)} files, largest folder ${c.media.folder.path} (${int(c.media.folder.entries)}), largest file ${kB(c.media.file.bytes)}`,
		);
	}
	if (c.visitor) {
		lines.push(
			`  ${c.visitor.search.total <= TARGETS.search ? 'pass' : 'FAIL'}  first search within ${kB(TARGETS.search)}: ${kB(c.visitor.search.total)}`,
		);
		const withCounts = c.visitor.search.total + c.visitor.filters.total;
		lines.push(
			`  ${withCounts <= TARGETS.search ? 'pass' : 'FAIL'}  first search and facet counts within ${kB(TARGETS.search)}: ${kB(withCounts)}`,
		);
		lines.push(
			`  ${c.visitor.product.total <= TARGETS.product ? 'pass' : 'FAIL'}  product page within ${kB(TARGETS.product)}: ${kB(c.visitor.product.total)}`,
		);
		lines.push(describeQuerySet(c.visitor.querySet));
	}
	return `${c.title}:\n${lines.join('\n')}`;
}

/**
 * The pages' folder kind by kind at the last size built, and each kind projected to PAGES_TARGET's
 * size and PROJECT_AT from every size built (a kind that does not grow in proportion shows it here).
 */
function kindsTable(columns: Column[]): string {
	const last = columns.at(-1);
	if (!last) return '';
	const points = columns.map((c) => ({ products: c.products, kinds: c.kinds }));
	const sizes = new Set(points.map((p) => p.products)).size;
	return [
		`the pages' folder by kind at ${int(last.products)} products, projected (${sizes > 1 ? 'linear fit of the sizes built' : 'in proportion to the one size built, scripts and styles kept as they are'}):`,
		formatKinds(
			last.kinds,
			last.products,
			[PAGES_TARGET.products, PROJECT_AT].map((at) => [at, projectKinds(points, at)]),
		),
		'',
	].join('\n');
}

/** The pages' folder projected to PROJECT_AT products and checked at PAGES_TARGET's size, from the sizes built so far. */
function projection(columns: Column[]): string {
	const points = columns.map((c) => ({ products: c.products, bytes: c.dist.bytes, files: c.dist.files }));
	const sizes = [...new Set(points.map((p) => p.products))].map(int).join(', ');
	const target = projectFolder(points, PAGES_TARGET.products);
	const ahead = projectFolder(points, PROJECT_AT);
	// Decimal megabytes here, as the hosts state their limits (1 GB = 1,000,000,000 bytes).
	const MB = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
	const how =
		ahead.fit === 'linear'
			? `linear fit of the sizes built (${sizes})`
			: `proportional to the one size built (${sizes}): build two sizes for a linear fit`;
	return [
		`pages' folder (dist/), ${how}:`,
		`  ${target.bytes <= PAGES_TARGET.bytes ? 'pass' : 'FAIL'}  at ${int(PAGES_TARGET.products)} products: ${MB(target.bytes)} in ${int(target.files)} files (target under ${MB(PAGES_TARGET.bytes)})`,
		`        at ${int(PROJECT_AT)} products: ${MB(ahead.bytes)} in ${int(ahead.files)} files (GitHub Pages 1 GB: ${ahead.bytes <= HOST_LIMITS.bytes.limit ? 'fits' : 'over'}; Cloudflare Pages 100,000 files: ${ahead.files <= HOST_LIMITS.files.limit ? 'fits' : 'over'})`,
		'',
	].join('\n');
}

async function main() {
	const { values } = parseArgs({
		options: {
			sizes: { type: 'string', default: '1000,5000,13000' },
			runs: { type: 'string', default: '1' },
			modes: { type: 'string', default: 'cold,warm' },
			content: { type: 'string' },
			seed: { type: 'string', default: '1' },
			'no-browser': { type: 'boolean', default: false },
			keep: { type: 'boolean', default: false },
			'fresh-output': { type: 'boolean', default: false },
			'media-url': { type: 'string', default: 'https://media.ocop.example.org/' },
		},
	});
	// With --content, the one size is that folder's number of products.
	const sizes = values.content ? [readdirSync(join(values.content, 'products')).length] : values.sizes.split(',').map(Number);
	const runs = Number(values.runs);
	const seed = Number(values.seed);
	if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes takes whole numbers, e.g. --sizes 1000,5000');
	const columns: Column[] = [];
	mkdirSync(WORK, { recursive: true });
	// The media's address, normalised as the build normalises it (config.ts), and their folder beside each output folder.
	const media = mediaUrl({ MEDIA_URL: values['media-url'] });
	const mediaFolderOf = (out: string) => (media ? mediaOutDir(out, { MEDIA_URL: media }) : undefined);
	/** Removes a build's output: its pages' folder and its media folder. */
	const removeOutput = (out: string) => {
		for (const folder of [out, mediaFolderOf(out)]) if (folder) rmSync(folder, { recursive: true, force: true });
	};
	for (const size of sizes) {
		const content = values.content ?? (await catalogueOf(size, seed));
		for (let r = 1; r <= runs; r++) {
			for (const mode of values.modes.split(',') as Array<'cold' | 'warm'>) {
				const out = join(WORK, `dist-${size}`);
				const mediaOut = mediaFolderOf(out);
				if (mode === 'cold') rmSync(cacheDirOf(content), { recursive: true, force: true });
				if (mode === 'cold' || values['fresh-output']) removeOutput(out);
				const kept = mode === 'warm' && existsSync(out);
				const title = `${int(size)} ${mode}${runs > 1 ? ` #${r}` : ''}${mode === 'warm' ? (kept ? ', dist/ kept' : ', no dist/') : ''}`;
				console.log(`\nBuilding ${title} (load average ${loadavg()[0]?.toFixed(1)}) …`);
				const run = await build(content, out, join(WORK, `build-${size}-${mode}-${r}.log`), media ?? '');
				const dist = distStats(out);
				const mediaStats = mediaOut ? distStats(mediaOut) : undefined;
				const largest = largestPages(out);
				const offline = offlineFigures(out);
				const productPage = productPageBytes(out);
				const kinds = folderKinds(out);
				const baselineMs = await baseline(content, dist.htmlFiles, Math.round(dist.htmlBytes / Math.max(1, dist.htmlFiles)));
				// The output of a cold and a warm build is the same: the visitor is measured once, on the last.
				const last = mode === values.modes.split(',').at(-1);
				const visitor =
					values['no-browser'] || !last
						? undefined
						: await measureVisitor(out, undefined, media && mediaOut ? { url: media, dir: mediaOut } : undefined);
				const column: Column = {
					title,
					run,
					baselineMs,
					dist,
					products: size,
					largest,
					offline,
					productPage,
					kinds,
					...(mediaStats ? { media: mediaStats } : {}),
					...(visitor ? { visitor } : {}),
				};
				columns.push(column);
				console.log(`  ${s(run.wallMs)}, CPU ${s(run.cpuMs)}, ${int(run.pages)} pages, peak ${MB(run.peakRss)}; log: ${run.log}`);
				console.log("  render time by route (sum of Astro's per-page times, both languages):");
				for (const [kind, { pages, ms }] of run.renderByKind)
					console.log(
						`    ${kind.padEnd(24)} ${String(pages).padStart(6)} pages ${s(ms).padStart(9)} ${(ms / pages).toFixed(1).padStart(6)} ms/page`,
					);
				console.log(limits(column));
			}
		}
		if (!values.keep) removeOutput(join(WORK, `dist-${size}`));
		console.log(`\n${table(columns)}\n`);
		console.log(kindsTable(columns));
		console.log(projection(columns));
	}
	if (runs > 1) {
		console.log('noise (min – max over runs):');
		for (const size of sizes) {
			for (const mode of ['cold', 'warm']) {
				const list = columns.filter((c) => c.title.startsWith(`${int(size)} ${mode}`));
				if (list.length === 0) continue; // that mode was not run (--modes)
				const walls = list.map((c) => c.run.wallMs);
				const ratios = list.map((c) => c.run.wallMs / c.baselineMs);
				const rss = list.map((c) => c.run.peakRss);
				const cpu = list.map((c) => c.run.cpuMs);
				console.log(
					`  ${int(size)} ${mode}: wall ${s(Math.min(...walls))} – ${s(Math.max(...walls))}, CPU ${s(Math.min(...cpu))} – ${s(Math.max(...cpu))}, ratio ×${Math.min(...ratios).toFixed(0)} – ×${Math.max(...ratios).toFixed(0)}, peak RSS ${MB(Math.min(...rss))} – ${MB(Math.max(...rss))}`,
				);
			}
		}
	}
}

if (import.meta.main) await main();
