/**
 * The content check's caches (src/lib/content/file-cache.ts: parsed files; unit-cache.ts: each unit's findings and the
 * result): a warm run reports exactly what a run without them reports, and no change to the content
 * is hidden by them, not even a file rewritten with its old size and modification time.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/cli.ts';
import { FileCache } from '../../src/lib/content/file-cache.ts';
import { cacheFiles } from '../../src/lib/check/render.ts';
import { checkEntry, loadContentIndex, type JsonReport } from '../../src/lib/check/index.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { AS_OF, ROOT, TMP } from '../helpers/paths.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/minimal');
const PRODUCT = 'content/products/non-thu-nghiem';
const made: string[] = [];

/** Sets the times of everything under `dir` an hour back, so that no file looks modified around the time a cache is written. */
function age(dir: string) {
	const then = new Date(Date.now() - 3600_000);
	for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) utimesSync(join(dir, f), then, then);
	utimesSync(dir, then, then);
}

/**
 * A copy of the minimal fixture at `<dir>/content`, with its cache folder at `<dir>/cache`; returns
 * `<dir>`. `more` adds to it before its times are set back.
 */
function copy(more?: (content: string) => void): string {
	const dir = join(TMP, `check-cache-${process.pid}-${made.length}`);
	made.push(dir);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	cpSync(FIXTURE, join(dir, 'content'), { recursive: true });
	more?.(join(dir, 'content'));
	age(join(dir, 'content'));
	return dir;
}

/** Adds `count` copies of the fixture's tea (`che-thu-nghiem-000`…), each with its own code: enough units for more than one block of stored findings. */
function moreProducts(content: string, count: number) {
	const tea = join(content, 'products/che-thu-nghiem');
	const yaml = readFileSync(join(tea, 'product.yaml'), 'utf8');
	for (let i = 0; i < count; i++) {
		const folder = join(content, `products/che-thu-nghiem-${String(i).padStart(3, '0')}`);
		cpSync(tea, folder, { recursive: true });
		writeFileSync(join(folder, 'product.yaml'), yaml.replace('code: tn-002', `code: tn-${100 + i}`));
	}
}

const check = (dir: string, cached = true) =>
	runCheck({ contentDir: join(dir, 'content'), root: dir, asOf: AS_OF, json: true, ...(cached ? { cacheDir: join(dir, 'cache') } : {}) });

/** The JSON report without its time. */
function report(dir: string, cached = true): Omit<JsonReport, 'ms'> {
	const { ms: _ms, ...rest } = JSON.parse(check(dir, cached).stdout) as JsonReport;
	return rest;
}

/** Rewrites `file` with `from` replaced by `to` (of the same length), then puts its old modification time back, as `rsync -t` or `cp -p` would. */
function rewriteKeepingTimes(file: string, from: string, to: string) {
	expect(to).toHaveLength(from.length);
	const before = statSync(file);
	const text = readFileSync(file, 'utf8');
	expect(text).toContain(from);
	writeFileSync(file, text.replace(from, to));
	utimesSync(file, before.atime, before.mtime);
	const after = statSync(file);
	expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
}

afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('the content check with its caches', () => {
	it('reports the same, cold and warm, as a check without any cache', () => {
		const dir = copy();
		const uncached = report(dir, false);
		expect(uncached.warnings.length).toBeGreaterThan(0);
		expect(report(dir)).toEqual(uncached);
		expect(existsSync(cacheFiles(join(dir, 'cache')).units)).toBe(true);
		expect(report(dir)).toEqual(uncached);
	});

	it('parses no file again when none changed, and only the one that changed', () => {
		const dir = copy();
		const file = cacheFiles(join(dir, 'cache')).parsed;
		const read = () => {
			const cache = new FileCache(file);
			const content = readContent(join(dir, 'content'), dir, { pictures: true, cache });
			cache.save();
			return { cache, content };
		};
		const cold = read().cache;
		expect([cold.hits, cold.misses > 0]).toEqual([0, true]);
		const warm = read();
		expect([warm.cache.hits, warm.cache.misses]).toEqual([cold.misses, 0]);
		// A story kept in the cache reads the same as one read from disk.
		const story = warm.content.products.find((p) => p.id === 'non-thu-nghiem')?.stories.vi;
		expect(story?.body).toBe(readContent(join(dir, 'content'), dir).products.find((p) => p.id === 'non-thu-nghiem')?.stories.vi?.body);

		rewriteKeepingTimes(join(dir, PRODUCT, 'product.yaml'), 'stars: 4', 'stars: 9');
		const edited = read();
		expect(edited.cache.misses).toBe(1);
		expect(edited.content.products.find((p) => p.id === 'non-thu-nghiem')?.data).toMatchObject({ stars: 9 });
	});

	it('sees a file edited after a warm run, even one that kept its size and modification time', () => {
		const dir = copy();
		check(dir);
		expect(check(dir).code).toBe(0);
		rewriteKeepingTimes(join(dir, PRODUCT, 'product.yaml'), 'stars: 4', 'stars: 9');
		const run = check(dir);
		expect(run.code).toBe(1);
		expect((JSON.parse(run.stdout) as JsonReport).errors.map((p) => [p.file, p.field, p.line])).toEqual([
			[`${PRODUCT}/product.yaml`, 'stars', 2],
		]);
	});

	it('sees a story removed after a warm run, even when its folder kept its modification time', () => {
		const dir = copy();
		check(dir);
		const warm = report(dir);
		expect(warm.warnings.filter((p) => p.file.startsWith(PRODUCT))).toEqual([]);
		const folder = join(dir, PRODUCT);
		const before = statSync(folder);
		unlinkSync(join(folder, 'story.en.mdx'));
		utimesSync(folder, before.atime, before.mtime);
		expect(
			report(dir)
				.warnings.filter((p) => p.file.startsWith(PRODUCT))
				.map((p) => p.name),
		).toEqual(['missing-en-story']);
	});

	it('checks one entry against the rest from the cache of parsed files (as the scaffolder does), and sees an edit to the rest', () => {
		const dir = copy();
		const index = () => {
			const cache = new FileCache(cacheFiles(join(dir, 'cache')).parsed);
			const loaded = loadContentIndex(join(dir, 'content'), AS_OF, dir, { cache });
			cache.save();
			return { cache, loaded };
		};
		index();
		const warm = index();
		expect(warm.cache.misses).toBe(0);
		expect(checkEntry(warm.loaded, 'product', 'non-thu-nghiem')).toEqual([]);
		rewriteKeepingTimes(join(dir, 'content/districts/thanh-oai.yaml'), 'province: ha-noi', 'province: ha-nam');
		const edited = index().loaded;
		expect(edited.districts.get('thanh-oai')?.data).toMatchObject({ province: 'ha-nam' });
	});
});

describe('the findings kept per unit (unit-cache.ts)', () => {
	/** Replaces `from` by `to` in `file` (its times change: it is an edit). */
	const edit = (file: string, from: string, to: string) => {
		const text = readFileSync(file, 'utf8');
		expect(text).toContain(from);
		writeFileSync(file, text.replace(from, to));
	};
	const errors = (dir: string) => report(dir).errors.map((p) => [p.name, p.file, p.line]);
	/** An edit whose modification time is then set an hour back (its change time tells it changed): the next run but one does not read the file again. */
	const editBack = (file: string, from: string, to: string) => {
		edit(file, from, to);
		const then = new Date(Date.now() - 3600_000);
		utimesSync(file, then, then);
	};

	it('checks again only the unit that changed, and the cross-file rules see it from the units kept as they were', () => {
		const dir = copy();
		expect(check(dir).units).toEqual({ checked: 8, reused: 0 });
		// che-thu-nghiem comes first, so the product that did not change is the one whose code is now taken.
		edit(join(dir, 'content/products/che-thu-nghiem/product.yaml'), 'code: tn-002', 'code: tn-001');
		const run = check(dir);
		expect(run.units).toEqual({ checked: 1, reused: 7 });
		expect(errors(dir)).toEqual([['duplicate-code', `${PRODUCT}/product.yaml`, 1]]);
		expect(report(dir)).toEqual(report(dir, false));
	});

	it('sees a removed file in the units that point at it, without reading them again', () => {
		const dir = copy();
		check(dir);
		unlinkSync(join(dir, 'content/districts/thanh-oai.yaml'));
		const run = check(dir);
		expect(run.units).toEqual({ checked: 0, reused: 7 });
		expect(errors(dir)).toEqual([
			['unknown-reference', 'content/producers/ho-thu-nghiem.yaml', 3],
			[`unknown-reference`, `${PRODUCT}/product.yaml`, 5],
			['unknown-reference', 'content/sales-points/thanh-oai.yaml', 2],
		]);
		expect(report(dir)).toEqual(report(dir, false));
	});

	it('checks a product folder added since, and reports a folder without product.yaml', () => {
		const dir = copy();
		check(dir);
		cpSync(join(dir, PRODUCT), join(dir, 'content/products/non-moi'), { recursive: true });
		edit(join(dir, 'content/products/non-moi/product.yaml'), 'code: tn-001', 'code: tn-009');
		mkdirSync(join(dir, 'content/products/chua-xong'));
		writeFileSync(join(dir, 'content/products/chua-xong/story.vi.mdx'), '---\nname: x\n---\n');
		expect(check(dir).units).toEqual({ checked: 2, reused: 8 });
		expect(errors(dir)).toEqual([['stray-file', 'content/products/chua-xong/story.vi.mdx', undefined]]);
		expect(report(dir)).toEqual(report(dir, false));
	});

	it('merges the findings of edits that keep the index keys into the last report, as a run without cache reports them', () => {
		// 520 more products: the stored findings span two blocks (CHUNK units each), one of which stays as it was.
		const dir = copy((content) => moreProducts(content, 520));
		const tea = (n: number) => join(dir, `content/products/che-thu-nghiem-${String(n).padStart(3, '0')}/product.yaml`);
		expect(check(dir).units).toEqual({ checked: 528, reused: 0 });
		const steps: Array<[string, string, string]> = [
			// A district that does not exist: a cross-file rule's error on the edited product.
			[tea(10), 'district: lac-duong', 'district: lac-duogn'],
			// Back, and a certificate that has expired: a warning of a rule of scope `entry`, in the other block.
			[tea(10), 'district: lac-duogn', 'district: lac-duong'],
			[tea(515), 'date: 2022-01-10', 'date: 2020-01-10'],
			// A sales point that does not exist on a product of the first block, and an English story on one of the second.
			[join(dir, PRODUCT, 'product.yaml'), 'salesPoints: [thanh-oai]', 'salesPoints: [thanh-oia]'],
		];
		for (const [file, from, to] of steps) {
			editBack(file, from, to);
			expect(check(dir).units).toEqual({ checked: 1, reused: 527, merged: true });
			expect(report(dir)).toEqual(report(dir, false));
		}
		writeFileSync(join(dir, 'content/products/che-thu-nghiem-519/story.en.mdx'), '---\nname: Test tea\n---\n\nA test tea.\n');
		expect(check(dir).units).toMatchObject({ checked: 1, merged: true });
		expect(report(dir)).toEqual(report(dir, false));
		expect(report(dir).summary).toMatchObject({ products: 522, english: 2 });
	}, 60_000);

	it('checks again the unchanged entries that name a key an edited unit holds', () => {
		const dir = copy((content) =>
			writeFileSync(
				join(content, 'retired-products.yaml'),
				'- code: tn-002\n  name: { vi: Chè cũ, en: Old tea }\n  district: lac-duong\n  date: 2025-06-30\n  reason: { vi: Ngừng sản xuất., en: No longer made. }\n  sample: true\n',
			),
		);
		check(dir);
		expect(report(dir).errors.map((p) => [p.name, p.file])).toEqual([
			['retired-code-reused', 'content/products/che-thu-nghiem/product.yaml'],
		]);
		// The message on the tea, which did not change, names the retired product: it follows the edit.
		editBack(join(dir, 'content/retired-products.yaml'), 'Chè cũ', 'Chè ngày xưa');
		expect(check(dir).units).toEqual({ checked: 1, reused: 8, merged: true });
		expect(report(dir).errors[0]?.vi).toContain('Chè ngày xưa');
		expect(report(dir)).toEqual(report(dir, false));
		// A producer edited: the products it makes are checked again by the cross-file rules, and the producer's own district reported.
		editBack(join(dir, 'content/producers/ho-thu-nghiem.yaml'), 'district: thanh-oai', 'district: thanh-oia');
		expect(check(dir).units).toEqual({ checked: 1, reused: 8, merged: true });
		expect(report(dir)).toEqual(report(dir, false));
	});

	it('ignores a damaged cache file', () => {
		const dir = copy();
		check(dir);
		writeFileSync(cacheFiles(join(dir, 'cache')).units, 'not a cache');
		expect(check(dir).units).toEqual({ checked: 8, reused: 0 });
		expect(report(dir)).toEqual(report(dir, false));
	});

	it('ignores a cache file cut short or overwritten at its end, whose damaged parts are read only once a run relies on them', () => {
		const dir = copy();
		const file = cacheFiles(join(dir, 'cache')).units;
		const uncached = report(dir, false);
		const damages: Array<(bytes: Buffer) => Buffer> = [
			(bytes) => bytes.subarray(0, Math.floor(bytes.length * 0.8)),
			(bytes) =>
				Buffer.concat([
					bytes.subarray(0, Math.floor(bytes.length * 0.8)),
					Buffer.alloc(bytes.length - Math.floor(bytes.length * 0.8), 0xff),
				]),
		];
		for (const damage of damages) {
			// Nothing changed: the report's problems are read from the damaged part when printed.
			check(dir);
			writeFileSync(file, damage(readFileSync(file)));
			expect(report(dir)).toEqual(uncached);
			// An edit: the edited unit's block and the other units' index are read from the damaged part.
			check(dir);
			writeFileSync(file, damage(readFileSync(file)));
			edit(join(dir, PRODUCT, 'product.yaml'), 'commune: Phương Trung', 'commune: Phương  Trung');
			expect(report(dir)).toEqual(report(dir, false));
			edit(join(dir, PRODUCT, 'product.yaml'), 'commune: Phương  Trung', 'commune: Phương Trung');
		}
	});
});
