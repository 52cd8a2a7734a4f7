/**
 * A build survives what a careless machine does to it, on the minimal fixture: killed with SIGKILL
 * at several points of a rebuild, then built again, it equals a clean build (Pagefind's files
 * aside); cache entries of every kind (kept pages too) cut short, overwritten with garbage or
 * removed are named in a warning and never published, and `npm run verify-cache` checks every kind; a second build at once is refused and touches nothing; an output
 * folder that cannot be written fails at once and leaves no half-built site.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareBuilds } from '../../scripts/gates/reproducible.ts';
import { EXIT } from '../../src/lib/build/build-stop.ts';
import { CACHE_KINDS, MANIFEST } from '../../src/lib/build/cache-seal.ts';
import { buildEnv, buildSite } from '../helpers/build.ts';
import { expectNoFailures } from '../helpers/gates.ts';
import { ROOT, TMP } from '../helpers/paths.ts';

const DIR = join(TMP, `faults-${process.pid}`);
/** The content built over and over (its cache warm), and a copy built once from a cold cache. */
const CONTENT = join(DIR, 'content');
const CLEAN_CONTENT = join(DIR, 'clean-content');
const OUT = join(DIR, 'dist');
const CLEAN = join(DIR, 'clean');
const cacheOf = (content: string) => join(ROOT, 'node_modules/.astro', `content-${content.replace(/[^a-z0-9]+/gi, '-')}`);
const CACHE = cacheOf(CONTENT);
const STORY = 'products/non-thu-nghiem/story.vi.mdx';

/** The edit the rebuilds make: a sentence added to a story. */
function edit(content: string) {
	writeFileSync(join(content, STORY), `${readFileSync(join(content, STORY), 'utf8').trimEnd()}\n\nMột câu thêm cho bản dựng lại.\n`);
}

/** Starts a build in its own process group; resolves when it ends, or kills the group (SIGKILL) when its output first shows `killAt`. */
function startBuild(killAt?: RegExp) {
	const child = spawn(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
		cwd: ROOT,
		env: buildEnv(CONTENT, OUT),
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	let killed = false;
	const seen = (chunk: Buffer) => {
		output += chunk.toString();
		if (killAt && !killed && killAt.test(output)) {
			killed = true;
			process.kill(-(child.pid as number), 'SIGKILL');
		}
	};
	child.stdout.on('data', seen);
	child.stderr.on('data', seen);
	const done = new Promise<{ status: number | null; output: string; killed: boolean }>((resolve) =>
		child.on('close', (status) => resolve({ status, output, killed })),
	);
	return { pid: child.pid as number, done };
}

/** The differences between the built site and the clean build, Pagefind's files aside. */
const differences = () => compareBuilds(CLEAN, OUT).filter((f) => !f.page.startsWith('/pagefind/'));

beforeAll(() => {
	rmSync(DIR, { recursive: true, force: true });
	for (const content of [CONTENT, CLEAN_CONTENT]) {
		cpSync(join(ROOT, 'tests/fixtures/minimal'), content, { recursive: true });
		rmSync(cacheOf(content), { recursive: true, force: true });
	}
	// The first build warms the cache; the clean build is of the edited content, from a cold cache.
	const first = buildSite(CONTENT, OUT);
	if (first.status !== 0) throw new Error(`the fixture did not build:\n${first.output.slice(-3000)}`);
	edit(CONTENT);
	edit(CLEAN_CONTENT);
	const clean = buildSite(CLEAN_CONTENT, CLEAN);
	if (clean.status !== 0) throw new Error(`the clean build failed:\n${clean.output.slice(-3000)}`);
}, 600_000);
afterAll(() => {
	rmSync(DIR, { recursive: true, force: true });
	rmSync(CACHE, { recursive: true, force: true });
	rmSync(cacheOf(CLEAN_CONTENT), { recursive: true, force: true });
});

describe('a build and what can go wrong around it', () => {
	it('killed with SIGKILL while syncing content, writing pages and placing media, then built again, equals a clean build', async () => {
		for (const point of [/Synced content/, /generating static routes/, /picture files \(/]) {
			const run = await startBuild(point).done;
			expect(run.killed, `the build reached ${point} before it ended:\n${run.output.slice(-2000)}`).toBe(true);
		}
		const again = await startBuild().done;
		expect(again.status, again.output.slice(-3000)).toBe(0);
		expectNoFailures(differences());
	}, 900_000);

	it('with cache entries of every kind cut short or overwritten with garbage, warns once for each and publishes a correct site', async () => {
		const pick = (folder: string, ext: string, n: number) => {
			const found: string[] = [];
			const walk = (dir: string) => {
				for (const e of readdirSync(dir, { withFileTypes: true }))
					if (e.isDirectory()) walk(join(dir, e.name));
					else if (e.name.endsWith(ext)) found.push(join(dir, e.name));
			};
			walk(join(CACHE, folder));
			expect(found.length, `${folder} holds ${n} ${ext} files`).toBeGreaterThanOrEqual(n);
			return found.sort().slice(0, n);
		};
		const [pictureA, pictureB] = pick('pictures', '.webp', 2);
		const [socialA, socialB] = pick('social-images', '.jpg', 2);
		const [qrA, qrB] = pick('qr', '.png', 2);
		// The stories the content holds now (the folder keeps older versions, which no page uses).
		const stories = Object.keys(JSON.parse(readFileSync(join(CACHE, 'stories', MANIFEST), 'utf8')) as object).sort();
		expect(stories.length).toBeGreaterThanOrEqual(2);
		const [storyA, storyB] = stories.slice(0, 2).map((name) => join(CACHE, 'stories', name));
		const [indexA, indexB] = pick('search-index', '.pf_fragment', 2);
		// Pages Astro's incremental build keeps: their cached copies are the published pages' files (hard links).
		const [pageA, pageB, pageC] = pick('dist', '.html', 3);
		const damaged = [pictureA, socialA, qrA, storyA, indexA, pageA, pictureB, socialB, qrB, storyB, indexB, pageB] as string[];
		// Cut short (as a full disk or a broken-off cache restore leaves a file) …
		for (const file of damaged.slice(0, 6)) truncateSync(file, Math.floor(statSync(file).size / 2));
		// … and garbage of the very same size (only the hash can tell).
		for (const file of damaged.slice(6)) writeFileSync(file, randomBytes(statSync(file).size));
		// A kept page replaced in the output folder by another file (its cached copy is sound): restored from the copy.
		const published = join(OUT, relative(join(CACHE, 'dist'), pageC as string));
		rmSync(published);
		writeFileSync(published, randomBytes(2000));
		const run = await startBuild().done;
		expect(run.status, run.output.slice(-3000)).toBe(0);
		for (const file of damaged) {
			const warnings = run.output.split('\n').filter((line) => line.includes(`damaged cache file, removed and made again: ${file} `));
			expect(warnings, file).toHaveLength(1);
		}
		expect(run.output).toMatch(/cache checked before publishing in \d+ ms: .*kept pages [\d,]+ files \d+ ms \(2 damaged\)/);
		expectNoFailures(differences());
	}, 600_000);

	it('lets npm run verify-cache check every kind of cached file the build publishes', () => {
		const run = spawnSync(process.execPath, [join(ROOT, 'scripts/verify-cache.ts'), '--strict'], {
			cwd: ROOT,
			encoding: 'utf8',
			env: buildEnv(CONTENT, OUT),
		});
		expect(run.status, run.stderr).toBe(0);
		const line = run.stdout.split('\n').find((l) => l.startsWith('checked by kind')) ?? '';
		for (const kind of Object.values(CACHE_KINDS)) expect(line).toMatch(new RegExp(`${kind} [1-9][\\d,]* files`));
	});

	it('refuses a second build while one runs, naming its process in both languages, and the first builds a correct site', async () => {
		// Cache entries removed as well: the running build makes them again.
		for (const folder of ['social-images', 'qr']) {
			const file = readdirSync(join(CACHE, folder)).find((name) => !name.startsWith('.'));
			rmSync(join(CACHE, folder, file as string));
		}
		// And a kept page's cached copy (the page in the output folder is rendered again, not kept).
		rmSync(join(CACHE, 'dist/san-pham/non-thu-nghiem/index.html'));
		const first = startBuild();
		while (!existsSync(join(CACHE, 'build.lock'))) await new Promise((resolve) => setTimeout(resolve, 50));
		const second = buildSite(CONTENT, OUT);
		expect(second.status).toBe(EXIT.busy);
		expect(second.output).toContain(`Another build is running for ${CONTENT} (process ${first.pid}`);
		expect(second.output).toContain(`Một bản dựng khác đang chạy cho ${CONTENT} (tiến trình ${first.pid}`);
		expect(second.output).not.toMatch(/\n\s+at /);
		const done = await first.done;
		expect(done.status, done.output.slice(-3000)).toBe(0);
		expect(done.output.match(/damaged cache file, removed and made again: .* \(missing\)/g)).toHaveLength(3);
		expectNoFailures(differences());
	}, 600_000);

	it('fails at once with a clear message when the output folder cannot be written, and builds nothing', () => {
		const blocker = join(DIR, 'not-a-folder');
		writeFileSync(blocker, 'a file where the output folder should be');
		const out = join(blocker, 'dist');
		const run = buildSite(CONTENT, out);
		expect(run.status).toBe(EXIT.output);
		expect(run.output).toContain(`The output folder ${out} cannot be written (ENOTDIR). Nothing was built.`);
		expect(run.output).toContain(`Không ghi được vào thư mục kết quả ${out} (ENOTDIR). Chưa dựng gì.`);
		expect(run.output).not.toMatch(/\n\s+at /);
		expect(readFileSync(blocker, 'utf8')).toBe('a file where the output folder should be');
	});
});
