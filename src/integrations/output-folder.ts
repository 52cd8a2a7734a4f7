/**
 * Keeps the output folder between builds instead of emptying it, and removes at the end of a
 * build every file that build did not produce.
 *
 * Why: with `experimental.incrementalBuild`, a page whose key and code are unchanged is not
 * rendered; Astro copies its last output from the cache folder, or leaves it alone when the file
 * is already in the output folder. Astro empties the output folder first, so at 13,000 products
 * every build deleted and then copied back about 78,000 unchanged pages (0.9 GB).
 *
 * - **Start of a build:** Vite is told not to empty the folder (`emptyOutDir: false`). If the folder
 *   was last built from this cache folder (recorded in OWNERS_FILE), it is used as it is. Otherwise
 *   (no folder yet, a fresh checkout, CI, a build of another content folder into the same place) it is emptied,
 *   and the pages kept in Astro's cache folder are hard-linked into it, so that Astro finds them
 *   there instead of copying them.
 * - **End of a build (this integration runs last):** every file of the folder (and of the media
 *   folder, when MEDIA_URL puts the media apart) that this build did not write, link or keep is deleted: a page Astro kept is one of the build's `assets`, and every
 *   other file the build wrote or linked has a change time after the build started. So a removed
 *   product's page, an old script bundle or an old index chunk never stays published.
 *
 * A failed build is never recorded as the folder's owner (and scripts/build.mjs deletes the folder),
 * so the next build starts clean.
 *
 * Kept pages are checked like the other caches (src/lib/build/cache-seal.ts): Astro keeps a page's output
 * as it finds it, and restores it from its cache folder when it is gone, without looking at either.
 * At the end of a build every page Astro lists is made a hard link of its cached copy and recorded
 * in the copies' manifest; at the start of the next, each copy is checked against it (its size; its
 * hash when its time changed), and a damaged or missing copy is deleted with the page, so that Astro
 * renders the page again; a page that is not its copy's link (replaced by another file) is deleted,
 * so that Astro restores it from the checked copy.
 */
import type { AstroIntegration } from 'astro';
import {
	copyFileSync,
	existsSync,
	linkSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmdirSync,
	rmSync,
	statSync,
	unlinkSync,
	writeFileSync,
} from 'node:fs';
import { link, mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pMap from 'p-map';
import { setTimeout as sleep } from 'node:timers/promises';
import { mediaOutDir } from '../lib/config.ts';
import { CACHE_KINDS, CacheSeal, checkTimingLine, damageWarning, MANIFEST, type Damage } from '../lib/build/cache-seal.ts';

/** Which cache folder last built each output folder, for the whole project (one file for every content folder). */
export const OWNERS_FILE = 'node_modules/.astro/output-owners.json';

/** The folder, inside Astro's cache folder, where the incremental build keeps its copy of each page. */
const CACHED_PAGES = 'dist';

/**
 * Puts the cached file `from` at `to` in the output folder: a hard link (no bytes copied), or a
 * copy when the cache is on another disk. Whatever was at `to` is removed first: the folder is
 * kept between builds, and a link onto the same file would fail and leave its change time old, so
 * the end-of-build sweep would take it for a leftover.
 */
export function placeFile(from: string, to: string) {
	rmSync(to, { force: true });
	try {
		linkSync(from, to);
	} catch {
		copyFileSync(from, to);
	}
}

/** Makes the folder of each of `files` (absolute paths), each folder once. */
export function makeFoldersFor(files: Iterable<string>) {
	for (const folder of new Set(Array.from(files, (file) => dirname(file)))) mkdirSync(folder, { recursive: true });
}

/**
 * Every file under `dir`, as paths relative to it. Walked by hand: Node's `readdirSync(dir,
 * { recursive: true })` took 2-3 times as long on an output folder of 160,000 files, most of them
 * alone in their page's folder.
 */
export function filesUnder(dir: string): string[] {
	const files: string[] = [];
	const walk = (folder: string, prefix: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			if (entry.isDirectory()) walk(join(folder, entry.name), `${prefix}${entry.name}/`);
			else if (entry.isFile()) files.push(`${prefix}${entry.name}`);
		}
	};
	if (existsSync(dir)) walk(dir, '');
	return files;
}

function readOwners(file: string): Record<string, string> {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
	} catch {
		return {};
	}
}

function writeOwners(file: string, owners: Record<string, string>) {
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, JSON.stringify(owners, null, '\t'));
}

/** Empties `dir` (keeping the folder itself). */
function empty(dir: string) {
	if (!existsSync(dir)) return;
	for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true, force: true });
}

/**
 * Hard-links every file of `from` into `to` at the same path; returns how many. Copies nothing.
 * The links are made a few at a time on libuv's threads, not one after the other on the main thread
 * (figures: docs/performance.md, "Measured figures behind the code").
 */
export async function linkTree(from: string, to: string): Promise<number> {
	// The folder's manifest (src/lib/build/cache-seal.ts) is the cache's, not a page.
	const files = filesUnder(from).filter((path) => path !== MANIFEST);
	// Folders first, each level after its parents, 8 at a time: one page is one folder (mkdir -p one
	// after the other was most of this step: docs/performance.md, "Measured figures behind the code").
	const levels = new Map<number, Set<string>>();
	for (const path of files) {
		const parts = path.split('/').slice(0, -1);
		for (let depth = 1; depth <= parts.length; depth++) {
			const level = levels.get(depth) ?? new Set<string>();
			level.add(parts.slice(0, depth).join('/'));
			levels.set(depth, level);
		}
	}
	mkdirSync(to, { recursive: true });
	for (const depth of [...levels.keys()].sort((a, b) => a - b)) {
		await pMap(
			levels.get(depth) ?? [],
			(folder) =>
				mkdir(join(to, folder)).catch((error: NodeJS.ErrnoException) => {
					if (error.code !== 'EEXIST') throw error;
				}),
			{ concurrency: 8 },
		);
	}
	let linked = 0;
	await pMap(
		files,
		async (path) => {
			try {
				await link(join(from, path), join(to, path));
				linked++;
			} catch {
				// Another disk, or no hard links: Astro copies the page itself when it needs it.
			}
		},
		{ concurrency: 8 },
	);
	return linked;
}

/** Astro's record, in its cache folder, of the pages its incremental build rendered or kept. */
const INCREMENTAL_MANIFEST = 'incremental-build.json';

/** The output files (paths relative to the output folder) that Astro's incremental manifest lists; none when it is missing or unreadable. */
export function manifestOutputs(file: string): Set<string> {
	try {
		const data = JSON.parse(readFileSync(file, 'utf8')) as {
			routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>;
		};
		return new Set(
			Object.values(data.routes ?? {}).flatMap((route) =>
				Object.values(route.paths ?? {}).flatMap((p) => (p.outputFile ? [p.outputFile] : [])),
			),
		);
	} catch {
		return new Set();
	}
}

/**
 * Deletes every file under `dir` that is neither in `keep` (absolute paths) nor changed since
 * `since` (ms since the epoch, compared with the file's change time, which writing, copying,
 * renaming and hard-linking all set), then the folders left empty. Returns the paths deleted,
 * relative to `dir`.
 *
 * `dropped` (paths relative to `dir`) are the pages of routes this build no longer has, which Astro
 * pruned from its cache folder: they go unless kept or written by this build (contents newer than
 * `since`), whatever their change time. Pages are hard links to the cached files, and deleting one
 * name of a file changes the change time of all its names: a removed page would look new.
 */
export function sweep(dir: string, keep: ReadonlySet<string>, since: number, dropped: ReadonlySet<string> = new Set()): string[] {
	const removed: string[] = [];
	for (const path of filesUnder(dir)) {
		const file = join(dir, path);
		if (keep.has(file)) continue;
		const stat = statSync(file);
		if (stat.ctimeMs >= since && !(dropped.has(path) && stat.mtimeMs < since)) continue;
		unlinkSync(file);
		removed.push(path);
	}
	const folders = new Set(removed.map((p) => dirname(join(dir, p))));
	for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
		for (let f = folder; f.startsWith(dir) && f !== dir; f = dirname(f)) {
			try {
				rmdirSync(f); // only when empty
			} catch {
				break;
			}
		}
	}
	return removed;
}

/** The kind of the kept pages in the cache's timings and warnings (src/lib/build/cache-seal.ts). */
const KEPT_PAGES = CACHE_KINDS.dist;

/**
 * Checks the cached copy of each page in `outputs` (paths relative to the output folder) against the
 * copies' manifest: a damaged or missing copy is deleted with its page in `outDir`, so that Astro
 * renders the page again; a page that exists but is not a hard link of its copy is deleted, so that
 * Astro restores it from the copy just checked. Returns the damaged copies.
 */
export function checkKeptPages(seal: CacheSeal, outputs: Iterable<string>, outDir: string) {
	const damaged: Damage[] = [];
	for (const path of outputs) {
		const cached = join(seal.folder, path);
		const page = join(outDir, path);
		const damage = seal.check(cached);
		if (damage) {
			damaged.push(damage);
			rmSync(page, { force: true });
			continue;
		}
		const pageStat = statSync(page, { throwIfNoEntry: false });
		if (!pageStat) continue;
		const cachedStat = statSync(cached, { throwIfNoEntry: false });
		if (!cachedStat || pageStat.ino !== cachedStat.ino || pageStat.dev !== cachedStat.dev) rmSync(page, { force: true });
	}
	return damaged;
}

/**
 * Makes each page in `outputs` a hard link of its cached copy (a copy where links cannot be made)
 * and records the copies in their manifest, which then lists only these.
 */
export function sealKeptPages(seal: CacheSeal, outputs: Iterable<string>, outDir: string) {
	const recorded: string[] = [];
	for (const path of outputs) {
		const cached = join(seal.folder, path);
		const page = join(outDir, path);
		const cachedStat = statSync(cached, { throwIfNoEntry: false });
		if (!cachedStat) continue;
		const pageStat = statSync(page, { throwIfNoEntry: false });
		// Astro wrote the page and its copy as two files (or restored the page by copying): one file
		// is checked for both from now on. Their bytes are the same (Astro wrote one body twice).
		if (pageStat && (pageStat.ino !== cachedStat.ino || pageStat.dev !== cachedStat.dev)) placeFile(cached, page);
		seal.record(cached);
		recorded.push(cached);
	}
	seal.retain(recorded);
	seal.save();
}

/** The integration; list it last, so that its end-of-build sweep runs after every other integration has written its files. */
export function outputFolder(): AstroIntegration {
	let root = '';
	let cacheDir = '';
	let outDir = '';
	let since = 0;
	let cachedBefore = new Set<string>();
	return {
		name: 'ocop:output-folder',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { build: { emptyOutDir: false } } });
			},
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				cacheDir = resolve(fileURLToPath(config.cacheDir));
				outDir = resolve(fileURLToPath(config.outDir));
			},
			'astro:build:start': async ({ logger }) => {
				const ownersFile = join(root, OWNERS_FILE);
				const owners = readOwners(ownersFile);
				if (owners[outDir] !== cacheDir || !existsSync(outDir)) {
					const started = performance.now();
					empty(outDir);
					// The media folder (MEDIA_URL, config.ts) is filled by this build's integrations alone.
					if (mediaOutDir(outDir) !== outDir) empty(mediaOutDir(outDir));
					const linked = await linkTree(join(cacheDir, CACHED_PAGES), outDir);
					logger.info(
						`${relative(root, outDir) || '.'}/ started afresh (it was missing or not built from ${relative(root, cacheDir)}/): ${linked} cached pages linked in, in ${Math.round(performance.now() - started)} ms`,
					);
				}
				// The pages Astro's cache held before this build: those it no longer lists at the end were pruned.
				cachedBefore = manifestOutputs(join(cacheDir, INCREMENTAL_MANIFEST));
				// Checked before Astro decides what to keep: a damaged copy is rendered again, never published.
				const seal = new CacheSeal(join(cacheDir, CACHED_PAGES), KEPT_PAGES);
				for (const damage of checkKeptPages(seal, cachedBefore, outDir)) logger.warn(damageWarning(damage));
				seal.save();
				// Until this build ends well, the folder belongs to no one.
				delete owners[outDir];
				writeOwners(ownersFile, owners);
				// Change times are kept with a coarse clock: leave a gap between the files linked above
				// (older) and everything this build writes (newer).
				await sleep(60);
				since = Date.now() - 30;
			},
			'astro:build:done': ({ dir, assets, logger }) => {
				const started = performance.now();
				const out = resolve(fileURLToPath(dir));
				const keep = new Set([...assets.values()].flat().map((url) => resolve(fileURLToPath(url))));
				const cachedAfter = manifestOutputs(join(cacheDir, INCREMENTAL_MANIFEST));
				const dropped = new Set([...cachedBefore].filter((path) => !cachedAfter.has(path)));
				sealKeptPages(new CacheSeal(join(cacheDir, CACHED_PAGES), KEPT_PAGES), cachedAfter, out);
				const removed = sweep(out, keep, since, dropped);
				// When the media are published apart (MEDIA_URL), their folder is swept the same way (it holds no pages).
				const media = mediaOutDir(out);
				if (media !== out) removed.push(...sweep(media, keep, since).map((path) => join(relative(out, media), path)));
				const ownersFile = join(root, OWNERS_FILE);
				writeOwners(ownersFile, { ...readOwners(ownersFile), [out]: cacheDir });
				logger.info(
					`${removed.length} files of an earlier build removed${removed.length ? ` (${removed.slice(0, 3).join(', ')}${removed.length > 3 ? ', …' : ''})` : ''}, kept pages linked to their checked copies, in ${Math.round(performance.now() - started)} ms`,
				);
				// What checking each kind of cache cost this build (the search index's own, later, in its line).
				const checked = checkTimingLine();
				if (checked) logger.info(checked);
			},
		},
	};
}
