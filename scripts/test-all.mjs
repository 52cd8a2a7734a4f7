#!/usr/bin/env node
// Runs every test suite: formatting (Prettier), lint (ESLint), the type check (astro check) and
// vitest's projects (unit tests, build-output tests on the built sample site, browser tests in
// Chromium). It first makes sure the browser is there (scripts/chromium.ts: the lockfile's
// Chromium, unpacked on first use, or CHROMIUM_PATH). Ends with one line, "N passed, N failed"
// (", N skipped" when tests were skipped), never better than the truth (scripts/test-summary.ts);
// exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { globSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumPath, NoBrowserError } from './chromium.ts';
import { closingLine, summarise } from './test-summary.ts';

const report = 'tests/.tmp/vitest.json';
mkdirSync('tests/.tmp', { recursive: true });
rmSync(report, { force: true });
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
let passed = 0;
let failed = 0;
let skipped = 0;
const notes = [];

console.log('== browser for the browser tests ==');
try {
	console.log(`Chromium: ${await chromiumPath()}`);
} catch (e) {
	// The browser test files will fail to start and be counted as failed; say why once, here.
	notes.push(e instanceof NoBrowserError ? e.message : String(e));
	console.error(notes.at(-1));
}

/** Runs one whole-tree check that passes or fails as one. */
function check(title, command, args) {
	console.log(`\n== ${title} ==`);
	const run = spawnSync(command, args, { stdio: 'inherit', env });
	if (run.status === 0) passed++;
	else {
		failed++;
		notes.push(`${title} failed`);
	}
}

check('format: prettier --check', 'prettier', ['--check', '--log-level=warn', '.']);
check('lint: eslint', 'eslint', ['--max-warnings=0', '.']);
check('typecheck: astro check', 'astro', ['check']);

console.log('\n== vitest: unit, build output, browser ==');
const extra = process.argv.slice(2);
const vitest = spawnSync('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra], {
	stdio: 'inherit',
	env,
});
let json;
try {
	json = JSON.parse(readFileSync(report, 'utf8'));
} catch {
	notes.push(`vitest wrote no report (${report})`);
}
// With no filter given, every test file of the projects should appear in the report.
const expectedFiles = extra.length
	? []
	: globSync(['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts']).map((f) => resolve(f));
const tally = summarise(json, { exitCode: vitest.status, expectedFiles });
passed += tally.passed;
failed += tally.failed;
skipped += tally.skipped;
notes.push(...tally.notes);

if (notes.length) console.log(`\n${notes.map((n) => `- ${n}`).join('\n')}`);
console.log(`\n${closingLine({ passed, failed, skipped })}`);
process.exit(failed ? 1 : 0);
