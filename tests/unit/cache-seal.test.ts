import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CACHE_KINDS, cacheKindOf, CacheSeal, checkTimingLine, damageWarning, MANIFEST } from '../../src/lib/build/cache-seal.ts';
import { ROOT } from '../helpers/paths.ts';

const dirs: string[] = [];
/** A whole second, so that restoring it gives back the very modification time that was recorded. */
const T = 1_700_000_000;
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A cache folder with three recorded files. */
function sealed() {
	const folder = mkdtempSync(join(tmpdir(), 'ocop-seal-'));
	dirs.push(folder);
	const files = ['a.webp', 'b/c.png', 'd.html'].map((name) => join(folder, name));
	const seal = new CacheSeal(folder);
	for (const file of files) {
		mkdirSync(join(file, '..'), { recursive: true });
		writeFileSync(file, randomBytes(1000));
		utimesSync(file, T, T);
		seal.record(file);
	}
	seal.save();
	return { folder, files };
}

describe('the cache manifest', () => {
	it('passes files as they were recorded, without reading them', () => {
		const { folder, files } = sealed();
		expect(new CacheSeal(folder).checkAll(files)).toEqual([]);
		expect(files.every((f) => existsSync(f))).toBe(true);
	});

	it('finds a file cut short, deletes it and says why', () => {
		const { folder, files } = sealed();
		truncateSync(files[0] as string, 100);
		const damage = new CacheSeal(folder).checkAll(files);
		expect(damage).toEqual([{ file: files[0], reason: '100 bytes, 1000 recorded' }]);
		expect(existsSync(files[0] as string)).toBe(false);
		expect(damageWarning(damage[0]!)).toBe(
			`tệp bộ nhớ đệm hỏng, đã bỏ và làm lại / damaged cache file, removed and made again: ${files[0]} (100 bytes, 1000 recorded)`,
		);
	});

	it('finds garbage of the same size by its hash when the file’s time changed', () => {
		const { folder, files } = sealed();
		writeFileSync(files[1] as string, randomBytes(1000));
		utimesSync(files[1] as string, new Date(), new Date(Date.now() + 5000));
		expect(new CacheSeal(folder).checkAll(files).map((d) => d.reason)).toEqual(['its bytes are not those recorded']);
	});

	it('finds garbage with its old time restored only in a full check (npm run verify-cache)', () => {
		const { folder, files } = sealed();
		writeFileSync(files[2] as string, randomBytes(1000));
		utimesSync(files[2] as string, T, T);
		expect(new CacheSeal(folder).checkAll(files)).toEqual([]);
		expect(new CacheSeal(folder).checkAll(files, true).map((d) => d.file)).toEqual([files[2]]);
	});

	it('reports a recorded file that is gone, and not one it never recorded', () => {
		const { folder, files } = sealed();
		rmSync(files[0] as string);
		expect(new CacheSeal(folder).checkAll([...files, join(folder, 'new.jpg')])).toEqual([{ file: files[0], reason: 'missing' }]);
	});

	it('counts the files and the time each kind of cache took to check, for the build’s timing line', () => {
		const { folder, files } = sealed();
		truncateSync(files[0] as string, 10);
		const seal = new CacheSeal(folder, 'test kind');
		seal.checkAll(files);
		const line = checkTimingLine('checked');
		expect(line).toMatch(/^checked in \d+ ms: /);
		expect(line).toMatch(/test kind 3 files \d+ ms \(1 damaged\)/);
		expect(checkTimingLine('checked', new Map())).toBe('');
	});

	it('names each kind of cached file by its folder under the cache folder', () => {
		expect(cacheKindOf('/c', '/c/pictures/v3f2a')).toBe('pictures');
		expect(cacheKindOf('/c', '/c/search-index/vi-0a1b/files')).toBe('search index');
		expect(cacheKindOf('/c', '/c/dist')).toBe('kept pages');
		expect(cacheKindOf('/c', '/c/elsewhere/x')).toBe('elsewhere/x');
		expect(Object.values(CACHE_KINDS)).toEqual(['pictures', 'social previews', 'QR files', 'stories', 'search index', 'kept pages']);
	});

	it('npm run verify-cache hashes every recorded file of the cache folder and removes the damaged ones', () => {
		const content = mkdtempSync(join(tmpdir(), 'ocop-seal-content-'));
		dirs.push(content);
		const cache = join(ROOT, 'node_modules/.astro', `content-${content.replace(/[^a-z0-9]+/gi, '-')}`);
		dirs.push(cache);
		const folder = join(cache, 'qr');
		mkdirSync(folder, { recursive: true });
		const seal = new CacheSeal(folder);
		const [good, bad] = [join(folder, 'good.svg'), join(folder, 'bad.svg')];
		for (const f of [good, bad]) {
			writeFileSync(f, randomBytes(500));
			utimesSync(f, T, T);
			seal.record(f);
		}
		seal.save();
		writeFileSync(bad, randomBytes(500));
		utimesSync(bad, T, T);
		const run = spawnSync(process.execPath, [join(ROOT, 'scripts/verify-cache.ts'), '--strict'], {
			cwd: ROOT,
			encoding: 'utf8',
			env: { ...process.env, OCOP_CONTENT_DIR: content },
		});
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(`damaged cache file, removed and made again: ${relative(ROOT, bad)} (its bytes are not those recorded)`);
		expect(run.stdout).toContain('2 cached files checked');
		expect(run.stdout).toMatch(/checked by kind in \d+ ms: QR files 2 files \d+ ms \(1 damaged\)/);
		expect(existsSync(bad)).toBe(false);
		expect(existsSync(good)).toBe(true);
		expect(Object.keys(JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8')) as object)).toEqual(['good.svg']);
	});
});
