/**
 * `npm run verify-cache`: checks every file of the build cache against its folder's manifest
 * (src/lib/build/cache-seal.ts), hashing every file whatever its times, for CI to run after it restores
 * the cache. A damaged file is deleted, so that the next build makes it again; one line names each.
 * Exits 0 when the cache is usable (damaged files removed), 1 with `--strict` if any was damaged.
 * The cache folder is the one the build uses (OCOP_CONTENT_DIR picks it, src/lib/config.ts). A last line
 * names each kind of file checked (src/lib/build/cache-seal.ts CACHE_KINDS), with its count and time.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cacheKindOf, CacheSeal, checkTimingLine, damageWarning, MANIFEST } from '../src/lib/build/cache-seal.ts';
import { cacheDir } from '../src/lib/config.ts';

/** Every folder under `dir` holding a manifest. */
function sealedFolders(dir: string): string[] {
	const found: string[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			// The default cache folder holds those of other content folders (test fixtures): not this one's.
			if (entry.isDirectory() && folder === dir && entry.name.startsWith('content-')) continue;
			if (entry.isDirectory()) walk(join(folder, entry.name));
			else if (entry.name === MANIFEST) found.push(dirname(join(folder, entry.name)));
		}
	};
	if (existsSync(dir)) walk(dir);
	return found.sort();
}

const root = cacheDir();
const started = performance.now();
let files = 0;
let damaged = 0;
for (const folder of sealedFolders(root)) {
	const seal = new CacheSeal(folder, cacheKindOf(root, folder));
	const recorded = seal.files();
	files += recorded.length;
	for (const damage of seal.checkAll(recorded, true)) {
		damaged++;
		console.warn(damageWarning(damage));
	}
	seal.save();
}
console.log(
	`${root}: ${files} cached files checked in ${Math.round(performance.now() - started)} ms, ${damaged} damaged${damaged ? ' (removed: the next build makes them again)' : ''} / ${files} tệp đã kiểm tra, ${damaged} tệp hỏng`,
);
// Each kind of cached file (pictures, social previews, QR files, stories, search index, kept pages) with its count.
console.log(checkTimingLine('checked by kind'));
if (damaged && process.argv.includes('--strict')) process.exit(1);
