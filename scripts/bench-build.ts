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
import { stripVTControlCharacters } from 'node:util';

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
	// A new code, and no former addresses (each can lead to one product only).
	const facts = readFileSync(join(dir, 'product.yaml'), 'utf8')
		.replace(/^code: .*$/m, `code: bench-${i}`)
		.replace(/^formerSlugs:.*(\n[ \t]+-.*)*$/m, '');
	writeFileSync(join(dir, 'product.yaml'), facts);
	for (const lang of ['vi', 'en']) {
		for (const ext of ['mdx', 'md']) {
			const story = join(dir, `story.${lang}.${ext}`);
			if (existsSync(story)) writeFileSync(story, readFileSync(story, 'utf8').replace(/^name: (.*)$/m, `name: $1 ${i}`));
		}
	}
}

const hasTime = existsSync('/usr/bin/time');
const started = performance.now();
const run = spawnSync(hasTime ? '/usr/bin/time' : process.execPath, [...(hasTime ? ['-f', 'peak-rss-kb %M', process.execPath] : []), 'scripts/build.mjs'], {
	cwd: root,
	encoding: 'utf8',
	maxBuffer: 1024 * 1024 * 1024, // Astro lists every page it writes: megabytes at this scale
	env: { ...process.env, OCOP_CONTENT_DIR: content, OCOP_OUT_DIR: out, OCOP_AS_OF: '2026-11-22', ASTRO_TELEMETRY_DISABLED: '1' },
});
const seconds = (performance.now() - started) / 1000;
if (run.status !== 0) {
	if (run.error) console.error(run.error);
	console.error(run.stdout.slice(-3000), run.stderr.slice(-3000));
	process.exit(1);
}
const pages = /(\d+) page\(s\) built/.exec(run.stdout)?.[1] ?? '?';
// Where the time went, from Astro's own log: one line per phase, and render time per kind of route.
const perKind = new Map<string, { pages: number; ms: number }>();
for (const m of stripVTControlCharacters(run.stdout).matchAll(/[├└]─ (\/[^ ]*) \(\+(\d+)ms\)/g)) {
	const path = m[1] ?? '';
	const kind = path.replace(/^\/en\//, '/').split('/').slice(0, 2).join('/') + (path.split('/').length > 3 ? '/…' : '');
	const entry = perKind.get(kind) ?? { pages: 0, ms: 0 };
	entry.pages++;
	entry.ms += Number(m[2]);
	perKind.set(kind, entry);
}
const top = [...perKind].sort((a, b) => b[1].ms - a[1].ms).slice(0, 8);
console.log('render time by route (sum of Astro\'s per-page times, both languages):');
for (const [kind, { pages: n, ms }] of top) console.log(`  ${kind.padEnd(22)} ${String(n).padStart(6)} pages  ${(ms / 1000).toFixed(1).padStart(6)} s  ${(ms / n).toFixed(1)} ms/page`);
const phases = run.stdout
	.split('\n')
	.filter((line) => /products checked|Synced content|✓ built in|Completed in|search index|social preview|page\(s\) built/.test(line))
	.map((line) => stripVTControlCharacters(line).trim());
console.log(phases.map((line) => `  ${line}`).join('\n'));
const rss = /peak-rss-kb (\d+)/.exec(run.stderr)?.[1];
console.log(`products: ${count}`);
console.log(`pages: ${pages}`);
console.log(`build wall time: ${seconds.toFixed(1)} s (includes image optimisation; a rebuild reuses Astro's image cache)`);
if (rss) console.log(`peak memory of the build: ${(Number(rss) / 1024).toFixed(0)} MiB`);
if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
