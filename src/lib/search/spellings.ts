/**
 * The spellings people type, and the words a query found nothing for. Plain logic shared by the
 * build (records.ts, the index integration) and the search page's script (which bundles it, with
 * fastest-levenshtein).
 *
 * - Joined syllables: Vietnamese is written in syllables (`mắc ca`, `cà phê`, `nước mắm`), and people
 *   type them joined (`macca`, `caphe`, `nuocmam`); a record also holds its name's and group's
 *   syllables joined two and three at a time (`joinedForms`).
 * - Synonyms: content/synonyms.yaml (synonyms.ts reads and checks it) lists words that mean the
 *   same (`cà phê`, `cafe`, `coffee`); a record whose name or group holds one also holds the others
 *   (`aliasesFor`).
 * Both go in the record's `aka` meta field, which weighs less than the name (META_WEIGHTS), so a
 * product whose real name has the word ranks above one that has it only through an alias.
 * - The vocabulary: the words of names, groups, places and synonyms, written at build time
 *   (`vocabulary`) and fetched by the search page only when a query word found nothing, to offer
 *   the nearest words (`suggestions`).
 */
import { distance } from 'fastest-levenshtein';

/** Text without tone and vowel marks, đ folded to d, lower case: how a phone keyboard without Vietnamese types it. */
export function plain(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[đðĐÐ]/g, 'd')
		.toLowerCase();
}

/** The words (syllables) of a text, plain. */
export function syllables(text: string): string[] {
	return plain(text)
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

/**
 * The syllables of each text joined two and three at a time (`Nước mắm cá cơm` → `nuocmam`,
 * `mamca`, `cacom`, `nuocmamca`, `mamcacom`): what people type for a name's words run together.
 */
export function joinedForms(texts: readonly string[]): string[] {
	const out = new Set<string>();
	for (const text of texts) {
		const words = syllables(text);
		for (let i = 0; i < words.length; i++) for (const n of [2, 3]) if (i + n <= words.length) out.add(words.slice(i, i + n).join(''));
	}
	return [...out];
}

/** One entry of content/synonyms.yaml: words that mean the same in a search. */
export interface Synonym {
	/** The words as the catalogue writes them, e.g. `cà phê`. */
	words: string;
	/** What people also type for them, e.g. `cafe`, `coffee`, `caphe`. */
	also: string[];
}

/** Whether `text` holds `phrase` as whole words, marks and case aside. */
function holds(text: string, phrase: string): boolean {
	const words = syllables(phrase).join(' ');
	return words !== '' && ` ${syllables(text).join(' ')} `.includes(` ${words} `);
}

/**
 * The aliases the synonyms give texts (a product's name and group): for each entry one of whose
 * words (`words` or one of `also`) the texts hold, the entry's other words, plain.
 */
export function aliasesFor(texts: readonly string[], synonyms: readonly Synonym[]): string[] {
	const out = new Set<string>();
	for (const entry of synonyms) {
		const all = [entry.words, ...entry.also];
		const found = all.filter((w) => texts.some((t) => holds(t, w)));
		if (found.length === 0) continue;
		for (const w of all) if (!found.includes(w)) out.add(syllables(w).join(' '));
	}
	return [...out];
}

/** Words for the vocabulary file, most used first, in their written form (marks kept). */
export function vocabulary(texts: Iterable<string>, max: number): string[] {
	const counts = new Map<string, { form: string; count: number }>();
	const add = (form: string) => {
		const key = plain(form);
		const seen = counts.get(key);
		if (seen) seen.count++;
		else counts.set(key, { form, count: 1 });
	};
	for (const text of texts) {
		const words = text
			.normalize('NFC')
			.split(/[^\p{L}\p{M}\p{N}]+/u)
			.filter((w) => w.length > 1 && !/\d/.test(w))
			.map((w) => w.toLowerCase());
		for (const w of words) add(w);
		// Two syllables together (`mắc ca`), suggested for a joined word (`macxa`).
		for (let i = 0; i + 1 < words.length; i++) add(`${words[i]} ${words[i + 1]}`);
	}
	return [...counts.values()]
		.filter((e) => e.count > 1 || !e.form.includes(' '))
		.sort((a, b) => b.count - a.count || a.form.localeCompare(b.form))
		.slice(0, max)
		.map((e) => e.form);
}

/**
 * The vocabulary's words nearest to `word` (marks, case and spaces aside): at most `max`, each at
 * most one edit away for a short word, two for a word of six letters or more, nearest first, then
 * most used (the vocabulary's order).
 */
export function suggestions(word: string, words: readonly string[], max = 3): string[] {
	const key = plain(word).replace(/\s+/g, '');
	if (!key) return [];
	const limit = key.length >= 6 ? 2 : 1;
	const found: { form: string; d: number; i: number }[] = [];
	const seen = new Set<string>();
	words.forEach((form, i) => {
		const k = plain(form).replace(/\s+/g, '');
		if (k === key || seen.has(k) || Math.abs(k.length - key.length) > limit) return;
		const d = distance(k, key);
		if (d <= limit) {
			seen.add(k);
			found.push({ form, d, i });
		}
	});
	return found
		.sort((a, b) => a.d - b.d || a.i - b.i)
		.slice(0, max)
		.map((f) => f.form);
}

/**
 * Whether a query word found what it says, judged on a result Pagefind gave for it alone: the
 * result's `content` and the positions of its words that matched (`locations`). Pagefind answers a
 * word it does not have with a shorter word it has (1.6: `macca` finds `Ma` of Buôn Ma Thuột), so
 * a result whose matched words do not start with the word typed (marks aside) is not a find. A
 * result that matched only a meta field (no position: a joined spelling or a synonym) is.
 */
export function wordFound(word: string, content: string, locations: readonly number[]): boolean {
	if (locations.length === 0) return true;
	const key = syllables(word).join('');
	const words = content.split(/\s+/);
	return locations.some((at) =>
		syllables(words[at] ?? '')
			.join('')
			.startsWith(key),
	);
}
