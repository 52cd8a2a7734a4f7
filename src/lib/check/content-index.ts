/**
 * The content index: every file validated on its own, then kept by id, so that cross-file rules
 * (`rules/*.ts`) look things up instead of searching, and so that one entry can be checked against
 * the rest (`checkEntry`) without reading everything again: the scaffolder and the form editor's
 * tests use that.
 */
import type { z } from 'zod';
import { certificateState, type CertificateState } from '../certificate.ts';
import { type District, type Place, type Producer, type ProductFacts, type Province, type RetiredProduct } from '../schema.ts';
import { SCHEMAS, type ContentKind } from '../schema-describe.ts';
import { RULES } from './rules/index.ts';
import { checkStories } from './story.ts';
import type { Problem, RawContent, RawFile, RawProduct } from './types.ts';
import { validate } from './validate.ts';

/** A file that passed its schema: what was read and what it means. */
export interface Entry<T, R extends RawFile = RawFile> {
	raw: R;
	data: T;
}

/** What the rules look things up in. */
export interface ContentIndex {
	/** The day certificate dates are compared with, YYYY-MM-DD. */
	asOf: string;
	content: RawContent;
	provinces: Map<string, Entry<Province>>;
	districts: Map<string, Entry<District>>;
	producers: Map<string, Entry<Producer>>;
	centres: Map<string, Entry<Place>>;
	salesPoints: Map<string, Entry<Place>>;
	/** Valid products by folder name. */
	products: Map<string, Entry<ProductFacts, RawProduct>>;
	retired: Array<Entry<RetiredProduct>>;
	/** Product files by code, in reading order (more than one is a mistake). */
	codes: Map<string, RawFile[]>;
	/** Retired entries by code, in file order. */
	retiredCodes: Map<string, Array<Entry<RetiredProduct>>>;
	/** Every product folder name (valid or not) and its folder. */
	slugs: Map<string, string>;
	/** Product files by each former folder name they list, in reading order. */
	formerSlugs: Map<string, RawFile[]>;
	/** Certificate states of valid products, computed once (see `certificateOf`). */
	certificates: Map<string, CertificateState>;
}

/** The certificate state of a product as of the index's day, computed once per product. */
export function certificateOf(index: ContentIndex, entry: Entry<ProductFacts, RawProduct>): CertificateState {
	// Only an entry of the index is remembered: one checked on its own (checkEntry) may differ from it.
	const indexed = index.products.get(entry.raw.id)?.raw === entry.raw;
	let state = indexed ? index.certificates.get(entry.raw.id) : undefined;
	if (!state) {
		const c = entry.data.certificate;
		state = certificateState(c.date, index.asOf, c.revoked?.date);
		if (indexed) index.certificates.set(entry.raw.id, state);
	}
	return state;
}

/** The kinds of entries the rules see, with their data. */
export interface EntryKinds {
	province: Entry<Province>;
	district: Entry<District>;
	producer: Entry<Producer>;
	centre: Entry<Place>;
	salesPoint: Entry<Place>;
	product: Entry<ProductFacts, RawProduct>;
	retired: Entry<RetiredProduct>;
}
export type EntryKind = keyof EntryKinds;
/** An entry with its kind, so that a rule can tell them apart: `if (e.kind === 'product') e.data.code`. */
export type AnyEntry = { [K in EntryKind]: { kind: K } & EntryKinds[K] }[EntryKind];

/** What a rule gets besides the entry. */
export interface RuleContext {
	index: ContentIndex;
	/** Where the rule adds what it finds. */
	problems: Problem[];
}

/**
 * One cross-file rule (one module in `rules/`). `entry` is called for each valid entry of the kinds
 * it names; `raw` for every file of those kinds, valid or not; `content` once per full check.
 */
export interface Rule {
	name: string;
	kinds?: readonly EntryKind[];
	entry?: (entry: AnyEntry, ctx: RuleContext) => void;
	raw?: (kind: EntryKind, raw: RawFile, ctx: RuleContext) => void;
	content?: (content: RawContent, ctx: RuleContext) => void;
}

const LIST_KINDS = {
	province: 'provinces',
	district: 'districts',
	producer: 'producers',
	centre: 'centres',
	salesPoint: 'salesPoints',
} as const;

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** Validates every file on its own and indexes the valid ones; the problems found go to `problems`. */
export function buildIndex(content: RawContent, asOf: string, problems: Problem[] = []): ContentIndex {
	const index: ContentIndex = {
		asOf,
		content,
		provinces: new Map(),
		districts: new Map(),
		producers: new Map(),
		centres: new Map(),
		salesPoints: new Map(),
		products: new Map(),
		retired: [],
		codes: new Map(),
		retiredCodes: new Map(),
		slugs: new Map(content.products.map((p) => [p.id, p.dir])),
		formerSlugs: new Map(),
		certificates: new Map(),
	};
	for (const raw of content.provinces) {
		const data = validate(SCHEMAS.province, 'province', raw, problems);
		// The first of two equal ids wins; the rule `unique-ids` reports the second.
		if (data && !index.provinces.has(data.id)) index.provinces.set(data.id, { raw, data });
	}
	for (const kind of ['district', 'producer', 'centre', 'salesPoint'] as const) {
		const map = index[LIST_KINDS[kind]] as Map<string, Entry<unknown>>;
		for (const raw of content[LIST_KINDS[kind]]) {
			const data = validate(SCHEMAS[kind] as z.ZodType<unknown>, kind, raw, problems);
			if (data) map.set(raw.id, { raw, data });
		}
	}
	for (const raw of content.retired ?? []) {
		const data = validate(SCHEMAS.retired, 'retired', raw, problems);
		if (!data) continue;
		const entry = { raw, data };
		index.retired.push(entry);
		push(index.retiredCodes, data.code, entry);
	}
	for (const raw of content.products) {
		const data = validate(SCHEMAS.product, 'product', raw, problems);
		checkStories(raw, problems);
		if (!data) continue;
		index.products.set(raw.id, { raw, data });
		push(index.codes, data.code, raw);
		for (const old of data.formerSlugs) push(index.formerSlugs, old, raw);
	}
	return index;
}

/** The entries of each kind, valid or not, as the rules see them. */
function* allRaw(content: RawContent): Generator<[EntryKind, RawFile]> {
	for (const raw of content.provinces) yield ['province', raw];
	for (const raw of content.districts) yield ['district', raw];
	for (const raw of content.producers) yield ['producer', raw];
	for (const raw of content.centres) yield ['centre', raw];
	for (const raw of content.salesPoints) yield ['salesPoint', raw];
	for (const raw of content.retired ?? []) yield ['retired', raw];
	for (const raw of content.products) yield ['product', raw];
}

function* allEntries(index: ContentIndex): Generator<{ [K in EntryKind]: [K, EntryKinds[K]] }[EntryKind]> {
	for (const entry of index.provinces.values()) yield ['province', entry];
	for (const entry of index.districts.values()) yield ['district', entry];
	for (const entry of index.producers.values()) yield ['producer', entry];
	for (const entry of index.centres.values()) yield ['centre', entry];
	for (const entry of index.salesPoints.values()) yield ['salesPoint', entry];
	for (const entry of index.retired) yield ['retired', entry];
	for (const entry of index.products.values()) yield ['product', entry];
}

const byPlace = (a: Problem, b: Problem) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0));

function runRules(ctx: RuleContext, kind: EntryKind, raw: RawFile, entry: EntryKinds[EntryKind] | undefined) {
	for (const rule of RULES) {
		if (rule.kinds && !rule.kinds.includes(kind)) continue;
		rule.raw?.(kind, raw, ctx);
		if (entry && rule.entry) rule.entry({ kind, ...entry } as AnyEntry, ctx);
	}
}

/**
 * Checks all content as of the day `asOf` (YYYY-MM-DD): errors and warnings, sorted by file and
 * line. `checkContent` keeps the errors only.
 */
export function checkAll(content: RawContent, asOf: string): { index: ContentIndex; problems: Problem[] } {
	const problems: Problem[] = [];
	const index = buildIndex(content, asOf, problems);
	const ctx: RuleContext = { index, problems };
	const valid = new Map<RawFile, EntryKinds[EntryKind]>();
	for (const [, entry] of allEntries(index)) valid.set(entry.raw, entry);
	for (const [kind, raw] of allRaw(content)) runRules(ctx, kind, raw, valid.get(raw) ?? duplicateProvince(index, kind, raw));
	for (const rule of RULES) rule.content?.(content, ctx);
	return { index, problems: problems.sort(byPlace) };
}

/** A province listed a second time is valid but not in the index: its rules run on it all the same. */
function duplicateProvince(index: ContentIndex, kind: EntryKind, raw: RawFile): EntryKinds[EntryKind] | undefined {
	if (kind !== 'province' || raw.parseError !== undefined) return undefined;
	const parsed = SCHEMAS.province.safeParse(raw.data);
	return parsed.success && index.provinces.get(parsed.data.id)?.raw !== raw ? { raw, data: parsed.data } : undefined;
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
	const schemaKind: ContentKind = kind;
	const data = validate(SCHEMAS[schemaKind] as z.ZodType<unknown>, schemaKind, raw, problems);
	if (kind === 'product') checkStories(raw as RawProduct, problems);
	const ctx: RuleContext = { index, problems };
	runRules(ctx, kind, raw, data === undefined ? undefined : ({ raw, data } as EntryKinds[EntryKind]));
	return problems.sort(byPlace);
}
