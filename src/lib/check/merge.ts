/**
 * The last step of a full check: every unit's findings and the cross-file rules' put in one list,
 * sorted by file and line, and the summary. Light (no schemas, no rules), so that a run finding
 * nothing changed puts the stored findings together without loading them (unit-cache.ts).
 */
import type { CertificateStatus } from '../certificate.ts';
import type { Summary } from './summary.ts';
import type { Problem, Severity } from './types.ts';

/** What one valid product adds to the summary. */
export interface ProductFact {
	stars: number;
	status: CertificateStatus;
	english: boolean;
}

/**
 * A problem kept in the cache (unit-cache.ts) for a unit that did not change: what sorting, counting
 * and choosing what to print need, the rest (its messages) decoded only when it is printed.
 */
export interface KeptProblem {
	file: string;
	line?: number;
	id: string;
	severity: Severity;
	/** The whole problem. */
	full(): Problem;
	/** The whole problem as JSON, as it was stored. */
	json(): string;
}

/** A problem found in this run, or one kept from the last. */
export type AnyProblem = Problem | KeptProblem;

/** The whole of a problem. */
export const fullProblem = (p: AnyProblem): Problem => ('full' in p ? p.full() : p);

/** Problems found by rules, by the rule's place in `RULES`, in that order (only rules that found something). */
export type FoundByRule = Array<[number, AnyProblem[]]>;

/** What merging needs of a unit's entry. */
export interface FoundEntry {
	/** What the rules of scope `entry` found. */
	found: FoundByRule;
	/** A valid product's share of the summary. */
	fact?: ProductFact;
}

/** What merging needs of a unit. */
export interface FoundUnit {
	/** Problems of its files against their schemas and the story check. */
	own: AnyProblem[];
	entries: readonly FoundEntry[];
}

/** What the cross-file rules found, for every unit's entries (numbered across all units, in order) and for the content as a whole. */
export interface CrossFound {
	byEntry: Map<number, FoundByRule>;
	content: Problem[];
	/** Sizes of the index, for the summary. */
	counts: Pick<Summary, 'products' | 'producers' | 'districts'>;
}

/** The summary of the valid products' facts; `counts` are the sizes of the index. */
export function summariseFacts(facts: Iterable<ProductFact>, counts: CrossFound['counts']): Summary {
	const stars = { 3: 0, 4: 0, 5: 0 };
	const status = { valid: 0, expired: 0, revoked: 0 };
	let english = 0;
	for (const fact of facts) {
		stars[fact.stars as 3 | 4 | 5]++;
		status[fact.status]++;
		if (fact.english) english++;
	}
	return { products: counts.products, stars, status, english, producers: counts.producers, districts: counts.districts };
}

/**
 * The summary `summariseFacts` gives once the facts `before` are replaced by `after` in those `s` was
 * made of: the counts are sums, so the other products' facts need not be read again.
 */
export function adjustSummary(
	s: Summary,
	before: readonly ProductFact[],
	after: readonly ProductFact[],
	counts: CrossFound['counts'],
): Summary {
	const stars = { ...s.stars };
	const status = { ...s.status };
	let english = s.english;
	for (const [facts, sign] of [
		[before, -1],
		[after, 1],
	] as const) {
		for (const fact of facts) {
			stars[String(fact.stars) as '3' | '4' | '5'] += sign;
			status[fact.status] += sign;
			if (fact.english) english += sign;
		}
	}
	return { products: counts.products, stars, status, english, producers: counts.producers, districts: counts.districts };
}

/**
 * Where a problem comes in the order problems are found, before they are sorted by place: for the
 * schemas' and the story check's, [0, its unit's number, its number in the unit, 0]; for the rules',
 * [1, the entry's number across all units, the rule's place in `RULES`, its number among that rule's
 * findings on the entry]; for those about the content as a whole, [2, its number, 0, 0]. Sorting by
 * place, then by rank, puts problems in the order `mergeFound` gives, so that a run checking a few
 * units can merge their findings into the last report (unit-cache.ts).
 */
export type Rank = [phase: 0 | 1 | 2, a: number, b: number, c: number];

/** A problem with its rank. */
export interface Ranked {
	p: AnyProblem;
	r: Rank;
}

/** By file, then line, then rank. */
export function byPlaceAndRank({ p: a, r: x }: Ranked, { p: b, r: y }: Ranked): number {
	if (a.file !== b.file) return a.file < b.file ? -1 : 1;
	return (a.line ?? 0) - (b.line ?? 0) || x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || x[3] - y[3];
}

/** The problems a unit's entries found, with their ranks; `entry` is the number of its first entry across all units. */
export function rankEntryFound(found: FoundByRule, entry: number, into: Ranked[]): void {
	for (const [rule, problems] of found) problems.forEach((p, k) => into.push({ p, r: [1, entry, rule, k] }));
}

/**
 * Every problem, sorted by file and line, with its rank (`ranks[i]` is that of `problems[i]`).
 * Problems on the same line keep the order they were found in: first the schemas' and the story
 * check's, unit by unit; then, entry by entry, the rules' in the order of `RULES`; then those about
 * the content as a whole.
 */
export function mergeFound(units: readonly FoundUnit[], cross: CrossFound): { problems: AnyProblem[]; ranks: Rank[]; summary: Summary } {
	const ranked: Ranked[] = [];
	const facts: ProductFact[] = [];
	units.forEach((unit, u) => unit.own.forEach((p, k) => ranked.push({ p, r: [0, u, k, 0] })));
	let n = 0;
	for (const unit of units) {
		for (const e of unit.entries) {
			if (e.fact) facts.push(e.fact);
			rankEntryFound(e.found, n, ranked);
			const other = cross.byEntry.get(n);
			if (other) rankEntryFound(other, n, ranked);
			n++;
		}
	}
	cross.content.forEach((p, k) => ranked.push({ p, r: [2, k, 0, 0] }));
	ranked.sort(byPlaceAndRank);
	return { problems: ranked.map((x) => x.p), ranks: ranked.map((x) => x.r), summary: summariseFacts(facts, cross.counts) };
}
