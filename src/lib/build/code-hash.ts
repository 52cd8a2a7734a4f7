/**
 * A hash of the source files that draw or compute a cache's files, and of every project file they
 * import (relative imports and `new URL('../…', import.meta.url)`, followed): a cache keyed by it
 * misses as soon as that code changes, so no version number has to be bumped by hand.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]|new URL\(\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * The hash of `files` (paths from `root`, the project's folder) and of what they import from the
 * project. It reads the files each time: callers that key many things keep it for their run.
 */
export function codeHash(files: readonly string[], root: string = process.cwd()): string {
	const sources = new Map<string, string>();
	const queue = files.map((f) => resolve(root, f));
	for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
		if (sources.has(file)) continue;
		let text: string;
		try {
			text = readFileSync(file, 'utf8');
		} catch {
			continue; // a path named in a comment, or a package's file: not project code
		}
		sources.set(file, text);
		for (const m of text.matchAll(IMPORT)) queue.push(resolve(dirname(file), (m[1] ?? m[2]) as string));
	}
	const hash = createHash('sha256');
	// In path order, with paths from the root: the same checkout in another folder gives the same hash.
	for (const file of [...sources.keys()].sort()) hash.update(`${relative(root, file)}\0${sources.get(file)}\0`);
	return hash.digest('hex').slice(0, 16);
}
