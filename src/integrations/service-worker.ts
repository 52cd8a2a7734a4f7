/**
 * The offline side of the site (docs/offline-and-maps.md), at the end of the build, after the search
 * index (whose runtime the shell holds):
 * 1. the lists of "Save for the trip", one file per province and language (src/lib/offline/trips.ts), from
 *    the build's src/pages/trip-lists.json.ts, which is then deleted (it is never published);
 * 2. the service worker, `<base>sw.js`: src/lib/offline/sw.ts and Workbox's modules bundled by esbuild
 *    into one file, with the shell's files and their revisions (src/lib/offline/shell.ts) written in.
 *    A new shell gives a new sw.js, which browsers fetch past their cache (public/_headers: no-cache).
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mediaOutDir, mediaUrl } from '../lib/config.ts';
import { shellFiles } from '../lib/offline/shell.ts';
import { writeTripLists, type TripSource } from '../lib/offline/trips.ts';
import { BASE, routePath, withBase } from '../lib/routes.ts';
import { SEARCH_INDEX_LATER } from './search-index.ts';

/** Written by src/pages/trip-lists.json.ts, read and deleted here. */
const TRIP_SOURCES = 'trip-lists.json';

/** Bundles the worker with its shell into `dir/sw.js`. */
export async function writeServiceWorker(dir: string, root: string): Promise<{ files: number; bytes: number }> {
	const shell = shellFiles(dir);
	const config = {
		base: BASE,
		media: mediaUrl() ?? null,
		offline: { vi: routePath('vi', { key: 'offline' }), en: routePath('en', { key: 'offline' }) },
		enPrefix: 'en/',
	};
	await build({
		entryPoints: [join(root, 'src/lib/offline/sw.ts')],
		bundle: true,
		minify: true,
		format: 'iife',
		target: 'es2022',
		legalComments: 'none',
		outfile: join(dir, 'sw.js'),
		define: {
			'process.env.NODE_ENV': '"production"',
			// A page is stored under its address (`/ngoai-tuyen/`), the key the worker looks it up by.
			'self.__WB_MANIFEST': JSON.stringify(shell.map((f) => ({ url: withBase(f.path.replace(/index\.html$/, '')), revision: f.revision }))),
			__OCOP_SW__: JSON.stringify(config),
		},
		logLevel: 'silent',
	});
	return { files: shell.length, bytes: shell.reduce((n, f) => n + f.bytes, 0) };
}

/** The integration; list it after the search index and before the output folder's sweep. */
export function serviceWorker(): AstroIntegration {
	let root = '';
	return {
		name: 'ocop:service-worker',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const sources = join(out, TRIP_SOURCES);
				if (existsSync(sources)) {
					const lists = JSON.parse(readFileSync(sources, 'utf8')) as TripSource[];
					rmSync(sources);
					const media = mediaUrl();
					const written = writeTripLists(lists, out, mediaOutDir(out), media);
					logger.info(`${written} files of trip lists written`);
				}
				// Its shell holds the search index's runtime: when the index is built after Astro's process
				// (scripts/build.mjs), the worker is written there, after it.
				if (process.env[SEARCH_INDEX_LATER] === '1') return;
				const { files, bytes } = await writeServiceWorker(out, root);
				logger.info(`sw.js written: its shell is ${files} files, ${Math.round(bytes / 1000)} kB`);
			},
		},
	};
}
