/**
 * The closing line of `npm test`, "N passed, N failed, N skipped", from vitest's JSON report. It is
 * never better than the truth:
 *
 * - a test file that could not start (an import failed, a `beforeAll` threw: no browser, no built
 *   site) counts every test it holds that did not pass as failed, and at least one;
 * - a test file that vitest never reported (its project's global setup failed, vitest crashed)
 *   counts as one failed test;
 * - a run that vitest itself calls failed (non-zero exit) never ends with "0 failed";
 * - tests skipped in files that did start are reported as skipped, not as passed.
 */
import { relative } from 'node:path';

/** The part of vitest's JSON reporter output (the Jest-compatible format) that is read here. */
export interface VitestReport {
	testResults: Array<{
		/** Absolute path of the test file. */
		name: string;
		/** `failed` when a test failed or the file itself could not run. */
		status: string;
		message?: string;
		assertionResults: Array<{ status: string; fullName?: string; title?: string }>;
	}>;
}

export interface Tally {
	passed: number;
	failed: number;
	skipped: number;
	/** One line per file that could not start or was never reported, for the reader. */
	notes: string[];
}

export interface SummariseOptions {
	/** Vitest's exit code (null when it was killed). */
	exitCode: number | null;
	/** Test files that should have run (absolute paths); those missing from the report count as failed. */
	expectedFiles?: readonly string[];
	/** Folder the notes name files relative to. */
	root?: string;
}

/** Tallies a vitest JSON report (undefined when vitest wrote none). */
export function summarise(report: VitestReport | undefined, options: SummariseOptions): Tally {
	const root = options.root ?? process.cwd();
	const tally: Tally = { passed: 0, failed: 0, skipped: 0, notes: [] };
	const reported = new Set<string>();
	for (const file of report?.testResults ?? []) {
		reported.add(file.name);
		const passed = file.assertionResults.filter((t) => t.status === 'passed').length;
		const failed = file.assertionResults.filter((t) => t.status === 'failed').length;
		const notRun = file.assertionResults.length - passed - failed;
		tally.passed += passed;
		// A file whose tests did not all fail by themselves, yet which failed: it could not start or finish.
		const brokenFile = file.status === 'failed' && (failed === 0 || notRun > 0);
		if (brokenFile) {
			const counted = Math.max(1, failed + notRun);
			tally.failed += counted;
			const why = (file.message ?? '').split('\n').find((l) => l.trim()) ?? 'it failed outside its tests';
			tally.notes.push(`${relative(root, file.name)}: could not run (${why.trim()}); ${counted} test(s) counted as failed`);
		} else {
			tally.failed += failed;
			tally.skipped += notRun;
		}
	}
	for (const file of options.expectedFiles ?? []) {
		if (reported.has(file)) continue;
		tally.failed += 1;
		tally.notes.push(`${relative(root, file)}: never ran (vitest did not report it); counted as 1 failed`);
	}
	if (options.exitCode !== 0 && tally.failed === 0) {
		tally.failed = 1;
		tally.notes.push(`vitest exited with ${options.exitCode ?? 'a signal'} although every reported test passed; counted as 1 failed`);
	}
	return tally;
}

/** "12 passed, 0 failed" or "12 passed, 1 failed, 3 skipped". */
export function closingLine(t: Pick<Tally, 'passed' | 'failed' | 'skipped'>): string {
	return `${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ''}`;
}
