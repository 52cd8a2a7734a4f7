/** `npm run report`: the editors' reports on the command line, on the minimal fixture. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueFromContent, ContentProblems } from '../../src/lib/editors/catalogue-files.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { translationReport } from '../../src/lib/editors/reports.ts';
import { AS_OF, ROOT } from '../helpers/paths.ts';

const FIXTURE = 'tests/fixtures/minimal';

function report(args: string[], content = FIXTURE) {
	const run = spawnSync(process.execPath, [join(ROOT, 'scripts/report.ts'), ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, OCOP_CONTENT_DIR: content, OCOP_AS_OF: AS_OF },
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each case starts Node on a TypeScript script: seconds each on a busy machine.
describe('the report command', { timeout: 60_000 }, () => {
	it('reads the content folder into the same catalogue the site is built from', () => {
		const c = catalogueFromContent(readContent(join(ROOT, FIXTURE), ROOT), AS_OF);
		expect(c.products.map((p) => p.slug).sort()).toEqual(['che-thu-nghiem', 'non-thu-nghiem']);
		expect(translationReport(c).missing.map((p) => p.slug)).toEqual(['che-thu-nghiem']);
	});

	it('prints the translation report as text', () => {
		const run = report(['translations']);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('English translations: 1/2');
		expect(run.stdout).toContain('che-thu-nghiem');
	});

	it('prints a report as JSON with --json, certificates judged on OCOP_AS_OF', () => {
		const run = report(['certificates', '--json']);
		expect(run.status).toBe(0);
		expect(JSON.parse(run.stdout)).toMatchObject({ asOf: AS_OF, counts: { revoked: 0, expired: 1, expiring: 0 } });
	});

	it('prints what each place stocks as JSON', () => {
		const run = report(['stock', '--json']);
		expect(run.status).toBe(0);
		expect(JSON.parse(run.stdout).map((s: { place: { id: string } }) => s.place.id)).toEqual(['lac-duong', 'thanh-oai']);
	});

	it('names the reports it has when given another, and exits with 2', () => {
		const run = report(['stocks']);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('translations|certificates|stock');
	});

	it('refuses content that fails the content check, printing its problems, and exits with 1', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ocop-report-'));
		cpSync(join(ROOT, FIXTURE), dir, { recursive: true });
		const file = join(dir, 'products/che-thu-nghiem/product.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^stars: .*$/m, 'stars: 6'));
		const run = report(['stock'], dir);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('stars');
		expect(() => catalogueFromContent(readContent(dir, ROOT), AS_OF)).toThrow(ContentProblems);
	});
});
