/**
 * Builds the search index after the build with Pagefind's Node API (as Starlight does), into
 * dist/pagefind/: one index per language, split by each page's `<html lang>`. Only pages with
 * `data-pagefind-body` (the product pages) are indexed.
 *
 * Pagefind is not pointed at dist/ directly: each page is given to it with đ folded to d in its
 * text (see src/lib/search.ts for why), while the files people are served stay untouched. Any
 * error Pagefind reports fails the build, and so does an index with no page in it.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { foldHtmlText } from '../lib/search.ts';

/** Pagefind's ready-made UIs, which this site does not use (it has its own, src/scripts/search-page.ts). */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

/** Thrown when Pagefind reports a problem; the build stops. */
export class SearchIndexError extends Error {
	override name = 'SearchIndexError';
}

/** Every `.html` file under `dir`. */
function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name))
		.sort(); // a fixed order, so the same site gives the same index files (reproducible builds)
}

/** The site path of a built file (without the base): `san-pham/x/index.html` → `/san-pham/x/`. */
export function urlOf(file: string, outDir: string): string {
	return `/${relative(outDir, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
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
				const { index, errors } = await pagefind.createIndex({});
				check('creating the index', errors);
				if (!index) throw new SearchIndexError('Pagefind: no index was created');
				try {
					const pages: Record<string, number> = {};
					// Best rated first (then by address): the order of a search with no words, and the
					// order of the stars sort key, whose list of all pages then compresses to almost nothing.
					// Only the paths are kept from this first pass: the pages are read again one by one below.
					const indexed = htmlFiles(out)
						.map((file) => {
							const html = readFileSync(file, 'utf8');
							return {
								file,
								stars: html.includes('data-pagefind-body') ? Number(/data-pagefind-sort="stars:(\d)"/.exec(html)?.[1] ?? 0) : -1,
							};
						})
						.filter((page) => page.stars >= 0)
						.sort((a, b) => b.stars - a.stars || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
					for (const { file } of indexed) {
						const html = readFileSync(file, 'utf8');
						const url = urlOf(file, out); // without the base: the search page gives Pagefind its baseUrl
						const added = await index.addHTMLFile({ url, content: foldHtmlText(html) });
						check(`indexing ${url}`, added.errors);
						const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'unknown';
						pages[lang] = (pages[lang] ?? 0) + 1;
					}
					if (Object.keys(pages).length === 0)
						throw new SearchIndexError('Pagefind: no page has data-pagefind-body, the index would be empty');
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
					JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
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
