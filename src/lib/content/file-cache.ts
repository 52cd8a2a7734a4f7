/**
 * What was read from the content files, kept between runs, so that a file that has not changed is
 * not read and parsed again: at 13,000 products a full read is 42,000 files and most of the content
 * check's time. A cached value is used only when the file is provably the same:
 *
 * - its size, modification time, change time and inode are those it had when it was read (the test
 *   git uses for its index; the change time cannot be set back by tools that restore a modification
 *   time, such as `cp -p` or `rsync -t`);
 * - and it was not modified within `RACY_MS` of the moment the cache was written (a file changed
 *   twice within one tick of a coarse clock would otherwise look unchanged: git calls it racily clean);
 * - otherwise its bytes are read and compared by hash with those of the cached value, so a fresh
 *   checkout (new times, same bytes: CI restoring Astro's cache folder) still skips parsing.
 *
 * The cache is one file in Astro's cache folder (`node_modules/.astro`, see `checkCacheFile()`),
 * written with `node:v8` (faster than JSON for this size, and it keeps Maps and Dates). Entries not
 * used by a run are dropped when it is saved, so the file follows the content; a run that parsed only
 * a few files again does not rewrite it (`SAVE_AFTER`). Nothing here knows
 * what the values are: `content-files.ts` decides what to keep.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, type Stats } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { resolve } from 'node:path';
import { writeFileWhole } from '../write-file.ts';
import { codeHash } from '../build/code-hash.ts';

/**
 * The code that makes the cached values (the readers of src/lib/content/files.ts and what they import,
 * this file included): a cache written by other code is not read (src/lib/build/code-hash.ts).
 */
export const PARSED_BY = ['src/lib/content/files.ts', 'src/lib/content/file-cache.ts'];
const PROJECT = resolve(import.meta.dirname, '../../..');
let parsedByHash: string | undefined;
const parsedBy = () => (parsedByHash ??= codeHash(PARSED_BY, PROJECT));
/** The cache is written again when at least this many values (or 1 % of them) were made again or renewed. */
export const SAVE_AFTER = 256;
/** A file modified this close to the cache's writing (or later) is not trusted by its times alone. */
export const RACY_MS = 2000;

/** What identifies a version of a file without reading it. */
export interface Stamp {
	size: number;
	mtimeMs: number;
	ctimeMs: number;
	ino: number;
}

interface Cached extends Stamp {
	/** Hash of the file's bytes, when the value was made from them (not for directory listings). */
	hash?: string;
	value: unknown;
}

interface CacheFile {
	version: string;
	/** Date.now() when the cache was written. */
	savedAt: number;
	entries: Map<string, Cached>;
}

export const stampOf = (s: Stamp): Stamp => ({ size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino });
export const sameStamp = (a: Stamp, b: Stamp) => a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;

/** The hash cached values are compared by when a file's times changed. */
export const hashOf = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('base64');

/** A cache of values made from files, by kind (what was made) and path. */
export class FileCache {
	private readonly old: Map<string, Cached>;
	private readonly savedAt: number;
	private readonly used = new Map<string, Cached>();
	/** Kinds of values this run asked for: entries of other kinds (picture headers, when a build reads none) are kept as they were. */
	private readonly kinds = new Set<string>();
	private changed = false;
	/** Values made again, or found again by their bytes, in this run. */
	private renewed = 0;
	/** Counts, for the bench and the tests: values taken from the cache, and values made again. */
	hits = 0;
	misses = 0;

	/** Reads the cache at `file`; an absent, old or unreadable cache is an empty one. Without `file`, nothing is kept. */
	readonly file: string | undefined;

	constructor(file?: string) {
		this.file = file;
		let loaded: CacheFile | undefined;
		if (file) {
			try {
				const c = deserialize(readFileSync(file)) as CacheFile;
				if (c && c.version === parsedBy() && c.entries instanceof Map) loaded = c;
			} catch {
				// absent or damaged: start afresh
			}
		}
		this.old = loaded?.entries ?? new Map();
		this.savedAt = loaded?.savedAt ?? 0;
	}

	/**
	 * The value cached for `path` if the file, whose stat is `stats`, is unchanged by its times;
	 * undefined otherwise (then call `byBytes` or make the value and `set` it).
	 */
	get<T>(kind: string, path: string, stats: Stats): T | undefined {
		this.kinds.add(kind);
		const key = `${kind}\0${path}`;
		const c = this.old.get(key);
		if (c && sameStamp(c, stats) && stats.mtimeMs < this.savedAt - RACY_MS) {
			this.used.set(key, c);
			this.hits++;
			return c.value as T;
		}
		return undefined;
	}

	/** The value cached for `path` if it was made from the same bytes (its times changed, its content did not). */
	byBytes<T>(kind: string, path: string, stats: Stats, bytes: Uint8Array): { value: T | undefined; hash: string } {
		const key = `${kind}\0${path}`;
		const c = this.old.get(key);
		const hash = hashOf(bytes);
		if (c?.hash !== undefined && c.hash === hash && c.size === stats.size) {
			this.used.set(key, { ...stampOf(stats), hash, value: c.value });
			this.changed = true;
			this.renewed++;
			this.hits++;
			return { value: c.value as T, hash };
		}
		return { value: undefined, hash };
	}

	/** Keeps `value`, made from the file `path` as of `stats` (and from bytes of hash `hash`, if any). */
	set(kind: string, path: string, stats: Stats, value: unknown, hash?: string): void {
		this.kinds.add(kind);
		this.used.set(`${kind}\0${path}`, { ...stampOf(stats), ...(hash !== undefined ? { hash } : {}), value });
		this.changed = true;
		this.renewed++;
		this.misses++;
	}

	/** Notes that this run's result depends on the file or folder `path` (a listing, a file read without caching a value). */
	note(path: string, stats: Stats = statSync(path)): void {
		this.used.set(`seen\0${path}`, { ...stampOf(stats), value: null });
	}

	/** Every file and folder this run read (or noted), with the stamp it had: what a result made from them depends on. */
	stamps(): Map<string, Stamp> {
		const byPath = new Map<string, Stamp>();
		for (const [key, c] of this.used) byPath.set(key.slice(key.indexOf('\0') + 1), stampOf(c));
		return byPath;
	}

	/** Writes the values used or made by this run (atomically: a crash leaves the old cache or none). */
	save(): void {
		if (!this.file) return;
		const entries = new Map(this.used);
		for (const [key, c] of this.old) if (!this.kinds.has(key.slice(0, key.indexOf('\0'))) && !entries.has(key)) entries.set(key, c);
		if (!this.changed && entries.size === this.old.size) return;
		// Rewriting tens of megabytes for a few edited files costs more than parsing them again next
		// time: the cache is rewritten once enough of it is stale.
		if (this.old.size && this.renewed < SAVE_AFTER && this.renewed * 100 < this.old.size) return;
		const data: CacheFile = { version: parsedBy(), savedAt: Date.now(), entries };
		writeAtomically(this.file, data);
	}
}

/** Writes `value` to `file` with node:v8, atomically: a crash or a concurrent run leaves the old file or the new one, never half of one. */
export function writeAtomically(file: string, value: unknown): void {
	try {
		writeFileWhole(file, serialize(value));
	} catch {
		// A cache that cannot be written (a read-only checkout) only costs time.
	}
}
