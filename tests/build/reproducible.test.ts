/**
 * Building the same content twice gives byte-identical output: the minimal fixture is built from a
 * fresh copy (so Astro's cache starts cold) and again with the cache warm, with clocks set to time
 * zones a day apart (UTC+14 and UTC−12), so that anything dated by the build day would differ.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareBuilds } from '../../scripts/gates/reproducible.ts';
import { buildSite } from '../helpers/build.ts';
import { expectFailure, expectNoFailures } from '../helpers/gates.ts';
import { ROOT, TMP } from '../helpers/paths.ts';

const DIR = join(TMP, `reproducible-${process.pid}`);
const CONTENT = join(DIR, 'content');
/** Astro's cache folder for this content folder (the rule is in astro.config.mjs). */
const CACHE = join(ROOT, 'node_modules/.astro', `content-${CONTENT.replace(/[^a-z0-9]+/gi, '-')}`);

afterAll(() => {
	rmSync(DIR, { recursive: true, force: true });
	rmSync(CACHE, { recursive: true, force: true });
});

describe('reproducible builds', () => {
	it('building the same content twice, a day apart on the clock, gives byte-identical files', () => {
		rmSync(DIR, { recursive: true, force: true });
		cpSync(join(ROOT, 'tests/fixtures/minimal'), CONTENT, { recursive: true });
		expect(existsSync(CACHE), 'the first build starts without a cache').toBe(false);
		const first = buildSite(CONTENT, join(DIR, 'first'), { TZ: 'Pacific/Kiritimati' });
		expect(first.status, first.output.slice(-3000)).toBe(0);
		const second = buildSite(CONTENT, join(DIR, 'second'), { TZ: 'Etc/GMT+12' });
		expect(second.status, second.output.slice(-3000)).toBe(0);
		expect(existsSync(join(DIR, 'first/index.html'))).toBe(true);
		expectNoFailures(compareBuilds(join(DIR, 'first'), join(DIR, 'second')));
	}, 600_000); // two builds, slow on a shared machine

	it('the comparison names a file that differs, the line and what differs', () => {
		const [a, b] = [join(DIR, 'a'), join(DIR, 'b')];
		for (const [dir, day] of [
			[a, '2026-11-22'],
			[b, '2026-11-23'],
		] as const) {
			mkdirSync(join(dir, 'en'), { recursive: true });
			writeFileSync(join(dir, 'en/index.html'), `<!doctype html>\n<p>Built on ${day}</p>\n`);
		}
		writeFileSync(join(a, 'only-here.txt'), 'x');
		const failures = compareBuilds(a, b);
		expect(expectFailure(failures, '/en/index.html', 'bytes')[0]).toMatchObject({
			element: 'line 2',
			message: 'the builds differ: "<p>Built on 2026-11-22</p>" vs "<p>Built on 2026-11-23</p>"',
		});
		expectFailure(failures, '/only-here.txt', 'file-set');
	});
});
