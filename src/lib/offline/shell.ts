/**
 * The shell the service worker stores when it installs (src/lib/offline/sw.ts): what any page needs to
 * open offline once its HTML is in the cache, and nothing that grows with the catalogue (the near-me
 * files, a province's each, are kept when the near-me page first loads them). One function, used by the build (src/integrations/service-worker.ts) and by the budgets
 * gate (scripts/gates/budgets.ts), so that what is measured is what is installed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { routeSitePath } from '../routes.ts';

/** A file of the shell: its site path, its size, and a revision (null for files named by their content). */
export interface ShellFile {
	path: string;
	bytes: number;
	revision: string | null;
}

/** Files of `dir/folder` whose names match `re`, as site paths. */
function filesIn(dir: string, folder: string, re: RegExp): string[] {
	const full = join(dir, folder);
	if (!existsSync(full)) return [];
	return readdirSync(full)
		.filter((name) => re.test(name))
		.sort()
		.map((name) => `/${folder}/${name}`);
}

/** Folders of the built site that are not visitors' pages: the form editor, the editors' reports, print sheets, permalinks. */
const NOT_VISITORS = /^\/(admin|bien-tap|en\/editors|in|p|_astro|_img|og|qr|pagefind|trips|icons)(\/|$)/;

/**
 * A few pages of each kind (by their first one or two path words): the styles and scripts visitors'
 * pages load are the same on every page of a kind, so a sample names them all without reading
 * 26,000 pages at 13,000 products.
 */
function samplePages(dir: string): string[] {
	const picked: string[] = [];
	const walk = (path: string, depth: number) => {
		const full = join(dir, path);
		if (existsSync(join(full, 'index.html'))) picked.push(`${path}index.html`);
		if (depth === 0) return;
		let taken = 0;
		for (const entry of readdirSync(full, { withFileTypes: true })) {
			if (!entry.isDirectory()) continue;
			const child = `${path}${entry.name}/`;
			if (NOT_VISITORS.test(child)) continue;
			// Every kind's folder, but only the first two items inside a folder of items.
			if (depth === 1 && ++taken > 2) break;
			walk(child, depth - 1);
		}
	};
	walk('/', 2);
	walk('/en/', 2);
	return [...new Set(picked)];
}

/** Astro's styles and scripts that the pages in `pages` load, with the modules those scripts import. */
function assetsOf(dir: string, pages: readonly string[]): string[] {
	const found = new Set<string>();
	const queue: string[] = [];
	const add = (path: string) => {
		if (!found.has(path) && existsSync(join(dir, path))) {
			found.add(path);
			if (path.endsWith('.js')) queue.push(path);
		}
	};
	for (const page of pages) {
		const html = readFileSync(join(dir, page), 'utf8');
		for (const m of html.matchAll(/(?:href|src)="[^"]*?(\/_astro\/[^"/]+\.(?:css|js))"/g)) add(m[1] ?? '');
	}
	for (let path = queue.shift(); path; path = queue.shift()) {
		const code = readFileSync(join(dir, path), 'utf8');
		for (const m of code.matchAll(/(?:from|import)\s*\(?\s*"\.\/([^"/]+\.js)"/g)) add(`/_astro/${m[1] ?? ''}`);
	}
	return [...found].sort();
}

/**
 * The shell of the site built in `dir`: the styles and scripts of visitors' pages (named by their
 * content), the offline pages, the map's outline, the web app manifests and icons,
 * and Pagefind's runtime, WebAssembly and metadata (its chunks and fragments are cached when a
 * search fetches them). The form editor's files and the print sheets' web fonts stay out.
 */
export function shellFiles(dir: string): ShellFile[] {
	const page = (path: string) => `${path}index.html`;
	const paths = [
		...assetsOf(dir, samplePages(dir)),
		page(routeSitePath('vi', { key: 'offline' })),
		page(routeSitePath('en', { key: 'offline' })),
		'/viet-nam.svg',
		'/manifest.webmanifest',
		'/en/manifest.webmanifest',
		...filesIn(dir, 'icons', /\.png$/),
		'/pagefind/pagefind.js',
		'/pagefind/pagefind-entry.json',
		...filesIn(dir, 'pagefind', /^(wasm\..*\.pagefind|.*\.pf_meta)$/),
	];
	return [...new Set(paths)]
		.filter((path) => existsSync(join(dir, path)))
		.map((path) => {
			const file = join(dir, path);
			const hashed = path.startsWith('/_astro/') || /\.(pf_meta|pagefind)$/.test(path);
			const revision = hashed ? null : createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
			return { path, bytes: statSync(file).size, revision };
		});
}
