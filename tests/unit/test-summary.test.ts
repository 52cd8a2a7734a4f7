/**
 * The closing line of `npm test` is never better than the truth: a test file that cannot start
 * counts as failed, skipped tests are reported, and a failed run never ends with "0 failed".
 * The report comes from a real vitest run on tests/fixtures/vitest-run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closingLine, summarise, type VitestReport } from '../../scripts/test-summary.ts';
import { ROOT, TMP } from '../helpers/paths.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/vitest-run');
const RUNS = join(FIXTURE, 'runs.test.ts');
const CANNOT_START = join(FIXTURE, 'cannot-start.test.ts');
let report: VitestReport;
let exitCode: number | null;
let dir: string;

beforeAll(() => {
	mkdirSync(TMP, { recursive: true });
	dir = mkdtempSync(join(TMP, 'vitest-run-'));
	// A vitest of its own, not a worker of this one.
	const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
	const out = join(dir, 'report.json');
	const run = spawnSync(
		process.execPath,
		[join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=json', `--outputFile.json=${out}`],
		{
			cwd: FIXTURE,
			encoding: 'utf8',
			env,
		},
	);
	exitCode = run.status;
	report = JSON.parse(readFileSync(out, 'utf8')) as VitestReport;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the closing line of npm test', () => {
	it('counts every test of a file that could not start as failed, and reports skipped tests', () => {
		expect(exitCode).toBe(1);
		const tally = summarise(report, { exitCode, root: FIXTURE });
		expect(closingLine(tally)).toBe('2 passed, 3 failed, 1 skipped');
		expect(tally.notes).toEqual([
			'cannot-start.test.ts: could not run (Chromium not found at /usr/bin/chromium); 3 test(s) counted as failed',
		]);
	});

	it('counts a test file that vitest never reported as failed', () => {
		const onlyOne = { testResults: report.testResults.filter((f) => f.name === RUNS) };
		const tally = summarise(onlyOne, { exitCode, expectedFiles: [RUNS, CANNOT_START], root: FIXTURE });
		expect(closingLine(tally)).toBe('2 passed, 1 failed, 1 skipped');
		expect(tally.notes).toEqual(['cannot-start.test.ts: never ran (vitest did not report it); counted as 1 failed']);
	});

	it('counts every expected file as failed when vitest wrote no report at all', () => {
		expect(closingLine(summarise(undefined, { exitCode: 1, expectedFiles: [RUNS, CANNOT_START] }))).toBe('0 passed, 2 failed');
	});

	it('never says "0 failed" when vitest itself failed', () => {
		const onlyPassing = { testResults: report.testResults.filter((f) => f.name === RUNS) };
		expect(closingLine(summarise(onlyPassing, { exitCode: 1 }))).toBe('2 passed, 1 failed, 1 skipped');
		expect(closingLine(summarise(onlyPassing, { exitCode: 0 }))).toBe('2 passed, 0 failed, 1 skipped');
	});
});
