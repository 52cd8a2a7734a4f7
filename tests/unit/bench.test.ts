import { describe, expect, it } from 'vitest';
import { hostChecks, phasesFromLog, projectFolder, type DistStats } from '../../scripts/bench/run.ts';

const stats = (over: Partial<DistStats>): DistStats => ({
	bytes: 1000,
	files: 10,
	folder: { path: '_astro', entries: 5 },
	file: { path: 'a.html', bytes: 100 },
	pagefindBytes: 0,
	pagefindFiles: 0,
	pfMeta: {},
	htmlFiles: 1,
	htmlBytes: 100,
	...over,
});

describe('the bench', () => {
	it('holds a built site to the static hosts’ limits, each named with its figure', () => {
		expect(hostChecks(stats({})).every((c) => c.pass)).toBe(true);
		const big = hostChecks(
			stats({
				bytes: 1_700_000_000,
				files: 120_671,
				folder: { path: '_astro', entries: 98_643 },
				file: { path: 'x', bytes: 30 * 1024 * 1024 },
			}),
		);
		expect(big.filter((c) => !c.pass).map((c) => c.what)).toEqual([
			'total size vs 1 GB (GitHub Pages)',
			'files vs 100,000 (Cloudflare Pages, paid)',
			'files vs 20,000 (Cloudflare Pages, free)',
			'largest folder vs 54,000 entries (Netlify)',
			'largest file vs 25 MiB (Cloudflare Pages)',
		]);
		expect(
			hostChecks(stats({ files: 55_054 }))
				.filter((c) => !c.pass)
				.map((c) => c.value),
		).toEqual([55_054]);
	});

	it('reads the phases of a build from when Astro’s log lines arrived and what the integrations report, pictures as the wait for them after the pages', () => {
		const lines = [
			[8700, '[ocop:content-check] 1000 products checked in 8700 ms'],
			[10_000, '[content] Syncing content'],
			[35_000, '[content] Synced content'],
			[36_000, '[build] Building static entrypoints...'],
			[181_000, ' generating static routes '],
			[556_000, '✓ Completed in 6m 15s.'],
			[600_000, '[ocop:pictures] 44180 picture files (44180 drawn, 0 from cache); drawing took 932551 ms, 44000 ms of it after the pages'],
			[1_299_000, '[ocop:social-images] 13000 social preview pictures (13000 drawn, 0 from cache)'],
			[1_371_000, '[ocop:search-index] search index: 13000 en, 13000 vi pages, 48000 kB, in 72000 ms'],
		].map(([t, text]) => ({ t: t as number, text: text as string }));
		const phases = phasesFromLog(lines, 1_380_000);
		expect(phases).toEqual({
			'content check': 8.7,
			'content sync': 25,
			bundling: 145,
			rendering: 375,
			pictures: 44,
			'social pictures': 699,
			'search index': 72,
			other: expect.closeTo(1380 - (8.7 + 25 + 145 + 375 + 44 + 699 + 72), 5),
		});
	});

	it('counts a phase that did not happen as zero', () => {
		expect(phasesFromLog([{ t: 5, text: 'nothing Astro would say' }], 1000)).toMatchObject({
			pictures: 0,
			'search index': 0,
			'content sync': 0,
		});
	});
});

describe('the projection of the pages’ folder', () => {
	it('fits a line through the sizes built and reads it at another size', () => {
		const points = [
			{ products: 1000, bytes: 80_000_000, files: 8_000 },
			{ products: 5000, bytes: 360_000_000, files: 36_000 },
			{ products: 13_000, bytes: 920_000_000, files: 92_000 },
		];
		expect(projectFolder(points, 20_000)).toEqual({ bytes: 1_410_000_000, files: 141_000, fit: 'linear' });
	});

	it('with one size built, scales it in proportion and says so', () => {
		expect(projectFolder([{ products: 1000, bytes: 70_000_000, files: 7_100 }], 20_000)).toEqual({
			bytes: 1_400_000_000,
			files: 142_000,
			fit: 'proportional',
		});
	});
});
