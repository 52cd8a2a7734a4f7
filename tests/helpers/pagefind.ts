/**
 * Searching a built site's Pagefind index in Node, as the search page does (src/scripts/search-page.ts):
 * the same ranking weights, the same đ-folding of the query, whole words first, the same results kept. The site's folder
 * is served on 127.0.0.1 (Pagefind fetches its files) and its pagefind.js is imported once per
 * language (one module per language: each holds its language's WebAssembly).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';
import { foldD, keepResult, META_WEIGHTS, splitRecordUrl, wholeWordPages, wholeWordsFirst } from '../../src/lib/search/search.ts';
import { wordFound } from '../../src/lib/search/spellings.ts';

interface Instance {
	search(
		query: string,
	): Promise<{ results: Array<{ id: string; score: number; words: number[]; data(): Promise<{ url: string; content: string }> }> }>;
	destroy?(): Promise<void>;
}

/** An index to search: `search` gives the result pages' paths, best first. */
export interface SiteSearch {
	search(language: string, query: string): Promise<string[]>;
	/** The words of `query` that find nothing on their own, as the search page tells them (wordFound). */
	unmatched(language: string, query: string): Promise<string[]>;
	close(): Promise<void>;
}

/** Opens the index of the site built in `dir`. */
export async function openSiteSearch(dir: string): Promise<SiteSearch> {
	const assets = sirv(dir, { dev: true });
	const server: Server = createServer((req, res) =>
		assets(req, res, () => {
			res.statusCode = 404;
			res.end();
		}),
	);
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const instances = new Map<string, Promise<Instance>>();
	const open = async (language: string): Promise<Instance> => {
		// Pagefind reads the page's language from <html lang>, and looks for the script's own element.
		const scope = globalThis as { document?: unknown };
		scope.document = { currentScript: null, querySelector: () => ({ getAttribute: () => language }) };
		try {
			const module = (await import(`${pathToFileURL(join(dir, 'pagefind', 'pagefind.js')).href}?language=${language}`)) as {
				createInstance(options: object): Instance & { options(o: object): Promise<void> };
			};
			const instance = module.createInstance({ basePath: `${origin}/pagefind/`, baseUrl: '/', noWorker: true });
			await instance.options({ ranking: { metaWeights: META_WEIGHTS } });
			await instance.search('');
			return instance;
		} finally {
			delete scope.document;
		}
	};
	const kept = async (language: string, query: string) => {
		let instance = instances.get(language);
		if (!instance) instances.set(language, (instance = open(language)));
		const pagefind = await instance;
		const whole = await wholeWordPages((q) => pagefind.search(q), query);
		return wholeWordsFirst((await pagefind.search(foldD(query))).results, whole).filter((r) => keepResult(r, true));
	};
	return {
		async search(language, query) {
			return Promise.all((await kept(language, query)).map(async (r) => splitRecordUrl((await r.data()).url).path));
		},
		async unmatched(language, query) {
			const words = query.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
			const found = await Promise.all(
				words.map(async (word) => {
					const best = (await kept(language, word))[0];
					return best !== undefined && wordFound(word, (await best.data()).content, best.words);
				}),
			);
			return words.filter((_, i) => !found[i]);
		},
		async close() {
			server.close();
		},
	};
}
