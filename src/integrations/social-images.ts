/**
 * Draws each product's social preview (1200×630 JPEG: its cover, name, stars and district; the
 * drawing is src/lib/media/social-drawing.ts) in a worker thread from build start, and puts it in
 * dist/og/<slug>.jpg at build end. Pictures are cached by a hash of what they
 * show (the cover's content hash, not its name), in Astro's cache folder, so a rebuild only draws what changed.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildContent } from './content-once.ts';
import { drawInWorker, type DrawJob } from '../lib/media/drawing-worker.ts';
import { productPhotoFiles } from './pictures.ts';
import { placeFile } from './output-folder.ts';
import { CACHE_KINDS, CacheSeal, damageWarning } from '../lib/build/cache-seal.ts';
import { PictureSources, type PictureSource } from '../lib/media/pictures.ts';
import { socialImageSitePath } from '../lib/media/social-image.ts';
import { mediaOutDir } from '../lib/config.ts';
import { codeHash } from '../lib/build/code-hash.ts';

/** The code that draws a social preview: its hash is in each cached file's key (src/lib/build/code-hash.ts). */
export const SOCIAL_DRAWING = ['src/lib/media/social-drawing.ts'];

/** The integration. */
export function socialImages(): AstroIntegration {
	let cacheDir = '';
	let root = '';
	let drawing: Promise<{ files: Array<{ cached: string; slug: string }>; drawn: number }> | undefined;
	let seal: CacheSeal | undefined; // the drawn files' manifest (src/lib/build/cache-seal.ts)
	return {
		name: 'ocop:social-images',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				cacheDir = fileURLToPath(config.cacheDir);
			},
			// Drawn from build start, while Vite bundles and Astro renders, so a first build uses the
			// second core for these. The covers' hashes come from the
			// pictures integration's manifest (described just before), so no cover is read to know it.
			'astro:build:start': async ({ logger }) => {
				const content = buildContent(root);
				const districts = new Map(content.districts.map((d) => [d.id, d.data as { name: { vi: string }; province: string }]));
				const provinces = new Map(content.provinces.map((p) => [(p.data as { id: string }).id, p.data as { name: { vi: string } }]));
				const coverOf = (product: (typeof content.products)[number]) => productPhotoFiles(root, product)[0] ?? '';
				const covers = await new PictureSources(cacheDir).describe(content.products.map(coverOf));
				const design = codeHash(SOCIAL_DRAWING, root);
				const folder = join(cacheDir, 'social-images');
				mkdirSync(folder, { recursive: true });
				const files: Array<{ cached: string; slug: string }> = [];
				const jobs: DrawJob[] = content.products.map((product) => {
					const facts = product.data as { stars: number; district: string };
					const name = (product.stories.vi?.data as { name?: string } | undefined)?.name ?? product.id;
					const district = districts.get(facts.district);
					const place = [district?.name.vi, district && provinces.get(district.province)?.name.vi].filter(Boolean).join(', ');
					const cover = covers.get(coverOf(product)) as PictureSource;
					const key = createHash('sha256').update([design, name, facts.stars, place, cover.hash].join('\n')).digest('hex').slice(0, 24);
					const cached = join(folder, `${key}.jpg`);
					files.push({ cached, slug: product.id });
					return { kind: 'social', cover: cover.file, name, stars: facts.stars, place, target: cached };
				});
				// A damaged file in the cache is deleted, so that it is drawn again and never published.
				seal = new CacheSeal(folder, CACHE_KINDS['social-images']);
				for (const damage of seal.checkAll(files.map((f) => f.cached))) logger.warn(damageWarning(damage));
				// Drawn in a worker thread of its own (drawing-worker.ts), a few at a time.
				drawing = drawInWorker(jobs, Math.max(2, availableParallelism())).then(({ drawn }) => ({ files, drawn }));
				drawing.catch(() => {}); // awaited (and its error thrown) at build end
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!drawing) return;
				const out = mediaOutDir(fileURLToPath(dir));
				const { files, drawn } = await drawing;
				mkdirSync(join(out, 'og'), { recursive: true });
				for (const { cached } of files) seal?.record(cached);
				seal?.save();
				for (const { cached, slug } of files) {
					const target = join(out, socialImageSitePath(slug));
					placeFile(cached, target);
				}
				logger.info(`${files.length} social preview pictures (${drawn} drawn, ${files.length - drawn} from cache)`);
			},
		},
	};
}
