/**
 * The content index: every file validated on its own, then kept by id, so that cross-file rules
 * (`rules/*.ts`) look things up instead of searching, and so that one entry can be checked against
 * the rest (`checkEntry`) without reading everything again: the scaffolder and the form editor's
 * tests use that.
 *
 * A full check (`checkAll`) works by unit: a product folder, a data file or a list file is checked on
 * its own (`checkUnit`: its schema, its stories and every rule of scope `entry`), then the rules of
 * scope `index` run over what each unit keeps for them (`REF_FIELDS`, `crossCheck`), and the problems
 * are put together (`mergeFound`, merge.ts). `unit-cache.ts` keeps each unit's result between runs, so that after an
 * edit only the changed units are checked again; a run without it goes through the same functions,
 * so both report exactly the same.
 */
import type { z } from 'zod';
import { SCHEMAS, type ContentKind } from '../content/describe.ts';
import { RULES } from './rules/index.ts';
import { checkStories } from './story.ts';
import { fullProblem, mergeFound, type AnyProblem, type CrossFound, type FoundByRule, type ProductFact } from './merge.ts';
import type { Summary } from './summary.ts';
import type { Problem, RawContent, RawFile, RawProduct, RawRef } from './types.ts';
import { indexKeys, LIST_KINDS, type IndexMap } from './places.ts';
import { validate } from './validate.ts';
import { parseSynonyms } from '../search/synonyms.ts';

export { indexKeys } from './places.ts';

export * from './entries.ts';
import {
	certificateOf,
	REF_FIELDS,
	type AnyEntry,
	type AnyRefEntry,
	type ContentIndex,
	type CrossIndex,
	type EntryKind,
	type IndexContext,
	type IndexRule,
	type RefKinds,
	type Rule,
} from './entries.ts';

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

function emptyIndex(asOf: string): CrossIndex {
	return {
		asOf,
		provinces: new Map(),
		districts: new Map(),
		producers: new Map(),
		centres: new Map(),
		salesPoints: new Map(),
		products: new Map(),
		retired: [],
		codes: new Map(),
		retiredCodes: new Map(),
		slugs: new Map(),
		formerSlugs: new Map(),
	};
}

/** Adds a valid entry to the index at its places (`indexKeys`). */
function addEntry(index: CrossIndex, e: AnyRefEntry, places: readonly string[] = indexKeys(e)): void {
	for (let i = 0; i < places.length; i += 2) {
		const map = places[i] as IndexMap;
		const key = places[i + 1]!;
		switch (map) {
			case 'provinces':
				// The first of two equal ids wins; the rule `unique-ids` reports the second.
				if (!index.provinces.has(key)) index.provinces.set(key, e as RefKinds['province']);
				break;
			case 'retired':
				index.retired.push(e as RefKinds['retired']);
				break;
			case 'retiredCodes':
				push(index.retiredCodes, key, e as RefKinds['retired']);
				break;
			case 'codes':
				push(index.codes, key, e.raw);
				break;
			case 'formerSlugs':
				push(index.formerSlugs, key, e.raw);
				break;
			case 'products':
				index.products.set(key, e as RefKinds['product']);
				break;
			default:
				(index[map] as Map<string, unknown>).set(key, e);
		}
	}
}

/** The entries of each kind, valid or not, in reading order. */
function* allRaw(content: RawContent): Generator<[EntryKind, RawFile]> {
	for (const raw of content.provinces) yield ['province', raw];
	for (const raw of content.districts) yield ['district', raw];
	for (const raw of content.producers) yield ['producer', raw];
	for (const raw of content.centres) yield ['centre', raw];
	for (const raw of content.salesPoints) yield ['salesPoint', raw];
	for (const raw of content.retired ?? []) yield ['retired', raw];
	for (const raw of content.products) yield ['product', raw];
}

const schemaOf = (kind: EntryKind) => SCHEMAS[kind satisfies ContentKind] as z.ZodType<unknown>;

/** Validates every file on its own and indexes the valid ones; the problems found go to `problems`. */
export function buildIndex(content: RawContent, asOf: string, problems: Problem[] = []): ContentIndex {
	const index = emptyIndex(asOf) as ContentIndex;
	index.content = content;
	for (const raw of content.products) index.slugs.set(raw.id, raw.dir);
	for (const [kind, raw] of allRaw(content)) {
		const data = validate(schemaOf(kind), kind, raw, problems);
		if (kind === 'product') checkStories(raw as RawProduct, problems);
		// The whole entry goes in: the full index holds every field.
		if (data !== undefined) addEntry(index, { kind, raw, data } as unknown as AnyRefEntry);
	}
	return index;
}

/** What checking a unit on its own found about one of its entries. */
export interface UnitEntry {
	kind: EntryKind;
	raw: RawRef;
	/** What index rules read of the entry (the fields of `REF_FIELDS`), when it passed its schema: so that the entry is what they are given. */
	data?: Record<string, unknown>;
	/** What the rules of scope `entry` found, by their place in `RULES` (only those that found something). */
	found: FoundByRule;
	/** A valid product's share of the summary. */
	fact?: ProductFact;
}

/**
 * An entry as `crossCheck` is given it: a unit's entry, or one kept by unit-cache.ts that knows its
 * places in the index (`indexKeys`) and reads its data only when a rule asks for it.
 */
export type CrossEntry = Pick<UnitEntry, 'kind' | 'raw' | 'data'> & { places?: readonly string[] };

/** What a unit (a product folder, a data file, a list file) is found to hold when checked on its own. */
export interface UnitResult {
	/** Problems of the files against their schemas and the story check, in the order found. */
	own: AnyProblem[];
	entries: UnitEntry[];
	/** For a product folder: its folder name and place. */
	product?: { id: string; dir: string };
}

const applies = (rule: Rule, kind: EntryKind) => !rule.kinds || rule.kinds.includes(kind);

function refsOf(kind: EntryKind, data: unknown): Record<string, unknown> {
	const refs: Record<string, unknown> = {};
	for (const field of REF_FIELDS[kind]) refs[field] = (data as Record<string, unknown>)[field];
	return refs;
}

/** Checks the entries of one unit (of one kind) on their own: schema, stories, and every rule of scope `entry`. */
export function checkUnit(kind: EntryKind, raws: readonly RawFile[], asOf: string): UnitResult {
	const own: Problem[] = [];
	const valid = raws.map((raw) => {
		const data = validate(schemaOf(kind), kind, raw, own);
		if (kind === 'product') checkStories(raw as RawProduct, own);
		return data;
	});
	const entries = raws.map((raw, n): UnitEntry => {
		const data = valid[n];
		const found: UnitEntry['found'] = [];
		const entry = data === undefined ? undefined : ({ kind, raw, data } as AnyEntry);
		RULES.forEach((rule, i) => {
			if (rule.scope !== 'entry' || !applies(rule, kind)) return;
			const problems: Problem[] = [];
			rule.raw?.(kind, raw, { asOf, problems });
			if (entry) rule.entry?.(entry, { asOf, problems });
			if (problems.length) found.push([i, problems]);
		});
		const result: UnitEntry = { kind, raw, found };
		if (entry) {
			result.data = refsOf(kind, data);
			if (entry.kind === 'product') {
				result.fact = { stars: entry.data.stars, status: certificateOf(asOf, entry).status, english: !!entry.raw.stories.en };
			}
		}
		return result;
	});
	const product = kind === 'product' && raws.length ? { id: raws[0]!.id, dir: (raws[0] as RawProduct).dir } : undefined;
	return product ? { own, entries, product } : { own, entries };
}

/**
 * Runs the rules of scope `index` over what each unit keeps for them: their findings by entry
 * (numbered across all units, in order), on the content as a whole, and the index's sizes for the summary.
 * With `only`, the index is built from every entry but the entry rules run on those entries only (by
 * number): the others' findings are known from an earlier run (unit-cache.ts, `checkFew` in cli.ts).
 */
export function crossCheck(
	units: ReadonlyArray<{ entries: ReadonlyArray<CrossEntry | undefined>; product?: UnitResult['product'] }>,
	strays: readonly string[],
	asOf: string,
	only?: ReadonlySet<number>,
): CrossFound {
	const index = emptyIndex(asOf);
	// A unit's entry, with its kind, file and the fields of REF_FIELDS, is what the rules are given.
	const entries: Array<AnyRefEntry | undefined> = [];
	for (const unit of units) {
		if (unit.product) index.slugs.set(unit.product.id, unit.product.dir);
		for (const e of unit.entries) {
			const entry = e && (e.places || e.data) ? (e as unknown as AnyRefEntry) : undefined;
			if (entry) addEntry(index, entry, e!.places);
			entries.push(entry);
		}
	}
	const rules = new Map<EntryKind, Array<[number, IndexRule]>>();
	for (const kind of Object.keys(REF_FIELDS) as EntryKind[]) {
		const list: Array<[number, IndexRule]> = [];
		RULES.forEach((rule, i) => rule.scope === 'index' && rule.entry && applies(rule, kind) && list.push([i, rule]));
		rules.set(kind, list);
	}
	const byEntry = new Map<number, FoundByRule>();
	const ctx: IndexContext = { index, problems: [] };
	entries.forEach((entry, at) => {
		if (!entry || (only && !only.has(at))) return;
		for (const [i, rule] of rules.get(entry.kind)!) {
			rule.entry!(entry, ctx);
			if (!ctx.problems.length) continue;
			const found = byEntry.get(at);
			if (found) found.push([i, ctx.problems]);
			else byEntry.set(at, [[i, ctx.problems]]);
			ctx.problems = [];
		}
	});
	const content: Problem[] = [];
	for (const rule of RULES) if (rule.scope === 'index') rule.content?.({ strays: [...strays] }, { index, problems: content });
	return { byEntry, content, counts: { products: index.products.size, producers: index.producers.size, districts: index.districts.size } };
}

const byPlace = (a: Problem, b: Problem) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0));

/** The units of a content folder, in reading order, with their kind. */
export function* unitsOf(content: RawContent): Generator<[EntryKind, RawFile[]]> {
	if (content.provinces.length) yield ['province', content.provinces];
	for (const kind of ['district', 'producer', 'centre', 'salesPoint'] as const)
		for (const raw of content[LIST_KINDS[kind]]) yield [kind, [raw]];
	if (content.retired?.length) yield ['retired', content.retired];
	for (const raw of content.products) yield ['product', [raw]];
}

/**
 * Checks all content as of the day `asOf` (YYYY-MM-DD): errors and warnings, sorted by file and
 * line, and the summary. `checkContent` keeps the errors only.
 */
export function checkAll(content: RawContent, asOf: string): { problems: Problem[]; summary: Summary } {
	const units = [...unitsOf(content)].map(([kind, raws]) => checkUnit(kind, raws, asOf));
	const { problems, summary } = mergeFound(units, crossCheck(units, content.strays, asOf));
	const synonyms = content.synonyms ? parseSynonyms(content.synonyms.file, content.synonyms.text).problems : [];
	// Found in this run: all of them are whole problems already.
	return { problems: [...problems.map(fullProblem), ...synonyms], summary };
}

/** The errors in all content, as of the day `asOf`. */
export function checkContent(content: RawContent, asOf: string): Problem[] {
	return checkAll(content, asOf).problems.filter((p) => p.severity === 'error');
}

/**
 * Checks one entry against the rest of the index: `entry` is an id of the index (a file or folder
 * name; a position for provinces) or a raw file read from disk (a new or edited entry). Errors and
 * warnings, sorted by line. The rest of the index is not checked.
 */
export function checkEntry(index: ContentIndex, kind: EntryKind, entry: string | RawFile): Problem[] {
	const list: readonly RawFile[] =
		kind === 'product' ? index.content.products : kind === 'retired' ? (index.content.retired ?? []) : index.content[LIST_KINDS[kind]];
	const raw = typeof entry === 'string' ? list.find((r) => r.id === entry) : entry;
	if (!raw) throw new Error(`No ${kind} "${String(entry)}" in the content`);
	const problems: Problem[] = [];
	const data = validate(schemaOf(kind), kind, raw, problems);
	if (kind === 'product') checkStories(raw as RawProduct, problems);
	const valid = data === undefined ? undefined : ({ kind, raw, data } as AnyEntry);
	for (const rule of RULES) {
		if (!applies(rule, kind)) continue;
		if (rule.scope === 'entry') {
			rule.raw?.(kind, raw, { asOf: index.asOf, problems });
			if (valid) rule.entry?.(valid, { asOf: index.asOf, problems });
		} else if (valid) rule.entry?.(valid, { index, problems });
	}
	return problems.sort(byPlace);
}
