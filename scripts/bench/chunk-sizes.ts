#!/usr/bin/env node
/**
 * Chooses the search index's chunk size (src/integrations/search-index.ts, INDEX_CHUNK_SIZE) by
 * measuring: indexes a built site's records again at each size and measures the query set's first
 * searches on a phone (scripts/bench/visitor.ts). The site must be built with the index left for
 * later, so that its records file is still there:
 *
 *   OCOP_CONTENT_DIR=<catalogue> OCOP_SEARCH_INDEX_LATER=1 npx astro build --outDir <dir>
 *   node scripts/bench/chunk-sizes.ts <dir> [500,1000,2000,5000,20000]
 */
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { writeSearchIndex } from '../../src/integrations/search-index.ts';
import { SEARCH_RECORDS_FILE } from '../../src/lib/search/records.ts';
import { describeQuerySet, measureVisitor } from './visitor.ts';

const dir = resolve(process.argv[2] ?? 'dist');
const sizes = (process.argv[3] ?? '500,1000,2000,5000,20000').split(',').map(Number);
const records = join(dir, SEARCH_RECORDS_FILE);
if (!existsSync(records)) throw new Error(`${records} is missing: build with OCOP_SEARCH_INDEX_LATER=1 (see the top of this file)`);
const kept = `${records}.kept`;
copyFileSync(records, kept);
for (const size of sizes) {
	copyFileSync(kept, records);
	rmSync(join(dir, 'pagefind'), { recursive: true, force: true });
	await writeSearchIndex(dir, (message) => console.log(`chunk size ${size}: ${message}`), undefined, size);
	const figures = await measureVisitor(dir);
	console.log(`chunk size ${size} (load average ${loadavg()[0]?.toFixed(1)}):`);
	console.log(describeQuerySet(figures.querySet));
}
copyFileSync(kept, records);
rmSync(kept);
