/** "Did you mean…?": the existing ids closest to a mistyped one. */
import { distance } from 'fastest-levenshtein';

/**
 * Up to `max` ids of `known` closest to `value` by edit distance, closest first, keeping only those
 * near enough to be the same word mistyped (at most a third of its letters changed, at least 2);
 * ties go to the id sharing the longest beginning with `value`, then alphabetical order.
 */
export function closest(value: string, known: Iterable<string>, max = 3): string[] {
	const limit = Math.max(2, Math.floor(value.length / 3));
	const prefix = (id: string) => {
		let n = 0;
		while (n < id.length && id[n] === value[n]) n++;
		return n;
	};
	const hits: Array<{ id: string; d: number; p: number }> = [];
	for (const id of known) {
		if (Math.abs(id.length - value.length) > limit) continue;
		const d = distance(value, id);
		if (d <= limit) hits.push({ id, d, p: prefix(id) });
	}
	return hits
		.sort((a, b) => a.d - b.d || b.p - a.p || (a.id < b.id ? -1 : 1))
		.slice(0, max)
		.map((h) => h.id);
}
