#!/usr/bin/env node
// Runs every test suite: the type check (astro check) and vitest's projects (unit tests,
// build-output tests on the built sample site, browser tests in Chromium). Ends with one line,
// "N passed, N failed", summing them all; exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const report = 'tests/.tmp/vitest.json';
mkdirSync('tests/.tmp', { recursive: true });
rmSync(report, { force: true });
let passed = 0;
let failed = 0;

console.log('== typecheck: astro check ==');
const check = spawnSync('astro', ['check'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (check.status === 0) passed++;
else failed++;

console.log('\n== vitest: unit, build output, browser ==');
const extra = process.argv.slice(2);
const vitest = spawnSync('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra], {
	stdio: 'inherit',
	env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
try {
	const json = JSON.parse(readFileSync(report, 'utf8'));
	passed += json.numPassedTests;
	failed += json.numFailedTests;
	// A suite that could not start (e.g. the sample site failed to build) has no tests to count.
	if (json.numTotalTests === 0 || (vitest.status !== 0 && json.numFailedTests === 0)) failed++;
} catch {
	console.error(`vitest wrote no report (${report}); counting it as failed`);
	failed++;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
