/**
 * content/synonyms.yaml: words that mean the same in a search, which editors extend. Optional (no
 * file, no synonyms). Each entry:
 *
 *   - words: cà phê              # as the catalogue writes them
 *     also: [cafe, caphe, coffee] # what people also type
 *
 * A product whose name or group holds any of an entry's words is also found by the others
 * (spellings.ts, aliasesFor). Read by the build (search records) and checked by the content check
 * (check/content-index.ts, checkAll), each problem with its file, line, message id and fix in both
 * languages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { problem } from '../check/problem.ts';
import type { Problem } from '../check/types.ts';
import { plain, syllables, type Synonym } from './spellings.ts';

/** The file's name in the content folder. */
export const SYNONYMS_FILE = 'synonyms.yaml';

/** The synonyms read from a content folder, and the problems of the file. */
export interface SynonymsRead {
	synonyms: Synonym[];
	problems: Problem[];
}

/** The 1-based line of a node in `text`. */
function lineOf(text: string, node: Node | null | undefined): number | undefined {
	const offset = node?.range?.[0];
	return offset === undefined ? undefined : text.slice(0, offset).split('\n').length;
}

/** A word with letters in it (a synonym of only digits or signs would match anything or nothing). */
const isWord = (value: unknown): value is string => typeof value === 'string' && syllables(value).some((s) => /\p{L}/u.test(s));

/**
 * Reads and checks `<contentDir>/synonyms.yaml`; `root` makes the file's name in problems relative.
 * Entries with a problem are left out of `synonyms`.
 */
export function readSynonyms(contentDir: string, root = process.cwd()): SynonymsRead {
	const path = join(contentDir, SYNONYMS_FILE);
	if (!existsSync(path)) return { synonyms: [], problems: [] };
	return parseSynonyms(relative(root, path), readFileSync(path, 'utf8'));
}

/** Parses and checks the text of a synonyms file named `file` (for problems). */
export function parseSynonyms(file: string, text: string): SynonymsRead {
	const problems: Problem[] = [];
	const doc = parseDocument(text);
	if (doc.errors.length) {
		const error = doc.errors[0]!;
		problems.push(
			problem(
				'unreadable-yaml',
				{ file, line: error.linePos?.[0].line ?? 1, column: error.linePos?.[0].col ?? 1 },
				`Không đọc được ${SYNONYMS_FILE}: ${error.message}`,
				`${SYNONYMS_FILE} cannot be read: ${error.message}`,
			),
		);
		return { synonyms: [], problems };
	}
	if (doc.contents === null) return { synonyms: [], problems };
	const bad = (node: Node | null | undefined, path: Array<string | number>, vi: string, en: string) =>
		problems.push(problem('synonym-invalid', { file, path, line: lineOf(text, node) ?? 1 }, vi, en));
	if (!isSeq(doc.contents)) {
		bad(
			doc.contents,
			[],
			'Tệp phải là một danh sách, mỗi mục bắt đầu bằng `- words:`.',
			'The file must be a list, each entry starting with `- words:`.',
		);
		return { synonyms: [], problems };
	}
	const synonyms: Synonym[] = [];
	/** Where each word (plain) was first listed. */
	const seen = new Map<string, number>();
	doc.contents.items.forEach((item, i) => {
		if (!isMap(item)) {
			bad(item as Node, [i], 'Mục này phải có `words:` và `also:`.', 'This entry must have `words:` and `also:`.');
			return;
		}
		const wordsNode = item.get('words', true);
		const alsoNode = item.get('also', true);
		const words = isScalar(wordsNode) ? wordsNode.value : undefined;
		if (!isWord(words)) {
			bad(
				wordsNode ?? item,
				[i, 'words'],
				'Ghi `words:` là các từ như danh mục viết, ví dụ `words: cà phê`.',
				'Write `words:` as the catalogue writes them, e.g. `words: cà phê`.',
			);
			return;
		}
		const also = isSeq(alsoNode) ? alsoNode.items : undefined;
		if (!also?.length) {
			bad(
				alsoNode ?? item,
				[i, 'also'],
				'Ghi `also:` là danh sách các cách gõ khác, ví dụ `also: [cafe, caphe, coffee]`.',
				'Write `also:` as a list of other ways people type them, e.g. `also: [cafe, caphe, coffee]`.',
			);
			return;
		}
		const entry: Synonym = { words, also: [] };
		let ok = true;
		for (const [j, node] of [[-1, wordsNode] as const, ...also.map((n, j) => [j, n] as const)]) {
			const value = isScalar(node) ? node.value : undefined;
			const path = j < 0 ? [i, 'words'] : [i, 'also', j];
			if (!isWord(value)) {
				bad(node as Node, path, 'Mỗi từ trong `also` phải có chữ cái.', 'Each word of `also` must have letters in it.');
				ok = false;
				continue;
			}
			const key = plain(value).trim();
			const first = seen.get(key);
			if (first !== undefined) {
				problems.push(
					problem(
						'synonym-repeated',
						{ file, path, line: lineOf(text, node as Node) ?? 1 },
						`“${value}” đã được ghi ở mục bắt đầu từ dòng ${first}: gộp hai mục hoặc xoá từ này ở một mục.`,
						`“${value}” is already listed in the entry starting on line ${first}: merge the entries or remove the word from one.`,
					),
				);
				ok = false;
				continue;
			}
			seen.set(key, lineOf(text, item) ?? 1);
			if (j >= 0) entry.also.push(value);
		}
		if (ok) synonyms.push(entry);
	});
	return { synonyms, problems };
}
