/**
 * What `npm run check:content` does, as a function (so tests run it in-process): read, check,
 * and render the report for a terminal or as JSON, with the exit code.
 */
import type { Stats } from 'node:fs';
import { resolve } from 'node:path';
import { readContent, readUnit, unitEntryId } from '../content/files.ts';
import {
	checkAll,
	checkUnit,
	crossCheck,
	indexKeys,
	REF_FIELDS,
	type AnyRefEntry,
	type CrossEntry,
	type UnitEntry,
	type UnitResult,
} from './content-index.ts';
import { FileCache } from '../content/file-cache.ts';
import { adjustSummary, byPlaceAndRank, mergeFound, rankEntryFound, type ProductFact } from './merge.ts';
import { messagesMarkdown } from './messages.ts';
import { cacheFiles, probeRun, renderResult, withSynonyms, type CheckOptions, type CheckRun } from './render.ts';
import {
	blockUnits,
	CHUNK,
	DamagedCache,
	forget,
	blocksNaming,
	keptEntries,
	keptUnits,
	productOf,
	reportKept,
	sameUnits,
	saveUnits,
	storedPlaces,
	unitStamps,
	type CheckResult,
	type Kept,
	type Probe,
	type StoredPlaces,
	type UnitsToSave,
} from './unit-cache.ts';

export type { CheckOptions, CheckRun } from './render.ts';

/**
 * Above this many units to check again, files are read through the cache of parsed files
 * (file-cache.ts, shared with the build): loading it costs more than parsing a few hundred files.
 */
export const PARSED_CACHE_AFTER = 2000;

/**
 * Checks the content and renders the report. With `cacheDir`, the last report is reused when no
 * file has changed, and otherwise only the units that changed are read and checked again (see
 * unit-cache.ts). `probe` is what the caller already found (`probeRun`), if anything.
 */
export function runCheck(o: CheckOptions, probe?: Probe): CheckRun {
	if (o.messages) {
		return {
			code: 0,
			stdout: `# Thông báo / Messages\n\n## Tiếng Việt\n\n${messagesMarkdown('vi')}\n## English\n\n${messagesMarkdown('en')}`,
			stderr: '',
		};
	}
	const started = probe?.started ?? performance.now();
	if (!o.cacheDir) {
		const raw = readContent(resolve(o.contentDir), o.root, { pictures: o.pictures ?? true });
		const { problems, summary } = checkAll(raw, o.asOf);
		return renderResult({ problems, summary, products: raw.products.length }, Math.round(performance.now() - started), o);
	}
	if (!probe) {
		const probed = probeRun(o)!;
		if (probed.run) return probed.run;
		probe = probed.probe;
	}
	const cacheDir = o.cacheDir;
	const check = (p: Probe): CheckRun => {
		const result = withSynonyms(p.report ?? checkChanged(o, cacheDir, p), o);
		const units = { checked: p.stale, reused: p.units.length - p.stale, ...(result.merged ? { merged: true as const } : {}) };
		return { ...renderResult(result, Math.round(performance.now() - started), o), units };
	};
	let run: CheckRun;
	try {
		run = check(probe);
	} catch (error) {
		if (!(error instanceof DamagedCache)) throw error;
		forget(probe);
		run = check(probe);
	}
	probe.close();
	return run;
}

/** A unit checked again in this run: its findings, and the paths and stamps it read. */
type Fresh = Kept & { read: { paths: string[]; stamps: Stats[] } };

/**
 * Checks the units that changed since the cache was written, reuses the others' findings, runs the
 * cross-file rules, and writes the cache. When the edited units hold the same places in the index as
 * before (`checkFew`), the rules run again only where that can change what they find.
 */
function checkChanged(o: CheckOptions, cacheDir: string, probe: Probe): CheckResult {
	const pictures = o.pictures ?? true;
	const parsed = probe.stale > PARSED_CACHE_AFTER ? new FileCache(cacheFiles(cacheDir).parsed) : undefined;
	const fresh = new Map<number, Fresh>();
	probe.units.forEach((unit, n) => {
		if (probe.reuse[n]! >= 0) return;
		// Stamps first: a file changed while it is read is seen as changed by the next run.
		const read = unitStamps(unit, pictures);
		const { raws, strays } = readUnit(unit, o.root, { pictures, ...(parsed ? { cache: parsed } : {}) }, read.dir);
		fresh.set(n, { result: checkUnit(unit.kind, raws, o.asOf), strays, read });
	});
	parsed?.save();
	const few = probe.stale <= FEW && sameUnits(probe) ? checkFew(o, probe, fresh) : undefined;
	if (few) return few;
	const kept = keptUnits(probe);
	const units: UnitsToSave['units'] = probe.units.map((_, n) => {
		const i = probe.reuse[n]!;
		return i >= 0 ? { ...kept[i]!, read: i } : fresh.get(n)!;
	});
	const results = units.map((u) => u.result!);
	const cross = crossCheck(results, [...probe.strays, ...units.flatMap((u) => u.strays!)], o.asOf);
	const products = results.filter((r) => r.product).length;
	const report = { ...mergeFound(results, cross), products };
	saveUnits(probe, { units, report });
	return report;
}

/** Up to this many changed units, `checkFew` merges their findings into the last report. */
export const FEW = 256;

/** Whether an entry's id or a value of the fields the cross-file rules read is one of `keys`: an index key it can look up. */
function namesKey(e: CrossEntry, keys: ReadonlySet<string>): boolean {
	if (keys.has(e.raw.id)) return true;
	const data = e.data!;
	for (const field of REF_FIELDS[e.kind]) {
		const value = data[field];
		if (typeof value === 'string') {
			if (keys.has(value)) return true;
		} else if (Array.isArray(value)) {
			for (const v of value) if (typeof v === 'string' && keys.has(v)) return true;
		}
	}
	return false;
}

/** The places entries take in the index, in one text (0 for an entry that did not pass its schema). */
const placesText = (places: StoredPlaces) => places.map((p) => (p ? p.join('\t') : '0')).join('\n');

/** The places a unit's entries take in the index. */
const placesOf = (entries: readonly UnitEntry[]): StoredPlaces => entries.map((e) => (e.data ? indexKeys(e as unknown as AnyRefEntry) : 0));

/**
 * After a few units changed, and only when the content has the same units as when the cache was
 * written and each changed unit holds the same places in the index (the same codes, ids and former
 * names, as many entries): the cross-file rules run again on the changed units' entries and on the
 * entries naming a key those hold (see `IndexRule`), and their findings, and those of the changed
 * units' blocks, are merged into the last report by rank (merge.ts). Undefined otherwise: then
 * everything is put together again. The report is the same either way (tests/unit/check-cache.test.ts).
 */
function checkFew(o: CheckOptions, probe: Probe, fresh: ReadonlyMap<number, Fresh>): CheckResult | undefined {
	const { places: stored, strays: kept } = storedPlaces(probe);
	if (stored.length !== probe.units.length) return undefined;
	const keys = new Set<string>();
	for (const [n, now] of fresh) {
		const places = placesOf(now.result.entries);
		if (placesText(places) !== placesText(stored[n]!)) return undefined;
		for (const p of places) for (let i = 1; p && i < p.length; i += 2) keys.add(p[i]!);
	}
	// Every entry as the cross-file rules see it, and those to run them on again (by number across all units).
	const units: Array<{ entries: ReadonlyArray<CrossEntry | undefined>; product?: UnitResult['product'] }> = [];
	const rechecked = new Set<number>();
	const naming = blocksNaming(probe, keys);
	const first: number[] = [];
	let at = 0;
	for (let n = 0; n < probe.units.length; n++) {
		const unit = probe.units[n]!;
		const now = fresh.get(n);
		const entries = now ? now.result.entries : keptEntries(probe, n, stored[n]!);
		const product = productOf(unit, entries.length);
		units.push(product ? { entries, product } : { entries });
		first.push(at);
		const own = keys.has(unitEntryId(unit));
		for (const e of entries) {
			if (e && (now || own || (naming.has(Math.floor(n / CHUNK)) && namesKey(e, keys)))) rechecked.add(at);
			at++;
		}
	}
	const strays = [...probe.strays];
	probe.units.forEach((_, n) => strays.push(...(fresh.get(n)?.strays ?? kept.get(n) ?? [])));
	const cross = crossCheck(units, strays, o.asOf, rechecked);
	// The changed units' blocks are written again: every unit of them is merged again.
	const blocks = new Set([...fresh.keys()].map((n) => Math.floor(n / CHUNK)));
	const { ranked, summary } = reportKept(probe, blocks, rechecked);
	const save: UnitsToSave['units'] = probe.units.map((_, n) => fresh.get(n) ?? { read: n });
	const before: ProductFact[] = [];
	const after: ProductFact[] = [];
	for (const block of blocks) {
		blockUnits(probe, block).forEach((kept, j) => {
			const n = block * CHUNK + j;
			const now = fresh.get(n);
			if (now) {
				for (const e of kept.result.entries) if (e.fact) before.push(e.fact);
				for (const e of now.result.entries) if (e.fact) after.push(e.fact);
			}
			const unit = now ?? { ...kept, read: n };
			save[n] = unit;
			unit.result!.own.forEach((p, k) => ranked.push({ p, r: [0, n, k, 0] }));
			unit.result!.entries.forEach((e, j) => rankEntryFound(e.found, first[n]! + j, ranked));
		});
	}
	for (const [entry, found] of cross.byEntry) rankEntryFound(found, entry, ranked);
	cross.content.forEach((p, k) => ranked.push({ p, r: [2, k, 0, 0] }));
	ranked.sort(byPlaceAndRank);
	const report = {
		merged: true,
		problems: ranked.map((x) => x.p),
		ranks: ranked.map((x) => x.r),
		summary: adjustSummary(summary, before, after, cross.counts),
		products: units.filter((u) => u.product).length,
	};
	saveUnits(probe, { units: save, report });
	return report;
}
