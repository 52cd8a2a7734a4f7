/**
 * Writes every product's QR symbol, /qr/<code>.svg and /qr/<code>.png, after the build. Symbols are
 * kept in Astro's cache folder (which CI restores) under a hash of what they encode, so a rebuild
 * links them in (placeFile) instead of encoding 2 files per product again; a new product or a new SITE_URL encodes
 * only what changed. Written here rather than as Astro endpoints: a route costs Astro about 20 ms a
 * file, 26,000 files at 13,000 products.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SITE, publicSite } from '../lib/config.ts';
import { qrPng, qrSvg } from '../lib/qr.ts';
import { absoluteUrl, permalinkPath, qrImagePath, sitePath } from '../lib/routes.ts';
import { buildContent } from './content-once.ts';
import { mapConcurrent } from '../lib/pictures.ts';
import { placeFile } from './output-folder.ts';

/** Bump when the drawing of the symbols (src/lib/qr.ts) changes, so cached files are drawn again. */
const DESIGN_VERSION = '1';
const FORMATS = ['svg', 'png'] as const;

/** Encodes the symbol of `url` in `format`. */
function encode(url: string, format: (typeof FORMATS)[number]): Promise<string | Buffer> {
	return format === 'svg' ? qrSvg(url) : qrPng(url);
}

/** The integration. */
export function qrFiles(): AstroIntegration {
	let root = '';
	let cacheDir = '';
	let site: string | URL = DEFAULT_SITE;
	return {
		name: 'ocop:qr-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				cacheDir = join(fileURLToPath(config.cacheDir), 'qr');
				site = config.site ?? DEFAULT_SITE;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const out = fileURLToPath(dir);
				const origin = publicSite(site);
				const codes = buildContent(root).products.map((p) => String((p.data as { code: string }).code));
				mkdirSync(cacheDir, { recursive: true });
				mkdirSync(join(out, 'qr'), { recursive: true });
				let encoded = 0;
				const queue = codes.flatMap((code) => FORMATS.map((format) => ({ code, format })));
				const writeOne = async ({ code, format }: (typeof queue)[number]) => {
					const url = absoluteUrl(permalinkPath(code), origin);
					const key = createHash('sha256').update(`${DESIGN_VERSION}\n${url}`).digest('hex').slice(0, 24);
					const cached = join(cacheDir, `${key}.${format}`);
					if (!existsSync(cached)) {
						// Written under a temporary name and renamed, so an interrupted build never leaves half a file in the cache.
						writeFileSync(`${cached}.tmp`, await encode(url, format));
						renameSync(`${cached}.tmp`, cached);
						encoded++;
					}
					// The output folder is the site's root: its files sit at their paths without the base.
					placeFile(cached, join(out, sitePath(qrImagePath(code, format)) ?? qrImagePath(code, format)));
				};
				// PNGs are encoded by sharp off the main thread: a few at a time keep both cores busy.
				await mapConcurrent(queue, 4, writeOne);
				logger.info(
					`${codes.length * FORMATS.length} QR files (${encoded} encoded, ${codes.length * FORMATS.length - encoded} from cache) in ${Math.round(performance.now() - started)} ms`,
				);
			},
		},
	};
}
