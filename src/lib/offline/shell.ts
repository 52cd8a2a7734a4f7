/**
 * The shell the service worker stores when it installs (src/lib/offline/sw.ts): what any page needs to
 * open offline once its HTML is in the cache, and nothing that grows with the catalogue except the
 * near-me file. One function, used by the build (src/integrations/service-worker.ts) and by the budgets
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

/**
 * The shell of the site built in `dir`: Astro's styles and scripts (named by their content), the
 * offline pages, the near-me file, the map's outline, the web app manifests and icons, and Pagefind's
 * runtime, WebAssembly and metadata (its chunks and fragments are cached when a search fetches them).
 * Fonts: the site uses the system's; the print sheets' web fonts stay out (printing needs the network).
 */
export function shellFiles(dir: string): ShellFile[] {
	const page = (path: string) => `${path}index.html`;
	const paths = [
		...filesIn(dir, '_astro', /\.(css|js)$/),
		page(routeSitePath('vi', { key: 'offline' })),
		page(routeSitePath('en', { key: 'offline' })),
		'/near-me.json',
		'/viet-nam.svg',
		'/manifest.webmanifest',
		'/en/manifest.webmanifest',
		...filesIn(dir, 'icons', /\.png$/),
		'/pagefind/pagefind.js',
		'/pagefind/pagefind-entry.json',
		...filesIn(dir, 'pagefind', /^(wasm\..*\.pagefind|.*\.pf_meta)$/),
	];
	return paths
		.filter((path) => existsSync(join(dir, path)))
		.map((path) => {
			const file = join(dir, path);
			const hashed = path.startsWith('/_astro/') || /\.(pf_meta|pagefind)$/.test(path);
			const revision = hashed ? null : createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
			return { path, bytes: statSync(file).size, revision };
		});
}
