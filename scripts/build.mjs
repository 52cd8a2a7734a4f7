#!/usr/bin/env node
// Builds the site: Astro's build, then the search index (src/integrations/search-index.ts), built
// once Astro's process has ended so that Pagefind's memory does not add to the build's at its peak.
// When either fails, dist/ is removed so that a half-built site can never be mistaken for a good
// one and published.
//
// Before anything else it takes the build's locks (src/lib/build/build-lock.ts): a second build of the
// same content or output folder stops at once, names the running one and touches nothing. Expected
// stops end with a bilingual message and their own exit code (src/lib/build/build-stop.ts), no trace.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { BuildBusyError, takeBuildLocks } from '../src/lib/build/build-lock.ts';
import { EXIT, stopBuild } from '../src/lib/build/build-stop.ts';
import { cacheDir, contentDir, mediaOutDir } from '../src/lib/config.ts';

const outDir = process.env.OCOP_OUT_DIR ?? 'dist';
let locks = [];
try {
	locks = takeBuildLocks(contentDir(), cacheDir(), outDir, `node scripts/build.mjs → ${outDir}`);
} catch (error) {
	if (error instanceof BuildBusyError) stopBuild(error.message, EXIT.busy);
	throw error;
}
process.on('exit', () => {
	for (const lock of locks) lock.release();
});
// An output folder that cannot be written stops the build before Astro starts, not after minutes
// of rendering with a half-written folder left behind.
for (const dir of new Set([outDir, mediaOutDir(outDir)])) {
	try {
		// A folder made only for the probe is removed again: output-folder.ts tells a missing folder
		// (kept pages are linked in) from one it built.
		const existed = existsSync(dir);
		mkdirSync(dir, { recursive: true });
		const probe = join(dir, `.ocop-write-test-${process.pid}`);
		writeFileSync(probe, '');
		rmSync(probe);
		if (!existed) rmSync(dir, { recursive: true, force: true });
	} catch (error) {
		stopBuild(
			[
				`Không ghi được vào thư mục kết quả ${resolve(dir)} (${error.code ?? error.message}). Chưa dựng gì. Cách sửa: chọn thư mục khác (OCOP_OUT_DIR) hoặc cấp quyền ghi cho thư mục này.`,
				`The output folder ${resolve(dir)} cannot be written (${error.code ?? error.message}). Nothing was built. Fix: choose another folder (OCOP_OUT_DIR) or make this one writable.`,
			].join('\n'),
			EXIT.output,
		);
	}
}
const args = ['build', ...process.argv.slice(2)];
if (process.env.OCOP_OUT_DIR) args.push('--outDir', outDir);
// Astro's own CLI, run by this same Node (the pinned one), whatever PATH says.
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
// Always a production build: a NODE_ENV inherited from the caller (vitest sets "test") would make
// Vite build in development mode, and the output differ from what is published.
const { SEARCH_INDEX_LATER, writeSearchIndex } = await import('../src/integrations/search-index.ts');
const { writeServiceWorker } = await import('../src/integrations/service-worker.ts');
const run = spawnSync(process.execPath, [astroBin, ...args], {
	stdio: 'inherit',
	// libuv's thread pool (4 threads by default) runs both Astro's file writes and sharp's pictures,
	// which are drawn from build start (src/lib/media/drawing-worker.ts): with 4, a page's write
	// could wait behind four pictures being drawn. Idle threads cost nothing.
	env: { UV_THREADPOOL_SIZE: '16', ...process.env, NODE_ENV: 'production', [SEARCH_INDEX_LATER]: '1' },
});
if (run.error) console.error(run.error);
let ok = run.status === 0;
if (ok) {
	try {
		await writeSearchIndex(
			resolve(outDir),
			(message) => console.log(`${new Date().toTimeString().slice(0, 8)} [ocop:search-index] ${message}`),
			resolve(cacheDir()),
		);
		// The service worker's shell holds the index's runtime: written once the index is there.
		const shell = await writeServiceWorker(resolve(outDir), process.cwd());
		console.log(
			`${new Date().toTimeString().slice(0, 8)} [ocop:service-worker] sw.js written: its shell is ${shell.files} files, ${Math.round(shell.bytes / 1000)} kB`,
		);
	} catch (error) {
		console.error(error);
		ok = false;
	}
}
if (!ok) {
	rmSync(outDir, { recursive: true, force: true });
	if (mediaOutDir(outDir) !== outDir) rmSync(mediaOutDir(outDir), { recursive: true, force: true });
	// Astro writes a rendered page's copy into its cache as it goes, but the list of what each copy
	// was rendered from only at the end: after a failed build the two can disagree, so the list is
	// dropped and the next build renders every page again.
	rmSync(join(cacheDir(), 'incremental-build.json'), { force: true });
	console.error(`\nBuild failed: ${outDir}/ was removed so that nothing half-built is published.`);
	console.error(`Xây dựng thất bại: đã xoá ${outDir}/ để không xuất bản trang dở dang.`);
	process.exit(run.status ?? 1);
}
