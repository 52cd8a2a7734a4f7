import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	checkKeptPages,
	filesUnder,
	linkTree,
	manifestOutputs,
	placeFile,
	sealKeptPages,
	sweep,
} from '../../src/integrations/output-folder.ts';
import { CacheSeal, MANIFEST } from '../../src/lib/build/cache-seal.ts';

let dir: string;
const write = (path: string, text = path) => {
	mkdirSync(join(dir, path, '..'), { recursive: true });
	writeFileSync(join(dir, path), text);
};

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'output-folder-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the end-of-build sweep', () => {
	it('deletes the files an earlier build left, keeps the pages the build kept and everything it wrote, and removes emptied folders', async () => {
		write('san-pham/kept/index.html');
		write('san-pham/removed/index.html');
		write('_astro/old.js');
		write('pagefind/fragment/old.pf_fragment');
		await sleep(50);
		const since = Date.now();
		await sleep(20);
		write('_astro/new.js');
		write('pagefind/fragment/new.pf_fragment');
		const removed = sweep(dir, new Set([join(dir, 'san-pham/kept/index.html')]), since);
		expect(removed.sort()).toEqual(['_astro/old.js', 'pagefind/fragment/old.pf_fragment', 'san-pham/removed/index.html']);
		expect(filesUnder(dir).sort()).toEqual(['_astro/new.js', 'pagefind/fragment/new.pf_fragment', 'san-pham/kept/index.html']);
		expect(existsSync(join(dir, 'san-pham/removed'))).toBe(false);
		expect(existsSync(join(dir, 'san-pham'))).toBe(true);
	});

	it('keeps a cached file linked into the folder during the build, whose own times are old', async () => {
		write('cache/pic.webp', 'picture');
		await sleep(50);
		const since = Date.now();
		await sleep(20);
		mkdirSync(join(dir, 'site/_img'), { recursive: true });
		placeFile(join(dir, 'cache/pic.webp'), join(dir, 'site/_img/pic.webp'));
		expect(statSync(join(dir, 'site/_img/pic.webp')).mtimeMs).toBeLessThan(since);
		expect(sweep(join(dir, 'site'), new Set(), since)).toEqual([]);
	});

	it('deletes a page of a route the build dropped, linked in from the cache folder, though pruning its cached copy touched its change time', async () => {
		// Astro prunes the pages of removed routes from its cache; the output folder's link to the same file changes with it.
		write('cache/in/p/hn-001/index.html', 'removed route');
		write('cache/kept/index.html', 'kept page');
		for (const path of ['in/p/hn-001/index.html', 'kept/index.html']) {
			mkdirSync(join(dir, 'site', path, '..'), { recursive: true });
			placeFile(join(dir, 'cache', path), join(dir, 'site', path));
		}
		await sleep(50);
		const since = Date.now();
		await sleep(20);
		rmSync(join(dir, 'cache/in/p/hn-001/index.html'));
		write('site/written/index.html', 'a page this build wrote at an address Astro dropped from its cache');
		expect(statSync(join(dir, 'site/in/p/hn-001/index.html')).ctimeMs).toBeGreaterThanOrEqual(since);
		const keep = new Set([join(dir, 'site/kept/index.html')]);
		expect(sweep(join(dir, 'site'), keep, since)).toEqual([]);
		const dropped = new Set(['in/p/hn-001/index.html', 'kept/index.html', 'written/index.html']);
		expect(sweep(join(dir, 'site'), keep, since, dropped)).toEqual(['in/p/hn-001/index.html']);
		expect(filesUnder(join(dir, 'site')).sort()).toEqual(['kept/index.html', 'written/index.html']);
	});

	it('learns the pages Astro’s cache holds from its incremental manifest, and none from a missing or broken one', () => {
		write(
			'incremental-build.json',
			JSON.stringify({
				version: 1,
				routes: {
					'src/pages/in/[...sheet].astro': {
						paths: { '/in/districts/gia-lam/': { cacheKey: 'k', outputFile: 'in/districts/gia-lam/index.html' } },
					},
					'src/pages/[...path].astro': { paths: { '/': { cacheKey: 'k', outputFile: 'index.html' } } },
				},
			}),
		);
		expect([...manifestOutputs(join(dir, 'incremental-build.json'))].sort()).toEqual(['in/districts/gia-lam/index.html', 'index.html']);
		expect(manifestOutputs(join(dir, 'missing.json')).size).toBe(0);
		write('broken.json', '{"routes": ');
		expect(manifestOutputs(join(dir, 'broken.json')).size).toBe(0);
	});
});

describe('placing a cached file in the output folder', () => {
	it('replaces what was there, without touching the cached file', () => {
		write('cache/a.jpg', 'new picture');
		write('site/a.jpg', 'old picture');
		placeFile(join(dir, 'cache/a.jpg'), join(dir, 'site/a.jpg'));
		expect(readFileSync(join(dir, 'site/a.jpg'), 'utf8')).toBe('new picture');
		expect(statSync(join(dir, 'site/a.jpg')).ino).toBe(statSync(join(dir, 'cache/a.jpg')).ino);
		// Placed again over its own link: the cached file keeps its bytes.
		placeFile(join(dir, 'cache/a.jpg'), join(dir, 'site/a.jpg'));
		expect(readFileSync(join(dir, 'cache/a.jpg'), 'utf8')).toBe('new picture');
	});
});

describe('linking the kept pages into an empty output folder', () => {
	it('links every file at the same path, folders of any depth made, no bytes copied', async () => {
		for (const path of [
			'cache/index.html',
			'cache/san-pham/a/index.html',
			'cache/en/products/a/index.html',
			'cache/en/products/b/index.html',
		])
			write(path);
		expect(await linkTree(join(dir, 'cache'), join(dir, 'site'))).toBe(4);
		expect(filesUnder(join(dir, 'site')).sort()).toEqual([
			'en/products/a/index.html',
			'en/products/b/index.html',
			'index.html',
			'san-pham/a/index.html',
		]);
		expect(statSync(join(dir, 'site/en/products/b/index.html')).ino).toBe(statSync(join(dir, 'cache/en/products/b/index.html')).ino);
	});
});

describe('the pages the incremental build keeps', () => {
	const PAGES = ['san-pham/a/index.html', 'san-pham/b/index.html', 'san-pham/c/index.html', 'san-pham/d/index.html'];
	/** A build's end: Astro wrote each page and its cached copy as two files; they are made one and recorded. */
	const built = () => {
		for (const path of PAGES) {
			write(`out/${path}`, `<p>${path}</p>`.repeat(50));
			write(`cache/dist/${path}`, `<p>${path}</p>`.repeat(50));
		}
		sealKeptPages(new CacheSeal(join(dir, 'cache/dist')), PAGES, join(dir, 'out'));
	};

	it('are made hard links of their cached copies at the end of a build, and recorded in the copies’ manifest', () => {
		built();
		for (const path of PAGES) expect(statSync(join(dir, 'out', path)).ino).toBe(statSync(join(dir, 'cache/dist', path)).ino);
		expect(Object.keys(JSON.parse(readFileSync(join(dir, 'cache/dist', MANIFEST), 'utf8')) as object).sort()).toEqual(PAGES);
	});

	it('are deleted with their copy when the copy was cut short, overwritten or removed, so that Astro renders them again', () => {
		built();
		const copy = (path: string) => join(dir, 'cache/dist', path);
		truncateSync(copy(PAGES[0] as string), 10);
		writeFileSync(copy(PAGES[1] as string), 'x'.repeat(statSync(copy(PAGES[1] as string)).size));
		utimesSync(copy(PAGES[1] as string), new Date(), new Date(Date.now() + 5000));
		rmSync(copy(PAGES[2] as string));
		const damaged = checkKeptPages(new CacheSeal(join(dir, 'cache/dist')), PAGES, join(dir, 'out'));
		expect(damaged.map((d) => [d.file, d.reason])).toEqual([
			[copy(PAGES[0] as string), `10 bytes, ${`<p>${PAGES[0]}</p>`.length * 50} recorded`],
			[copy(PAGES[1] as string), 'its bytes are not those recorded'],
			[copy(PAGES[2] as string), 'missing'],
		]);
		for (const path of PAGES.slice(0, 3)) {
			expect(existsSync(join(dir, 'out', path)), path).toBe(false);
			expect(existsSync(copy(path)), path).toBe(false);
		}
		expect(readFileSync(join(dir, 'out', PAGES[3] as string), 'utf8')).toBe(`<p>${PAGES[3]}</p>`.repeat(50));
	});

	it('are deleted when replaced by another file in the output folder, so that Astro restores them from their checked copy', () => {
		built();
		const page = join(dir, 'out', PAGES[0] as string);
		rmSync(page);
		writeFileSync(page, 'garbage'.repeat(10));
		expect(checkKeptPages(new CacheSeal(join(dir, 'cache/dist')), PAGES, join(dir, 'out'))).toEqual([]);
		expect(existsSync(page)).toBe(false);
		expect(existsSync(join(dir, 'cache/dist', PAGES[0] as string))).toBe(true);
		for (const path of PAGES.slice(1)) expect(existsSync(join(dir, 'out', path)), path).toBe(true);
	});

	it('leave the copies’ manifest out when the cache folder is linked into a new output folder', async () => {
		built();
		await linkTree(join(dir, 'cache/dist'), join(dir, 'fresh'));
		expect(filesUnder(join(dir, 'fresh')).sort()).toEqual(PAGES);
	});
});
