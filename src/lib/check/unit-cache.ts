/**
 * The content check's findings kept between runs, by unit (a product folder, a data file or a list
 * file, see `listUnits` in content-layout.ts): after an edit, only the units that changed are read and
 * checked again, then the cross-file rules run over what every unit keeps for them (`crossCheck` in
 * content-index.ts); when nothing changed, the last report is printed as it was, without loading the
 * schemas, the parsers or the rules.
 *
 * A unit's findings are reused only while every file it read is unchanged: the same size,
 * modification time, change time and inode as when it was read (git's test; the change time cannot
 * be set back by tools that restore a modification time), and not modified within `RACY_MS` of the
 * moment the cache was written. The folders are listed on every run, so a unit added or removed is
 * seen, and a product folder's own times change when a file in it is added, removed or renamed. The
 * findings also depend on the check's code and options: the cache holds for one hash of `src/lib/**`
 * and `package-lock.json`, one day (`asOf`), one content folder and the picture option.
 *
 * One file in Astro's cache folder (`content-check-units.bin`, see `readCache`): the paths and their
 * stamps; the findings in blocks of `CHUNK` units, each unit as JSON (which V8 parses several times
 * faster than node:v8 decodes the same objects) with each problem's sort key, and each problem's
 * whole JSON apart, decoded only when it is printed (at 13,000 products most of 7,500 warnings are
 * only counted), then what the cross-file rules and the summary read of each unit's entries, and
 * their places in the index (`indexKeys`), each part read only when used; and the last report, as
 * places in those blocks with each problem's rank (merge.ts). A run re-encodes only the blocks
 * whose units changed. After an edit that leaves the index's keys as they were, the edited units'
 * findings are merged into that report (`checkFew` in cli.ts): the other units are indexed from
 * their places, their fields read only where a rule looks at them, and their problems restored only
 * in the edited units' blocks.
 */
import { closeSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileSource, listUnits, productFilesRead, unitEntryId, unitEntryRef, type ContentUnit } from '../content/layout.ts';
import type { AnyRefEntry, CrossEntry, EntryKind, UnitEntry, UnitResult } from './content-index.ts';
import { RACY_MS, sameStamp } from '../content/file-cache.ts';
import { indexKeys } from './places.ts';
import { fullProblem, type AnyProblem, type KeptProblem, type ProductFact, type Rank, type Ranked } from './merge.ts';
import type { Summary } from './summary.ts';
import type { Problem, RawRef, Severity, Source } from './types.ts';
import { codeHash } from '../build/code-hash.ts';

/** Units per block of stored findings. */
export const CHUNK = 512;

/** What a full check found. */
export interface CheckResult {
	problems: AnyProblem[];
	summary: Summary;
	/** Product folders read. */
	products: number;
	/** The rank of each problem (merge.ts), when found in this run: kept so that a later run can merge its findings in. */
	ranks?: Rank[];
	/** True when the findings of the units checked again were merged into the last report. */
	merged?: boolean;
}

/**
 * A problem as its block's JSON keeps it: what sorting, counting and choosing need, and the number of
 * its whole JSON among the block's texts (decoded only if it is printed).
 */
type StoredKey = [file: string, line: number | null, id: string, error: 0 | 1, text: number];

/** What is kept of what the rules of scope `entry` found on a unit's entry (as JSON; empty parts left out). */
interface StoredEntry {
	found?: Array<[number, StoredKey[]]>;
}

/** What is kept of a unit's problems (as JSON; empty parts left out). */
interface StoredUnit {
	own?: StoredKey[];
	entries: StoredEntry[];
}

/**
 * What the cross-file rules and the summary need of a unit's entry, kept apart from its problems (a
 * run after an edit reads it for every unit, and the problems only for the edited units' blocks).
 */
interface IndexedEntry {
	/** Its file and id, when they are not the unit's own (entries of list files). */
	raw?: Pick<RawRef, 'file' | 'id' | 'at'>;
	refs?: Record<string, unknown>;
	fact?: ProductFact;
}

/** What the cross-file rules and the summary need of a unit: its entries, and the files of a product folder without product.yaml. */
type IndexedUnit = [entries: IndexedEntry[], strays?: string[]];

/**
 * The report of the run that wrote the cache, in order: each problem's key, and where its whole JSON
 * is (a block and its number there, or -1 and its place in `extra`: the cross-file rules' findings).
 */
interface StoredReport {
	summary: Summary;
	problems: Array<[block: number, text: number, ...key: StoredKey extends [...infer K, number] ? K : never, ...rank: Rank]>;
	extra: Problem[];
}

/** The stored cache, as read: its header, and its parts decoded when asked for. */
interface CacheFile {
	key: string;
	/** Date.now() when the cache was written. */
	savedAt: number;
	/** Product folders read. */
	products: number;
	/** Entries of content/products/ that are not folders. */
	strays: string[];
	/** The units' keys (`products/non-la`), in reading order. */
	units: string[];
	/** Unit i read the paths from ends[i - 1] (0 for the first) to ends[i]. */
	ends: Uint32Array;
	/** The paths the units read, relative to the content folder, as UTF-8: each followed by a line break, path j from byte starts[j] (and, last, their length). */
	paths: { bytes: Buffer; starts: Uint32Array };
	/** The units' keys as stored (the lines of `units`). */
	unitBytes: Buffer;
	/** Size, modification time, change time and inode of each path, four numbers each. */
	stamps: Float64Array;
	/** The blocks of `CHUNK` units' findings. */
	chunks: Chunk[];
	/** JSON of StoredReport: the last report. */
	report: () => Buffer;
	/** Closes the file, once nothing more is read from it. */
	close: () => void;
}

/** What the file's header says: the plain fields, and where each part is (offset and length in bytes, after the header). */
interface Header extends Pick<CacheFile, 'key' | 'savedAt' | 'products' | 'strays'> {
	parts: {
		units: Part;
		ends: Part;
		paths: Part;
		starts: Part;
		stamps: Part;
		report: Part;
		chunks: Array<[units: Part, texts: Part, ends: Part, index: Part, places: Part]>;
	};
}
type Part = [offset: number, length: number];

/**
 * A block of `CHUNK` units' findings: their problems' JSON (StoredUnit[]), the whole JSON of each of
 * their problems, one after the other, with where each ends (byte offsets, Uint32), what the
 * cross-file rules and the summary need of them (JSON of IndexedUnit[]), and their entries' places in
 * the index (JSON of StoredPlaces[]).
 */
interface Chunk {
	units: () => Uint8Array;
	texts: () => Uint8Array;
	ends: () => Uint8Array;
	index: () => Uint8Array;
	places: () => Uint8Array;
}

/** A unit's entries' places in the index (`indexKeys`: maps and keys), 0 for an entry that did not pass its schema. */
export type StoredPlaces = Array<string[] | 0>;

/** A block's units' places, and the files of those that are product folders without product.yaml (by their number in the block). */
type BlockPlaces = [places: StoredPlaces[], strays: Record<number, string[]>];

/** A block's problem texts, read when one is first decoded. */
interface Texts {
	/** The block's place in the file. */
	block: number;
	texts: () => Buffer;
	ends: () => Uint32Array;
}

/**
 * A part of the cache file read after the run started relying on it turned out unreadable (the file
 * was cut short or overwritten): the run forgets the cache (`forget`) and checks everything.
 */
export class DamagedCache extends Error {}

/** `read()`, or DamagedCache if it fails. */
function intact<T>(read: () => T): T {
	try {
		return read();
	} catch (error) {
		throw error instanceof DamagedCache ? error : new DamagedCache('damaged cache', { cause: error });
	}
}

/** `make()`, made once, when first asked for. */
function once<T>(make: () => T): () => T {
	let value: T | undefined;
	return () => (value ??= make());
}

/** A problem kept in a block: its whole JSON is decoded when asked for. */
class StoredProblem implements KeptProblem {
	readonly file: string;
	readonly line?: number;
	readonly id: string;
	readonly severity: Severity;
	readonly block: Texts;
	readonly text: number;
	constructor(block: Texts, [file, line, id, error, text]: StoredKey) {
		this.block = block;
		this.text = text;
		this.file = file;
		if (line !== null) this.line = line;
		this.id = id;
		this.severity = error ? 'error' : 'warning';
	}
	json(): string {
		const ends = this.block.ends();
		return this.block.texts().toString('utf8', this.text ? ends[this.text - 1] : 0, ends[this.text]);
	}
	full(): Problem {
		return intact(() => JSON.parse(this.json()) as Problem);
	}
}

/**
 * Opens the cache file: a 4-byte length, a JSON header, then the parts as bytes (text as UTF-8,
 * numbers as typed arrays). What every run compares is read at once; the findings and the report
 * when they are used, and each block's problem texts only when one of them is printed: the file
 * stays open until `close()` (a run that writes a new one meanwhile replaces it, which does not
 * change what the open file holds).
 */
function readCache(file: string): CacheFile | undefined {
	let fd: number | undefined;
	try {
		fd = openSync(file, 'r');
		const at = (position: number, size: number) => {
			const b = Buffer.allocUnsafe(size);
			for (let done = 0; done < size;) {
				const n = readSync(fd!, b, done, size - done, position + done);
				if (!n) throw new DamagedCache('truncated');
				done += n;
			}
			return b;
		};
		const length = at(0, 4).readUInt32LE(0);
		const header = JSON.parse(at(4, length).toString('utf8')) as Header;
		const base = 4 + length;
		const bytes = ([offset, size]: Part) => at(base + offset, size);
		const numbers = <T>(part: Part, Type: new (b: ArrayBuffer) => T) => new Type(new Uint8Array(bytes(part)).buffer);
		const { parts, ...plain } = header;
		const opened = fd;
		const unitBytes = bytes(parts.units);
		const unitKeys = once(() => (unitBytes.byteLength ? unitBytes.toString('utf8').split('\n') : []));
		return {
			...plain,
			unitBytes,
			// Split into keys when first used, after the files are stat'ed (see probeUnits).
			get units() {
				return unitKeys();
			},
			ends: numbers(parts.ends, Uint32Array),
			paths: { bytes: bytes(parts.paths), starts: numbers(parts.starts, Uint32Array) },
			stamps: numbers(parts.stamps, Float64Array),
			chunks: parts.chunks.map(([units, texts, ends, index, places]) => ({
				units: once(() => bytes(units)),
				texts: once(() => bytes(texts)),
				ends: once(() => bytes(ends)),
				index: once(() => bytes(index)),
				places: once(() => bytes(places)),
			})),
			report: once(() => bytes(parts.report)),
			close: once(() => closeSync(opened)),
		};
	} catch {
		if (fd !== undefined) closeSync(fd);
		return undefined; // absent or damaged: check everything
	}
}

/** Writes the cache file (see readCache), atomically: a crash or a concurrent run leaves the old file or the new one. */
function writeCache(
	file: string,
	plain: Omit<Header, 'parts'>,
	parts: Record<'units' | 'ends' | 'paths' | 'starts' | 'stamps' | 'report', Uint8Array | Uint8Array[]> & { chunks: Chunk[] },
): void {
	const bytes: Uint8Array[] = [];
	let offset = 0;
	const place = (b: Uint8Array | Uint8Array[]): Part => {
		const start = offset;
		for (const piece of Array.isArray(b) ? b : [b]) {
			bytes.push(piece);
			offset += piece.byteLength;
		}
		return [start, offset - start];
	};
	const header: Header = {
		...plain,
		parts: {
			stamps: place(parts.stamps),
			ends: place(parts.ends),
			units: place(parts.units),
			paths: place(parts.paths),
			starts: place(parts.starts),
			report: place(parts.report),
			chunks: parts.chunks.map((c): [Part, Part, Part, Part, Part] => [
				place(c.units()),
				place(c.texts()),
				place(c.ends()),
				place(c.index()),
				place(c.places()),
			]),
		},
	};
	const head = Buffer.from(JSON.stringify(header));
	const length = Buffer.alloc(4);
	length.writeUInt32LE(head.byteLength);
	const tmp = `${file}.${process.pid}.tmp`;
	try {
		mkdirSync(dirname(file), { recursive: true });
		const fd = openSync(tmp, 'w');
		try {
			for (const b of [length, head, ...bytes]) for (let done = 0; done < b.byteLength;) done += writeSync(fd, b, done);
		} finally {
			closeSync(fd);
		}
		renameSync(tmp, file);
	} catch {
		// A cache that cannot be written (a read-only checkout) only costs time.
		rmSync(tmp, { force: true });
	}
}

/** A unit's findings, in memory. */
export interface Kept {
	result: UnitResult;
	strays: string[];
}

/** What a run finds before checking anything: which units changed since the cache was written. */
export interface Probe {
	/** When the run started (performance.now()). */
	started: number;
	file: string;
	key: string;
	/** The root files are named from. */
	root: string;
	units: ContentUnit[];
	strays: string[];
	/** For each unit, its place in the stored cache when its findings still hold; -1 when it must be checked. */
	reuse: Int32Array;
	/** Units to check again. */
	stale: number;
	stored?: CacheFile;
	/** The stored blocks' problem texts, read when a problem is first decoded. */
	blocks: Texts[];
	/** What the cross-file rules and the summary need of the units of a stored block, parsed when first asked for. */
	indexed: (block: number) => IndexedUnit[];
	/** The last report, when nothing has changed since. */
	report?: CheckResult;
	/** Whether the units' keys are the stored ones, in order, once compared (`sameUnits`). */
	same?: boolean;
	/** Closes the stored cache, once the report is printed (its problems are read from it). */
	close(): void;
}

/** The project's root, from this file's place (src/lib/check/). */
const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The code the findings and their storage depend on (src/lib/build/code-hash.ts follows the check's imports:
 * rules, schemas, readers, this file) and the installed versions: not the drawing or the pages.
 */
export const CHECK_CODE = ['src/lib/check/index.ts', 'package-lock.json'];

/** What the stored findings are valid for, besides the files. */
export interface CacheKey {
	contentDir: string;
	root: string;
	asOf: string;
	pictures: boolean;
}

const keyOf = (k: CacheKey) => JSON.stringify([codeHash(CHECK_CODE, PROJECT), resolve(k.contentDir), resolve(k.root), k.asOf, k.pictures]);

const stampDiffers = (now: Stats | undefined, s: Float64Array, j: number) =>
	!now || !sameStamp(now, { size: s[4 * j]!, mtimeMs: s[4 * j + 1]!, ctimeMs: s[4 * j + 2]!, ino: s[4 * j + 3]! });

const restoreKeys = (keys: StoredKey[], texts: Texts) => keys.map((key) => new StoredProblem(texts, key));

/** The file of an entry kept from the last run: its text is read only to place a problem on its lines. */
class KeptRaw implements RawRef {
	readonly file: string;
	readonly id: string;
	readonly at?: ReadonlyArray<string | number>;
	readonly #root: string;
	#source: Source | undefined;
	constructor({ file, id, at }: Pick<RawRef, 'file' | 'id' | 'at'>, root: string) {
		this.file = file;
		this.id = id;
		if (at) this.at = at;
		this.#root = root;
	}
	get source(): Source {
		return (this.#source ??= fileSource(resolve(this.#root, this.file)));
	}
}

/**
 * The file of a unit's own entry kept from the last run (see `unitEntryRef`): its name is made, and
 * its text read, only when asked for (after an edit, 21,000 entries are indexed and a few named).
 */
class UnitRaw implements RawRef {
	readonly id: string;
	readonly #unit: ContentUnit;
	readonly #root: string;
	#file: string | undefined;
	#source: Source | undefined;
	constructor(unit: ContentUnit, root: string) {
		this.id = unitEntryId(unit);
		this.#unit = unit;
		this.#root = root;
	}
	get file(): string {
		return (this.#file ??= unitEntryRef(this.#unit)!.file);
	}
	get source(): Source {
		return (this.#source ??= fileSource(resolve(this.#root, this.file)));
	}
}

const NOTHING_FOUND: UnitEntry['found'] = [];

/**
 * The entry of a data file or product folder kept from the last run, as the cross-file rules see it:
 * its places in the index, and its data (its block's JSON parsed) and file only when a rule asks for
 * them. Its own file (`raw`).
 */
class LazyEntry implements RawRef {
	readonly kind: EntryKind;
	readonly id: string;
	readonly places: readonly string[];
	readonly found = NOTHING_FOUND;
	readonly #unit: ContentUnit;
	readonly #n: number;
	readonly #probe: Probe;
	#file: string | undefined;
	#source: Source | undefined;
	constructor(probe: Probe, unit: ContentUnit, n: number, places: readonly string[]) {
		this.kind = unit.kind;
		this.id = unitEntryId(unit);
		this.places = places;
		this.#unit = unit;
		this.#n = n;
		this.#probe = probe;
	}
	get raw(): RawRef {
		return this;
	}
	get file(): string {
		return (this.#file ??= unitEntryRef(this.#unit)!.file);
	}
	get source(): Source {
		return (this.#source ??= fileSource(resolve(this.#probe.root, this.file)));
	}
	get data(): Record<string, unknown> {
		const refs = indexedUnit(this.#probe, this.#n)[0][0]?.refs;
		if (!refs) throw new DamagedCache('an entry without its data');
		return refs;
	}
}

/**
 * The entries of stored unit `n` (whose findings still hold) as the cross-file rules see them: kept
 * lazily for a data file or product folder, read from its block for a list file.
 */
export function keptEntries(probe: Probe, n: number, places: StoredPlaces): Array<CrossEntry | undefined> {
	const unit = probe.units[n]!;
	if (unit.kind === 'province' || unit.kind === 'retired') return indexedEntries(unit, indexedUnit(probe, n), probe.root);
	return places.map((p) => (p ? new LazyEntry(probe, unit, n, p) : undefined));
}

/**
 * A unit's entries as the cross-file rules and the summary see them, from the last run, without
 * their problems (`found` is empty; see `restoreUnit`).
 */
export function indexedEntries(unit: ContentUnit, indexed: IndexedUnit, root: string): UnitEntry[] {
	return indexed[0].map((e) => {
		const entry: UnitEntry = { kind: unit.kind, raw: e.raw ? new KeptRaw(e.raw, root) : new UnitRaw(unit, root), found: NOTHING_FOUND };
		if (e.refs) entry.data = e.refs;
		if (e.fact) entry.fact = e.fact;
		return entry;
	});
}

/** The folder name and place of a product unit with an entry, as `checkUnit` gives them. */
export function productOf(unit: ContentUnit, entries: number): UnitResult['product'] {
	return unit.kind === 'product' && entries ? { id: unitEntryId(unit), dir: unit.rel } : undefined;
}

function restoreUnit(unit: ContentUnit, s: StoredUnit, indexed: IndexedUnit, root: string, texts: Texts): Kept {
	const entries = indexedEntries(unit, indexed, root);
	s.entries.forEach((e, n) => {
		if (e.found) entries[n]!.found = e.found.map(([rule, keys]): [number, AnyProblem[]] => [rule, restoreKeys(keys, texts)]);
	});
	const result: UnitResult = { own: restoreKeys(s.own ?? [], texts), entries };
	const product = productOf(unit, entries.length);
	if (product) result.product = product;
	return { result, strays: indexed[1] ?? [] };
}

/** A unit as its block's JSON keeps it; the whole JSON of each of its problems goes to `texts`. */
function storeUnit(
	unit: ContentUnit,
	kept: Kept,
	texts: string[],
	stored: (p: AnyProblem, text: number) => void,
): { problems: StoredUnit; index: IndexedUnit } {
	const keys = (problems: readonly AnyProblem[]) =>
		problems.map((p): StoredKey => {
			stored(p, texts.push('full' in p ? p.json() : JSON.stringify(p)) - 1);
			return [p.file, p.line ?? null, p.id, p.severity === 'error' ? 1 : 0, texts.length - 1];
		});
	const own = unitEntryRef(unit);
	const entries = kept.result.entries.map((e): StoredEntry =>
		e.found.length ? { found: e.found.map(([rule, problems]): [number, StoredKey[]] => [rule, keys(problems)]) } : {},
	);
	const indexed = kept.result.entries.map((e): IndexedEntry => {
		const mine = own && e.raw.file === own.file && e.raw.id === own.id && !e.raw.at;
		return {
			...(mine ? {} : { raw: { file: e.raw.file, id: e.raw.id, ...(e.raw.at ? { at: e.raw.at } : {}) } }),
			...(e.data ? { refs: e.data } : {}),
			...(e.fact ? { fact: e.fact } : {}),
		};
	});
	const ownKeys = keys(kept.result.own);
	return {
		problems: { ...(ownKeys.length ? { own: ownKeys } : {}), entries },
		index: kept.strays.length ? [indexed, kept.strays] : [indexed],
	};
}

/**
 * Reads the cache at `file` and compares every path it lists with the disk: which units' findings
 * can be reused, and the last report when nothing at all changed.
 */
export function probeUnits(file: string, k: CacheKey, started = performance.now()): Probe {
	const key = keyOf(k);
	const contentDir = resolve(k.contentDir);
	const read = readCache(file);
	const stored = read?.key === key ? read : undefined;
	if (read && !stored) read.close();
	// The stored units whose files are all unchanged, stat'ed before anything that lasts the whole run is
	// made: the garbage collector then finds only the stats' garbage to sweep, not objects to copy.
	const unchanged = stored && unchangedUnits(stored, contentDir);
	const { units, strays } = listUnits(contentDir, k.root);
	const reuse = new Int32Array(units.length).fill(-1);
	let stale = units.length;
	const probe: Probe = {
		started,
		file,
		key,
		root: k.root,
		units,
		strays,
		reuse,
		stale,
		blocks: [],
		indexed: () => [],
		close: () => probe.stored?.close(),
	};
	if (!stored) return probe;
	probe.stored = stored;
	// Each unit's place in the stored cache: mostly the same as now (looked up only for those that moved).
	const keys = stored.units;
	let byKey: Map<string, number> | undefined;
	units.forEach((unit, n) => {
		const i = keys[n] === unit.key ? n : (byKey ??= new Map(keys.map((unitKey, i) => [unitKey, i]))).get(unit.key);
		if (i === undefined || !unchanged![i]) return;
		reuse[n] = i;
		stale--;
	});
	probe.stale = stale;
	probe.blocks = stored.chunks.map((chunk, block): Texts => ({
		block,
		texts: once(() => asBuffer(chunk.texts())),
		ends: once(() => intact(() => uint32(chunk.ends()))),
	}));
	const indexed = stored.chunks.map((chunk) => once(() => parseJson<IndexedUnit[]>(chunk.index())));
	probe.indexed = (block) => {
		const parsed = indexed[block];
		if (!parsed) throw new DamagedCache('no such block');
		return parsed();
	};
	if (stale === 0 && sameUnits(probe)) {
		// Nothing changed: the last report, whose problems are decoded only if printed.
		const report = readReport(stored);
		const problems = report.problems.map(([block, text, file, line, id, error]) =>
			block < 0 ? report.extra[text]! : new StoredProblem(probe.blocks[block]!, [file, line, id, error, text]),
		);
		probe.report = { problems, summary: report.summary, products: stored.products };
	}
	return probe;
}

/** Forgets the stored cache after it was found damaged: every unit is to be checked. */
export function forget(probe: Probe): void {
	probe.stored?.close();
	delete probe.stored;
	delete probe.report;
	probe.reuse.fill(-1);
	probe.stale = probe.units.length;
	probe.blocks = [];
	probe.indexed = () => [];
	delete probe.same;
}

const readReport = (stored: CacheFile) => intact(() => JSON.parse(stored.report().toString('utf8')) as StoredReport);

/** For each stored unit, 1 when every file it read has the stamps it had. */
function unchangedUnits(stored: CacheFile, contentDir: string): Uint8Array {
	const { bytes, starts } = stored.paths;
	const { ends, stamps } = stored;
	const trusted = stored.savedAt - RACY_MS;
	const unchanged = new Uint8Array(ends.length);
	next: for (let i = 0; i < ends.length; i++) {
		for (let j = i ? ends[i - 1]! : 0; j < ends[i]!; j++) {
			const now = statSync(`${contentDir}/${bytes.toString('utf8', starts[j]!, starts[j + 1]! - 1)}`, { throwIfNoEntry: false });
			// A file modified around the time the cache was written may have changed again within the same clock tick.
			if (stampDiffers(now, stamps, j) || now!.mtimeMs >= trusted) continue next;
		}
		unchanged[i] = 1;
	}
	return unchanged;
}

/** Whether the content has the same units, in the same order, and the same stray entries as when the cache was written. */
export function sameUnits(probe: Probe): boolean {
	const stored = probe.stored;
	if (!stored || stored.units.length !== probe.units.length || stored.strays.join('\n') !== probe.strays.join('\n')) return false;
	return (probe.same ??= probe.units.every((unit, n) => unit.key === stored.units[n]));
}

/** The stored units' findings that still hold, by their place in the stored cache (undefined for a unit gone or changed). */
export function keptUnits(probe: Probe): Array<Kept | undefined> {
	const kept: Array<Kept | undefined> = [];
	const stored = probe.stored;
	if (!stored || probe.stale === probe.units.length) return kept;
	const unitOf = new Map<number, ContentUnit>();
	probe.reuse.forEach((i, n) => i >= 0 && unitOf.set(i, probe.units[n]!));
	let i = 0;
	for (const [block, chunk] of stored.chunks.entries()) {
		const indexed = probe.indexed(block);
		parseJson<StoredUnit[]>(chunk.units()).forEach((s, n) => {
			const unit = unitOf.get(i);
			// A unit that is gone or changed is not restored: only its place counts.
			kept.push(unit && restoreUnit(unit, s, indexed[n]!, probe.root, probe.blocks[block]!));
			i++;
		});
	}
	return kept;
}

const parseJson = <T>(bytes: Uint8Array) => intact(() => JSON.parse(asBuffer(bytes).toString('utf8')) as T);

/**
 * Each stored unit's entries' places in the index, and the files of the product folders without
 * product.yaml among them, by their place in the stored cache.
 */
export function storedPlaces(probe: Probe): { places: StoredPlaces[]; strays: Map<number, string[]> } {
	const places: StoredPlaces[] = [];
	const strays = new Map<number, string[]>();
	probe.stored?.chunks.forEach((chunk, block) => {
		const [kept, files] = parseJson<BlockPlaces>(chunk.places());
		for (const [n, f] of Object.entries(files)) strays.set(block * CHUNK + Number(n), f);
		places.push(...kept);
	});
	return { places, strays };
}

/** What the cross-file rules and the summary need of stored unit `n`. */
export const indexedUnit = (probe: Probe, n: number): IndexedUnit => {
	const unit = probe.indexed(Math.floor(n / CHUNK))[n % CHUNK];
	if (!unit) throw new DamagedCache('no such unit');
	return unit;
};

/**
 * The blocks whose units' stored entries name one of `keys` (as a JSON string: an id, a value of a
 * field `REF_FIELDS` keeps, or any other string they hold), found in their text without parsing it.
 */
export function blocksNaming(probe: Probe, keys: Iterable<string>): Set<number> {
	const found = new Set<number>();
	const quoted = [...keys].map((key) => Buffer.from(JSON.stringify(key)));
	probe.stored?.chunks.forEach((chunk, block) => {
		const text = asBuffer(chunk.index());
		if (quoted.some((q) => text.includes(q))) found.add(block);
	});
	return found;
}

/**
 * The stored units of block `block`, restored, by their place in the stored cache; with the content's
 * units the same as when it was written (`sameUnits`).
 */
export function blockUnits(probe: Probe, block: number): Kept[] {
	const chunk = probe.stored!.chunks[block]!;
	const indexed = probe.indexed(block);
	return parseJson<StoredUnit[]>(chunk.units()).map((s, n) =>
		restoreUnit(probe.units[block * CHUNK + n]!, s, indexed[n]!, probe.root, probe.blocks[block]!),
	);
}

/**
 * The problems of the last report with their ranks, but for those of the blocks `drop` (whose units
 * are restored to be merged again), those the cross-file rules found on the entries `rechecked`,
 * and those about the content as a whole.
 */
export function reportKept(
	probe: Probe,
	drop: ReadonlySet<number>,
	rechecked: ReadonlySet<number>,
): { ranked: Ranked[]; summary: Summary } {
	const report = readReport(probe.stored!);
	const kept: Ranked[] = [];
	for (const [block, text, file, line, id, error, ...r] of report.problems) {
		if (block < 0) {
			if (r[0] === 1 && !rechecked.has(r[1])) kept.push({ p: report.extra[text]!, r });
		} else if (!drop.has(block)) kept.push({ p: new StoredProblem(probe.blocks[block]!, [file, line, id, error, text]), r });
	}
	return { ranked: kept, summary: report.summary };
}

/** The paths (relative to the content folder) a unit reads and their stamps, taken before it is read. */
export function unitStamps(unit: ContentUnit, pictures: boolean): { paths: string[]; stamps: Stats[]; dir?: Stats } {
	const st = statSync(unit.path);
	if (unit.kind !== 'product') return { paths: [unit.key], stamps: [st] };
	const files = productFilesRead(readdirSync(unit.path), pictures);
	const paths = [unit.key, ...files.map((f) => `${unit.key}/${f}`)];
	return { paths, stamps: [st, ...files.map((f) => statSync(join(unit.path, f)))], dir: st };
}

/** A block of units, encoded as block number `block`; where each problem's JSON goes is noted in `places`. */
function storeChunk(units: readonly ContentUnit[], kept: readonly Kept[], block: number, places: Map<AnyProblem, [number, number]>): Chunk {
	const texts: string[] = [];
	const stored = kept.map((k, n) => storeUnit(units[n]!, k, texts, (p, text) => places.set(p, [block, text])));
	const bytes = texts.map((t) => Buffer.from(t));
	const ends = new Uint32Array(bytes.length);
	let end = 0;
	bytes.forEach((b, n) => (ends[n] = end += b.byteLength));
	const encoded = {
		units: Buffer.from(JSON.stringify(stored.map((s) => s.problems))),
		texts: Buffer.concat(bytes),
		ends: new Uint8Array(ends.buffer),
		index: Buffer.from(JSON.stringify(stored.map((s) => s.index))),
		places: Buffer.from(JSON.stringify(blockPlaces(kept))),
	};
	return {
		units: () => encoded.units,
		texts: () => encoded.texts,
		ends: () => encoded.ends,
		index: () => encoded.index,
		places: () => encoded.places,
	};
}

/** What a block keeps of its units' places in the index and stray files. */
function blockPlaces(kept: readonly Kept[]): BlockPlaces {
	const strays: Record<number, string[]> = {};
	kept.forEach((k, n) => k.strays.length && (strays[n] = k.strays));
	return [kept.map((k) => k.result.entries.map((e) => (e.data ? indexKeys(e as unknown as AnyRefEntry) : 0))), strays];
}

/** Bytes as a Buffer, without copying. */
const asBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);
/** Uint32 numbers from bytes (copied: the bytes may not be aligned). */
const uint32 = (b: Uint8Array) => new Uint32Array(new Uint8Array(b).buffer);

/** What a run writes back. */
export interface UnitsToSave {
	/**
	 * Per unit of the probe: its findings, and where its paths and stamps come from (the stored
	 * cache's unit i, or those taken now). The findings may be left out for a unit whose block is
	 * written as it was (all its units reused from the same places).
	 */
	units: Array<Partial<Kept> & { read: number | { paths: string[]; stamps: Stats[] } }>;
	/** The report of this run, with the ranks of its problems. */
	report: CheckResult & { ranks: Rank[] };
}

/** Writes the cache for the run described by `probe`. */
export function saveUnits(probe: Probe, save: UnitsToSave): void {
	const old = probe.stored;
	const ends = new Uint32Array(save.units.length);
	// Stored unit i read the paths from begin(i) to old.ends[i].
	const begin = (i: number) => (i ? old!.ends[i - 1]! : 0);
	let total = 0;
	for (const { read } of save.units) total += typeof read === 'number' ? old!.ends[read]! - begin(read) : read.paths.length;
	const paths: Uint8Array[] = [];
	let count = 0;
	const stamps = new Float64Array(4 * total);
	// Where each path starts in `paths`, and last their length.
	const starts = new Uint32Array(total + 1);
	let at = 0;
	// Units kept from the last run, one after the other there too, are copied as one run of paths and stamps.
	let run: [from: number, to: number] | undefined;
	const flush = () => {
		if (!run) return;
		const [from, to] = run;
		stamps.set(old!.stamps.subarray(4 * from, 4 * to), 4 * count);
		const was = old!.paths.starts;
		paths.push(old!.paths.bytes.subarray(was[from], was[to]));
		for (let j = from; j < to; j++) starts[count + j - from] = at + was[j]! - was[from]!;
		at += was[to]! - was[from]!;
		count += to - from;
		run = undefined;
	};
	let expect = -1;
	save.units.forEach(({ read }, n) => {
		if (typeof read === 'number') {
			if (run && read === expect) run[1] = old!.ends[read]!;
			else {
				flush();
				run = [begin(read), old!.ends[read]!];
			}
			expect = read + 1;
		} else {
			flush();
			read.paths.forEach((p, j) => {
				const s = read.stamps[j]!;
				const bytes = Buffer.from(`${p}\n`);
				starts[count] = at;
				at += bytes.byteLength;
				stamps.set([s.size, s.mtimeMs, s.ctimeMs, s.ino], 4 * count++);
				paths.push(bytes);
			});
		}
		// Units in a run are counted as they come, so that their ends are known before the run is copied.
		ends[n] = count + (run ? run[1] - run[0] : 0);
	});
	flush();
	starts[count] = at;
	const chunks: Chunk[] = [];
	const places = new Map<AnyProblem, [number, number]>();
	for (let start = 0; start < save.units.length; start += CHUNK) {
		const end = Math.min(start + CHUNK, save.units.length);
		// A block whose units are all reused from the same places is written as it was.
		let reused = old?.chunks[start / CHUNK] !== undefined && Math.min(start + CHUNK, old.ends.length) === end;
		for (let n = start; reused && n < end; n++) reused = save.units[n]!.read === n;
		const block = start / CHUNK;
		if (reused) chunks.push(old!.chunks[block]!);
		else {
			const kept = save.units.slice(start, end).map(({ result, strays }) => {
				if (!result) throw new Error('A unit of a block written again has no findings');
				return { result, strays: strays ?? [] };
			});
			chunks.push(storeChunk(probe.units.slice(start, end), kept, block, places));
		}
	}
	// Where each problem of the report is kept: in a block written now, in one kept as it was, or (the
	// cross-file rules' findings, made on every run) in the report itself.
	const report: StoredReport = { summary: save.report.summary, problems: [], extra: [] };
	const { ranks } = save.report;
	for (const [n, p] of save.report.problems.entries()) {
		const place = places.get(p) ?? (p instanceof StoredProblem ? [p.block.block, p.text] : [-1, report.extra.push(fullProblem(p)) - 1]);
		report.problems.push([place[0], place[1], p.file, p.line ?? null, p.id, p.severity === 'error' ? 1 : 0, ...ranks[n]!]);
	}
	writeCache(
		probe.file,
		{ key: probe.key, savedAt: Date.now(), products: save.report.products, strays: probe.strays },
		{
			stamps: new Uint8Array(stamps.buffer),
			ends: new Uint8Array(ends.buffer),
			// The same units as stored: their keys as they were.
			units: old && sameUnits(probe) ? old.unitBytes : Buffer.from(probe.units.map((u) => u.key).join('\n')),
			paths,
			starts: new Uint8Array(starts.buffer),
			report: Buffer.from(JSON.stringify(report)),
			chunks,
		},
	);
}
