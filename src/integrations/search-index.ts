/**
 * Builds the search index after the build with Pagefind's Node API (as Starlight does), into
 * dist/pagefind/: one index per language, one custom record per product page
 * (`index.addCustomRecord`). The records come from the catalogue, written during the build by the
 * endpoint src/pages/search-records.json.ts (src/lib/search-records.ts says what they hold); no
 * built page is read or parsed, and the pages carry no Pagefind markup. The records file is
 * deleted once read: it is never published.
 *
 * Any error Pagefind reports fails the build, and so does a missing records file or an index
 * with no page in it.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SEARCH_RECORDS_FILE, type SearchRecord } from '../lib/search-records.ts';

/** Pagefind's ready-made UIs, which this site does not use (it has its own, src/scripts/search-page.ts). */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

/** Word positions per index chunk (Pagefind's default is 20,000). */
export const INDEX_CHUNK_SIZE = 2000;

/** Thrown when Pagefind reports a problem; the build stops. */
export class SearchIndexError extends Error {
	override name = 'SearchIndexError';
}

function check(step: string, errors: readonly string[]) {
	if (errors.length) throw new SearchIndexError(`Pagefind: ${step} failed:\n${errors.join('\n')}`);
}

/** The integration. */
export function searchIndex(): AstroIntegration {
	return {
		name: 'ocop:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const out = fileURLToPath(dir);
				const recordsFile = join(out, SEARCH_RECORDS_FILE);
				if (!existsSync(recordsFile))
					throw new SearchIndexError(`Pagefind: ${SEARCH_RECORDS_FILE} was not built (src/pages/search-records.json.ts), nothing to index`);
				const records = JSON.parse(readFileSync(recordsFile, 'utf8')) as SearchRecord[];
				rmSync(recordsFile);
				if (records.length === 0) throw new SearchIndexError('Pagefind: the catalogue gave no page to index, the index would be empty');
				// Smaller index chunks than Pagefind's default (20,000 word positions): a query downloads the
				// chunk of each of its words, so a common word's neighbours came along, 50–60 kB a word at 1,000
				// products; at 2,000 it is about the word itself, for a few more entries in pf_meta.
				// Pagefind reads this from its environment only (pinned 1.5.2: check it when moving up).
				process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(INDEX_CHUNK_SIZE);
				const { index, errors } = await pagefind.createIndex({});
				check('creating the index', errors);
				if (!index) throw new SearchIndexError('Pagefind: no index was created');
				try {
					const pages: Record<string, number> = {};
					// In the catalogue's order, best rated first: the order of a search with no words.
					for (const record of records) {
						const added = await index.addCustomRecord(record);
						check(`indexing ${record.url}`, added.errors);
						pages[record.language] = (pages[record.language] ?? 0) + 1;
					}
					// getFiles() rather than writeFiles(): writeFiles can answer before the last file is
					// flushed, and close() then cuts it short (an empty pagefind-entry.json was seen).
					const { files, errors: fileErrors } = await index.getFiles();
					check('writing the index', fileErrors);
					const bundle = join(out, 'pagefind');
					let bytes = 0;
					for (const f of files) {
						if (UNUSED.test(f.path)) continue;
						mkdirSync(dirname(join(bundle, f.path)), { recursive: true });
						writeFileSync(join(bundle, f.path), f.content);
						bytes += f.content.length;
					}
					const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
						languages?: Record<string, { page_count: number }>;
					};
					const indexed = Object.values(entry.languages ?? {}).reduce((n, l) => n + l.page_count, 0);
					if (indexed !== records.length)
						throw new SearchIndexError(`Pagefind: ${records.length} records given, ${indexed} pages in the index`);
					const counts = Object.entries(pages)
						.map(([lang, n]) => `${n} ${lang}`)
						.join(', ');
					logger.info(`search index: ${counts} pages, ${Math.round(bytes / 1024)} kB, in ${Math.round(performance.now() - started)} ms`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
