/**
 * Reproducible builds: two builds of the same commit and content must be byte-identical, so that a
 * deploy changes exactly what the editors changed, and a diff of two builds is a review tool.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allFiles } from './dist.ts';
import type { Failure } from './report.ts';

/**
 * Pagefind's filter and metadata indexes and its entry file (which names them by hash) are not
 * stable between runs in Pagefind 1.5 (upstream Pagefind/pagefind#638: fragments became stable in
 * 1.3, "other files will still change"). They are left out; the pages and fragments are compared.
 */
export const UNSTABLE_UPSTREAM = /^pagefind\/(filter\/|pagefind\.[a-z-]+_[0-9a-f]+\.pf_meta$|pagefind-entry\.json$)/;

/** Every file that is not byte-identical between the builds in `a` and `b`, or is in only one of them. */
export function compareBuilds(a: string, b: string): Failure[] {
	const failures: Failure[] = [];
	const stable = (file: string) => !UNSTABLE_UPSTREAM.test(file);
	const inA = new Set(allFiles(a).filter(stable));
	const inB = new Set(allFiles(b).filter(stable));
	const fail = (file: string, element: string, rule: string, message: string) =>
		failures.push({ gate: 'reproducible', page: `/${file}`, element, rule, message });
	for (const file of [...new Set([...inA, ...inB])].sort()) {
		if (!inA.has(file) || !inB.has(file)) {
			fail(file, '', 'file-set', `the file is in only one of the two builds (${inA.has(file) ? 'the first' : 'the second'})`);
			continue;
		}
		const x = readFileSync(join(a, file));
		const y = readFileSync(join(b, file));
		if (x.equals(y)) continue;
		if (/\.(html|xml|txt|css|js|json|svg)$/.test(file)) {
			const lx = x.toString('utf8').split('\n');
			const ly = y.toString('utf8').split('\n');
			const line = lx.findIndex((l, i) => l !== ly[i]);
			const at = line === -1 ? lx.length : line;
			const l1 = lx[at] ?? '';
			const l2 = ly[at] ?? '';
			const col = [...l1].findIndex((ch, i) => ch !== l2[i]);
			const around = (s: string) => JSON.stringify(s.slice(Math.max(0, col - 40), col + 40));
			fail(file, `line ${at + 1}`, 'bytes', `the builds differ: ${around(l1)} vs ${around(l2)}`);
		} else fail(file, '', 'bytes', `the builds differ (${x.length} vs ${y.length} bytes)`);
	}
	return failures;
}
