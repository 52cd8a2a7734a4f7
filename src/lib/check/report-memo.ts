/**
 * The last full check's result, reused while nothing it depends on has changed: every file and
 * folder the check read (their stamps, from the FileCache of that run), the check's own code
 * (`src/lib/**` and `package-lock.json`), the day certificates are judged on and the options. Checking
 * that costs one `stat` per file, against the tens of thousands of objects a check of 13,000
 * products builds even from the cache of parsed files. As soon as one stamp differs (a file edited,
 * added or removed, a folder renamed), the check runs in full, from the cache of parsed files.
 *
 * Light on purpose (node:fs, node:v8 only), so that `npm run check:content` loads the schemas and the
 * story parser only when it has to check.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize } from 'node:v8';
import { RACY_MS, sameStamp, stampOf, writeAtomically, type FileCache } from './file-cache.ts';
import type { Summary } from './summary.ts';
import type { Problem } from './types.ts';

/** Bump when the stored result's shape changes. */
const MEMO_VERSION = 1;

/** What a full check found. */
export interface CheckResult {
	problems: Problem[];
	summary: Summary;
	/** Product folders read. */
	products: number;
}

/** What a result was made for besides the files: a result is reused only for the same. */
export interface MemoKey {
	contentDir: string;
	root: string;
	asOf: string;
	pictures: boolean;
}

interface Memo {
	version: number;
	key: string;
	savedAt: number;
	/** The paths the result depends on, one per line, and their stamps, four numbers each. */
	paths: string;
	stamps: Float64Array;
	result: CheckResult;
}

const keyOf = (k: MemoKey) => JSON.stringify([resolve(k.contentDir), resolve(k.root), k.asOf, k.pictures]);

/** The project's root, from this file's place (src/lib/check/). */
const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The code a result depends on: every file of src/lib (the check, the schemas, the readers) and the installed versions. */
function codeFiles(): string[] {
	const lib = join(PROJECT, 'src/lib');
	const files = readdirSync(lib, { recursive: true, encoding: 'utf8' }).map((f) => join(lib, f));
	return [...files, join(PROJECT, 'package-lock.json')];
}

/** The result stored in `file` for `key`, if nothing it depends on has changed since; undefined otherwise. */
export function reusedResult(file: string, key: MemoKey): CheckResult | undefined {
	let memo: Memo;
	try {
		memo = deserialize(readFileSync(file)) as Memo;
	} catch {
		return undefined;
	}
	if (memo?.version !== MEMO_VERSION || memo.key !== keyOf(key)) return undefined;
	const paths = memo.paths.split('\n');
	const trusted = memo.savedAt - RACY_MS;
	for (let i = 0; i < paths.length; i++) {
		const now = statSync(paths[i] as string, { throwIfNoEntry: false });
		const s = memo.stamps;
		const then = {
			size: s[4 * i] as number,
			mtimeMs: s[4 * i + 1] as number,
			ctimeMs: s[4 * i + 2] as number,
			ino: s[4 * i + 3] as number,
		};
		// A file modified around the time the result was stored may have changed again within the same clock tick.
		if (!now || !sameStamp(now, then) || now.mtimeMs >= trusted) return undefined;
	}
	return memo.result;
}

/** Stores `result`, made by a run that read its files through `cache`, for `key`. */
export function storeResult(file: string, key: MemoKey, cache: FileCache, result: CheckResult): void {
	const stamps = cache.stamps();
	for (const path of codeFiles()) {
		const s = statSync(path, { throwIfNoEntry: false });
		if (s) stamps.set(path, stampOf(s));
	}
	const numbers = new Float64Array(stamps.size * 4);
	let i = 0;
	for (const s of stamps.values()) numbers.set([s.size, s.mtimeMs, s.ctimeMs, s.ino], 4 * i++);
	const memo: Memo = {
		version: MEMO_VERSION,
		key: keyOf(key),
		savedAt: Date.now(),
		paths: [...stamps.keys()].join('\n'),
		stamps: numbers,
		result,
	};
	writeAtomically(file, memo);
}
