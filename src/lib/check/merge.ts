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

const byPlace = (a: AnyProblem, b: AnyProblem) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0));

/**
 * Every problem, sorted by file and line. Problems on the same line keep the order they were found
 * in: first the schemas' and the story check's, unit by unit; then, entry by entry, the rules' in the
 * order of `RULES`; then those about the content as a whole.
 */
export function mergeFound(units: readonly FoundUnit[], cross: CrossFound): { problems: AnyProblem[]; summary: Summary } {
	const problems: AnyProblem[] = [];
	const facts: ProductFact[] = [];
	for (const unit of units) for (const p of unit.own) problems.push(p);
	let n = 0;
	for (const unit of units) {
		for (const e of unit.entries) {
			if (e.fact) facts.push(e.fact);
			const other = cross.byEntry.get(n++);
			let i = 0;
			let j = 0;
			// Both lists are in rule order, and no rule is in both.
			while (i < e.found.length || (other && j < other.length)) {
				const take = !other || j >= other.length || (i < e.found.length && e.found[i]![0] < other[j]![0]) ? e.found[i++]! : other[j++]!;
				for (const p of take[1]) problems.push(p);
			}
		}
	}
	for (const p of cross.content) problems.push(p);
	return { problems: problems.sort(byPlace), summary: summariseFacts(facts, cross.counts) };
}
