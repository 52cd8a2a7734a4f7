/**
 * Writes every product's QR symbol, /qr/<code>.svg and /qr/<code>.png (in the media folder, config.ts). Symbols are
 * kept in Astro's cache folder (which CI restores) under a hash of what they encode, so a rebuild
 * links them in (placeFile) instead of encoding 2 files per product again; a new product or a new SITE_URL encodes
 * only what changed. Written here rather than as Astro endpoints: a route costs Astro about 20 ms a
 * file, 26,000 files at 13,000 products.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SITE, mediaOutDir, publicSite } from '../lib/config.ts';
import { absoluteUrl, permalinkPath, qrSitePath } from '../lib/routes.ts';
import { buildContent } from './content-once.ts';
import { drawInWorker, type DrawJob } from '../lib/media/drawing-worker.ts';
import { placeFile } from './output-folder.ts';
import { codeHash } from '../lib/build/code-hash.ts';
import { CACHE_KINDS, CacheSeal, damageWarning } from '../lib/build/cache-seal.ts';

/** The code that draws the symbols: its hash is in each cached file's key (src/lib/build/code-hash.ts). */
export const QR_DRAWING = ['src/lib/media/qr.ts'];
const FORMATS = ['svg', 'png'] as const;

/** The integration. */
export function qrFiles(): AstroIntegration {
	let root = '';
	let cacheDir = '';
	let site: string | URL = DEFAULT_SITE;
	let encoding: Promise<{ files: Array<{ cached: string; path: string }>; encoded: number; ms: number }> | undefined;
	let command = '';
	let seal: CacheSeal | undefined; // the encoded files' manifest (src/lib/build/cache-seal.ts)
	let warn: (message: string) => void = console.warn;
	/** Starts encoding in a worker thread (drawing-worker.ts). */
	const start = () => {
		const origin = publicSite(site);
		const design = codeHash(QR_DRAWING, root);
		const codes = buildContent(root).products.map((p) => String((p.data as { code: string }).code));
		mkdirSync(cacheDir, { recursive: true });
		const files: Array<{ cached: string; path: string }> = [];
		const jobs: DrawJob[] = codes.flatMap((code) =>
			FORMATS.map((format) => {
				const url = absoluteUrl(permalinkPath(code), origin);
				const key = createHash('sha256').update(`${design}\n${url}`).digest('hex').slice(0, 24);
				const cached = join(cacheDir, `${key}.${format}`);
				// The media folder is the site's root (or MEDIA_URL's): its files sit at their paths without the base.
				files.push({ cached, path: qrSitePath(code, format) });
				return { kind: 'qr', url, format, target: cached } satisfies DrawJob;
			}),
		);
		// A damaged file in the cache is deleted, so that it is encoded again and never published.
		seal = new CacheSeal(cacheDir, CACHE_KINDS.qr);
		for (const damage of seal.checkAll(files.map((f) => f.cached))) warn(damageWarning(damage));
		encoding = drawInWorker(jobs, 4).then(({ drawn, ms }) => ({ files, encoded: drawn, ms }));
		encoding.catch(() => {}); // awaited (and its error thrown) at build end
	};
	return {
		name: 'ocop:qr-files',
		hooks: {
			'astro:config:setup': (options) => {
				command = options.command;
			},
			'astro:config:done': ({ config, logger }) => {
				warn = (message) => logger.warn(message);
				root = fileURLToPath(config.root);
				cacheDir = join(fileURLToPath(config.cacheDir), 'qr');
				site = config.site ?? DEFAULT_SITE;
				// Encoded in a worker thread from the start of a build, beside Astro's content sync and then
				// the pages, not after them (docs/performance.md, "Measured figures behind the code"). The content check (astro:config:setup) has passed.
				if (command === 'build') start();
			},
			'astro:build:start': () => {
				if (!encoding) start();
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!encoding) return;
				const out = mediaOutDir(fileURLToPath(dir));
				const { files, encoded, ms } = await encoding;
				mkdirSync(join(out, 'qr'), { recursive: true });
				for (const { cached } of files) seal?.record(cached);
				seal?.save();
				for (const { cached, path } of files) placeFile(cached, join(out, path));
				logger.info(`${files.length} QR files (${encoded} encoded, ${files.length - encoded} from cache) in ${Math.round(ms)} ms`);
			},
		},
	};
}
