#!/usr/bin/env node
/**
 * Build-time benchmark at catalogue scale (not a test: it prints figures, asserts nothing).
 * Copies the sample products round-robin into N synthetic products (new folders, codes and
 * names; each copy keeps its own picture files, as real products would), builds them with the real
 * build, and prints wall time, pages and peak memory of the build.
 *
 *   node scripts/bench-build.ts [products=1000] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const count = Number(process.argv[2] ?? 1000);
const root = process.cwd();
const work = join(root, 'tests/.tmp/bench');
const content = join(work, 'content');
const out = join(work, 'dist');

rmSync(work, { recursive: true, force: true });
mkdirSync(join(content, 'products'), { recursive: true });
for (const entry of readdirSync(join(root, 'content'))) {
	if (entry !== 'products') cpSync(join(root, 'content', entry), join(content, entry), { recursive: true });
}
const samples = readdirSync(join(root, 'content/products')).sort();
for (let i = 0; i < count; i++) {
	const from = samples[i % samples.length] as string;
	const slug = `${from}-${i}`;
	const dir = join(content, 'products', slug);
	cpSync(join(root, 'content/products', from), dir, { recursive: true });
	const facts = readFileSync(join(dir, 'product.yaml'), 'utf8').replace(/^code: .*$/m, `code: bench-${i}`);
	writeFileSync(join(dir, 'product.yaml'), facts);
	for (const lang of ['vi', 'en']) {
		for (const ext of ['mdx', 'md']) {
			const story = join(dir, `${lang}.${ext}`);
			if (existsSync(story)) writeFileSync(story, readFileSync(story, 'utf8').replace(/^name: (.*)$/m, `name: $1 ${i}`));
		}
	}
}

const hasTime = existsSync('/usr/bin/time');
const started = performance.now();
const run = spawnSync(hasTime ? '/usr/bin/time' : process.execPath, [...(hasTime ? ['-f', 'peak-rss-kb %M', process.execPath] : []), 'scripts/build.mjs'], {
	cwd: root,
	encoding: 'utf8',
	env: { ...process.env, OCOP_CONTENT_DIR: content, OCOP_OUT_DIR: out, OCOP_AS_OF: '2026-11-22', ASTRO_TELEMETRY_DISABLED: '1' },
});
const seconds = (performance.now() - started) / 1000;
if (run.status !== 0) {
	console.error(run.stdout.slice(-3000), run.stderr.slice(-3000));
	process.exit(1);
}
const pages = /(\d+) page\(s\) built/.exec(run.stdout)?.[1] ?? '?';
const rss = /peak-rss-kb (\d+)/.exec(run.stderr)?.[1];
console.log(`products: ${count}`);
console.log(`pages: ${pages}`);
console.log(`build wall time: ${seconds.toFixed(1)} s (includes image optimisation; a rebuild reuses Astro's image cache)`);
if (rss) console.log(`peak memory of the build: ${(Number(rss) / 1024).toFixed(0)} MiB`);
if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
