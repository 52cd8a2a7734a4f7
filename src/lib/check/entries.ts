/**
 * What the check's rules are given: entries (a file that passed its schema), the index they are
 * looked up in, and the rule types. Kept apart from `content-index.ts`, which runs the rules, so that
 * the rules import from here and nothing imports in a circle.
 */
import { certificateState, type CertificateState } from '../certificate.ts';
import { type District, type Place, type Producer, type ProductFacts, type Province, type RetiredProduct } from '../content/schema.ts';
import type { Problem, RawContent, RawFile, RawProduct, RawRef } from './types.ts';
/** A file that passed its schema: what was read and what it means. */
export interface Entry<T, R extends RawRef = RawFile> {
	raw: R;
	data: T;
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

/**
 * The fields of each kind of entry that rules of scope `index` read (and `unit-cache.ts` keeps for
 * them): an index rule reading another field fails to type-check.
 */
export const REF_FIELDS = {
	province: ['id'],
	district: ['province'],
	producer: ['district'],
	centre: ['district'],
	salesPoint: ['district'],
	product: ['code', 'formerSlugs', 'district', 'producer', 'centres', 'salesPoints'],
	retired: ['code', 'district', 'name'],
} as const satisfies { [K in EntryKind]: ReadonlyArray<keyof EntryKinds[K]['data']> };

type Refs<K extends EntryKind> = Pick<EntryKinds[K]['data'], Extract<(typeof REF_FIELDS)[K][number], keyof EntryKinds[K]['data']>>;
/** What index rules see of each kind of entry: its file (`file`, `id`, its text for positions) and the fields of `REF_FIELDS`. */
export type RefKinds = { [K in EntryKind]: Entry<Refs<K>, RawRef> };
/** An entry as index rules see it. */
export type AnyRefEntry = { [K in EntryKind]: { kind: K } & RefKinds[K] }[EntryKind];

/** What index rules look things up in. */
export interface CrossIndex {
	/** The day certificate dates are compared with, YYYY-MM-DD. */
	asOf: string;
	provinces: Map<string, RefKinds['province']>;
	districts: Map<string, RefKinds['district']>;
	producers: Map<string, RefKinds['producer']>;
	centres: Map<string, RefKinds['centre']>;
	salesPoints: Map<string, RefKinds['salesPoint']>;
	/** Valid products by folder name. */
	products: Map<string, RefKinds['product']>;
	retired: Array<RefKinds['retired']>;
	/** Product files by code, in reading order (more than one is a mistake). */
	codes: Map<string, RawRef[]>;
	/** Retired entries by code, in file order. */
	retiredCodes: Map<string, Array<RefKinds['retired']>>;
	/** Every product folder name (valid or not) and its folder. */
	slugs: Map<string, string>;
	/** Product files by each former folder name they list, in reading order. */
	formerSlugs: Map<string, RawRef[]>;
}

/** The index of everything read, with every entry's data. */
export interface ContentIndex extends CrossIndex {
	content: RawContent;
	provinces: Map<string, Entry<Province>>;
	districts: Map<string, Entry<District>>;
	producers: Map<string, Entry<Producer>>;
	centres: Map<string, Entry<Place>>;
	salesPoints: Map<string, Entry<Place>>;
	products: Map<string, Entry<ProductFacts, RawProduct>>;
	retired: Array<Entry<RetiredProduct>>;
	retiredCodes: Map<string, Array<Entry<RetiredProduct>>>;
	codes: Map<string, RawFile[]>;
	formerSlugs: Map<string, RawFile[]>;
}

const states = new WeakMap<object, { asOf: string; state: CertificateState }>();

/** The certificate state of a product as of `asOf`, computed once per product and day. */
export function certificateOf(asOf: string, entry: Entry<ProductFacts, RawRef>): CertificateState {
	const c = entry.data.certificate;
	const known = states.get(c);
	if (known?.asOf === asOf) return known.state;
	const state = certificateState(c.date, asOf, c.revoked?.date);
	states.set(c, { asOf, state });
	return state;
}

/** What a rule of scope `entry` gets besides the entry: nothing of other entries. */
export interface EntryContext {
	asOf: string;
	/** Where the rule adds what it finds. */
	problems: Problem[];
}

/** What a rule of scope `index` gets besides the entry. */
export interface IndexContext {
	index: CrossIndex;
	/** Where the rule adds what it finds. */
	problems: Problem[];
}

/**
 * A rule whose findings on an entry depend only on that entry's own files and the day: it runs when
 * the unit is checked, and what it finds is kept with the unit between runs. `entry` is called for
 * each valid entry of the kinds it names; `raw` for every file of those kinds, valid or not.
 */
export interface EntryRule {
	name: string;
	scope: 'entry';
	kinds?: readonly EntryKind[];
	entry?: (entry: AnyEntry, ctx: EntryContext) => void;
	raw?: (kind: EntryKind, raw: RawFile, ctx: EntryContext) => void;
}

/**
 * A cross-file rule: it looks at other entries through the index, so it runs on every check, on what
 * the index keeps of each entry (`REF_FIELDS`). `entry` is called for each valid entry of the kinds
 * it names; `content` once per full check.
 *
 * What `entry` finds may depend on the entry itself, on the index's keys (all of them, in order, as for
 * suggestions), and on what the index holds under a key that is the entry's id or a value of one of
 * its fields: after an edit that leaves the index's keys as they were, the rule runs again only on
 * the entries naming a key the edited units hold (`checkFew` in cli.ts), so it must not read other
 * entries in any other way (such as every product of a district).
 */
export interface IndexRule {
	name: string;
	scope: 'index';
	kinds?: readonly EntryKind[];
	entry?: (entry: AnyRefEntry, ctx: IndexContext) => void;
	content?: (content: Pick<RawContent, 'strays'>, ctx: IndexContext) => void;
}

/** One rule (one module in `rules/`). */
export type Rule = EntryRule | IndexRule;
