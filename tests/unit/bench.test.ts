import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderKinds, formatKinds, projectKinds } from '../../scripts/bench/kinds.ts';
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

describe('the pages’ folder kind by kind', () => {
	it('counts every file once under its kind: pages by kind of page, a moved product’s redirect apart, other files by folder', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ocop-kinds-'));
		try {
			const file = (path: string, text: string) => {
				mkdirSync(dirname(join(dir, path)), { recursive: true });
				writeFileSync(join(dir, path), text);
			};
			file('san-pham/tra/index.html', '<!doctype html><title>Tra</title>'.padEnd(1000, ' '));
			file('en/products/tra/index.html', '<!doctype html><title>Tea</title>'.padEnd(900, ' '));
			const moved = '<meta http-equiv="refresh" content="0; url=/san-pham/tra/">';
			const permalink = `<noscript>${moved}</noscript><main data-permalink="redirect">`;
			file('san-pham/tra-cu/index.html', moved);
			file('p/ld-1/index.html', permalink);
			file('in/districts/bao-loc/index.html', 'labels');
			file('in/products/bao-loc/en/index.html', 'sheets');
			file('trips/vi/districts/bao-loc.json', '{}');
			file('pagefind/fragment/a.pf_fragment', 'xx');
			file('_astro/a.css', 'body{}');
			const kinds = folderKinds(dir);
			expect(Object.fromEntries(kinds)).toEqual({
				product: { files: 2, bytes: 1900 },
				'moved product (redirect)': { files: 1, bytes: moved.length },
				permalink: { files: 1, bytes: permalink.length },
				'label sheet': { files: 1, bytes: 6 },
				'product sheet': { files: 1, bytes: 6 },
				'trip lists (trips/)': { files: 1, bytes: 2 },
				'search index (pagefind/)': { files: 1, bytes: 2 },
				'scripts and styles (_astro/)': { files: 1, bytes: 6 },
			});
			expect([...kinds.keys()][0]).toBe('product');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('projects each kind on a line through the sizes built, so that a kind that does not grow stays as it is', () => {
		const at = (products: number, pages: number, assets: number) => ({
			products,
			kinds: new Map([
				['product', { files: 2 * products, bytes: 15_000 * products }],
				['scripts and styles (_astro/)', { files: 400, bytes: assets }],
				['home', { files: 2, bytes: 40_000 }],
				['district', { files: pages, bytes: pages * 20_000 }],
			]),
		});
		const projected = projectKinds([at(300, 40, 16_000_000), at(1000, 130, 16_000_000)], 13_000);
		expect(projected.get('product')).toEqual({ files: 26_000, bytes: 195_000_000 });
		expect(projected.get('scripts and styles (_astro/)')).toEqual({ files: 400, bytes: 16_000_000 });
		expect(projected.get('home')).toEqual({ files: 2, bytes: 40_000 });
		expect(projected.get('district')?.files).toBe(1_673);
	});

	it('with one size built, scales the kinds in proportion but scripts, styles and one-page kinds', () => {
		const projected = projectKinds(
			[
				{
					products: 1000,
					kinds: new Map([
						['product', { files: 2000, bytes: 30_000_000 }],
						['scripts and styles (_astro/)', { files: 400, bytes: 16_000_000 }],
						['search', { files: 2, bytes: 20_000 }],
					]),
				},
			],
			20_000,
		);
		expect(Object.fromEntries(projected)).toEqual({
			product: { files: 40_000, bytes: 600_000_000 },
			'scripts and styles (_astro/)': { files: 400, bytes: 16_000_000 },
			search: { files: 2, bytes: 20_000 },
		});
	});

	it('prints each kind with its share per product and a total, and the projections beside it', () => {
		const kinds = new Map([
			['product', { files: 2000, bytes: 30_000_000 }],
			['permalink', { files: 1000, bytes: 1_600_000 }],
		]);
		const text = formatKinds(kinds, 1000, [[13_000, projectKinds([{ products: 1000, kinds }], 13_000)]]);
		const lines = text.split('\n');
		expect(lines[0]).toMatch(/kind +files +bytes +files \/ 1,000 products +bytes \/ product +at 13,000: files, bytes/);
		expect(lines[1]).toMatch(/product +2,000 +30\.0 MB +2000 +30,000 +26,000, 390\.0 MB$/);
		expect(lines.at(-1)).toMatch(/total +3,000 +31\.6 MB +3000 +31,600 +39,000, 410\.8 MB$/);
	});
});
