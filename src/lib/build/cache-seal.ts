/**
 * Cached files are checked before a build publishes them. Each cache folder whose files a build
 * links or copies into the site (pictures, social previews, QR files, stories' HTML) keeps a
 * manifest, `.manifest.json`, with each file's size, modification time and a hash of its bytes,
 * recorded when the file was made. Before the build uses the folder, every file it needs is checked:
 *
 * - its size must be the recorded one (a file cut short by a full disk or a cache restore broken
 *   off; a stat, so every build does it);
 * - when its modification time is not the recorded one, its bytes are hashed and compared (garbage
 *   written over it, an edit by hand); an untouched file is not read, as git trusts its index;
 * - `npm run verify-cache` (scripts/verify-cache.ts) hashes every file whatever its times, for CI
 *   after it restores the cache (a restore sets new times anyway, so the next build hashes too).
 *
 * A file that fails is deleted, named in one warning line, and made again by the build; a file
 * the manifest does not know (made before there were manifests) is recorded as it is.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { writeFileWhole } from '../write-file.ts';

/** The manifest's file name in its cache folder. */
export const MANIFEST = '.manifest.json';

/** What the manifest records of a file: size, modification time (ms), hash of the bytes. */
type Seal = [size: number, mtimeMs: number, hash: string];

/** How a cached file failed its check. */
export interface Damage {
	file: string;
	reason: string;
}

const hashBytes = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('base64url');

/**
 * Every kind of cached file a build publishes, by the folder under Astro's cache folder that holds
 * it: the name each integration gives its manifest's files in the timing line and `npm run verify-cache`.
 */
export const CACHE_KINDS = {
	pictures: 'pictures',
	'social-images': 'social previews',
	qr: 'QR files',
	stories: 'stories',
	'search-index': 'search index',
	dist: 'kept pages',
} as const;

/** The kind of the files of `folder`, a folder under the cache folder `root`: its first part's (CACHE_KINDS), else the folder's own path. */
export function cacheKindOf(root: string, folder: string): string {
	const path = relative(root, folder).split(sep).join('/');
	const first = path.split('/')[0] ?? '';
	return Object.hasOwn(CACHE_KINDS, first) ? CACHE_KINDS[first as keyof typeof CACHE_KINDS] : path;
}

/** What checking one kind of cached file cost in this process: files checked, damaged, milliseconds. */
export interface CheckTiming {
	files: number;
	damaged: number;
	ms: number;
}

/**
 * The timings by kind, on `globalThis`: the content config (stories) runs in a copy of this module
 * that Vite loads, the integrations in Node's; both add to the same figures.
 */
const TIMINGS = Symbol.for('ocop.cache-seal.timings');
function timings(): Map<string, CheckTiming> {
	const store = globalThis as { [TIMINGS]?: Map<string, CheckTiming> };
	return (store[TIMINGS] ??= new Map());
}

/** The time each kind of cached file took to check in this process so far, in the order first checked. */
export function checkTimings(): ReadonlyMap<string, CheckTiming> {
	return timings();
}

/**
 * One log line of what checking each kind of cache cost (`<what> in 20 ms: pictures 1,200 files
 * 14 ms, …`); empty when nothing was checked.
 */
export function checkTimingLine(what = 'cache checked before publishing', list: ReadonlyMap<string, CheckTiming> = checkTimings()): string {
	if (list.size === 0) return '';
	const parts = [...list].map(
		([kind, t]) => `${kind} ${t.files.toLocaleString('en')} files ${Math.round(t.ms)} ms${t.damaged ? ` (${t.damaged} damaged)` : ''}`,
	);
	const total = [...list.values()].reduce((n, t) => n + t.ms, 0);
	return `${what} in ${Math.round(total)} ms: ${parts.join(', ')}`;
}

/** The manifest of one cache folder. */
export class CacheSeal {
	readonly folder: string;
	/** What kind of file the folder holds (`pictures`, `pages`…), for the build's timing line. */
	readonly kind: string;
	private readonly seals: Map<string, Seal>;
	/** Files checked sound by this run: `record` need not look at them again. */
	private readonly sound = new Set<string>();
	private changed = false;

	constructor(folder: string, kind = basename(folder)) {
		this.folder = folder;
		this.kind = kind;
		let seals = new Map<string, Seal>();
		try {
			seals = new Map(Object.entries(JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8')) as Record<string, Seal>));
		} catch {
			// no manifest yet, or a damaged one: every file is recorded afresh
		}
		this.seals = seals;
	}

	private key(file: string) {
		return relative(this.folder, file);
	}

	/**
	 * Checks `file` against its record; a damaged file is deleted (so the build makes it again) and
	 * returned. `full`: hash the bytes even when the times match. A recorded file that is gone is
	 * reported too (the build makes it again); a file the manifest does not know is not (`record`
	 * records it).
	 */
	check(file: string, full = false): Damage | undefined {
		const started = performance.now();
		const damage = this.verify(file, full);
		const timing = timings().get(this.kind) ?? { files: 0, damaged: 0, ms: 0 };
		timing.files++;
		if (damage) timing.damaged++;
		timing.ms += performance.now() - started;
		timings().set(this.kind, timing);
		return damage;
	}

	private verify(file: string, full: boolean): Damage | undefined {
		const seal = this.seals.get(this.key(file));
		if (!seal) return undefined;
		let size: number;
		let mtimeMs: number;
		try {
			({ size, mtimeMs } = statSync(file));
		} catch {
			this.seals.delete(this.key(file));
			this.changed = true;
			return { file, reason: 'missing' };
		}
		let reason: string | undefined;
		if (size !== seal[0]) reason = `${size} bytes, ${seal[0]} recorded`;
		else if (full || mtimeMs !== seal[1]) {
			if (hashBytes(readFileSync(file)) !== seal[2]) reason = 'its bytes are not those recorded';
			else if (mtimeMs !== seal[1]) {
				seal[1] = mtimeMs;
				this.changed = true;
			}
		}
		if (!reason) {
			this.sound.add(this.key(file));
			return undefined;
		}
		rmSync(file, { force: true });
		this.seals.delete(this.key(file));
		this.changed = true;
		return { file, reason };
	}

	/** Checks each of `files`; returns the damaged ones (deleted). */
	checkAll(files: Iterable<string>, full = false): Damage[] {
		const damaged: Damage[] = [];
		for (const file of files) {
			const d = this.check(file, full);
			if (d) damaged.push(d);
		}
		return damaged;
	}

	/** Records `file` as it is now (`bytes`, when the caller has them, saves reading it), unless its record already matches. */
	record(file: string, bytes?: Uint8Array | string): void {
		const key = this.key(file);
		if (bytes === undefined && this.sound.has(key)) return;
		const { size, mtimeMs } = statSync(file);
		const seal = this.seals.get(key);
		if (bytes === undefined && seal && seal[0] === size && seal[1] === mtimeMs) return;
		const data = bytes === undefined ? readFileSync(file) : typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
		this.seals.set(key, [size, mtimeMs, hashBytes(data)]);
		this.changed = true;
	}

	/** Drops the records of files that are not in `keep` (the folder's files no build needs any more). */
	retain(keep: Iterable<string>): void {
		const wanted = new Set(Array.from(keep, (file) => this.key(file)));
		for (const key of this.seals.keys())
			if (!wanted.has(key)) {
				this.seals.delete(key);
				this.changed = true;
			}
	}

	/** Every file the manifest records, absolute. */
	files(): string[] {
		return [...this.seals.keys()].map((key) => join(this.folder, key));
	}

	/** Writes the manifest if anything changed (whole, under a temporary name). */
	save(): void {
		if (!this.changed) return;
		writeFileWhole(join(this.folder, MANIFEST), JSON.stringify(Object.fromEntries(this.seals)));
		this.changed = false;
	}
}

/** The one warning line of a damaged cache file, in both languages. */
export function damageWarning(d: Damage): string {
	return `tệp bộ nhớ đệm hỏng, đã bỏ và làm lại / damaged cache file, removed and made again: ${d.file} (${d.reason})`;
}
