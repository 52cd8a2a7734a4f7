/**
 * Draws the product pictures (src/lib/media/pictures.ts) into Astro's cache folder and puts them in the
 * built site under /_img/ (or in the media folder published at MEDIA_URL, src/lib/config.ts).
 *
 * - At build start it describes every photo (hash and size; a warm build reads none, only their
 *   size and modification time) and starts drawing the files the cache does not have yet, in a
 *   worker thread (drawing-worker.ts).
 * - The drawing runs while Vite bundles and Astro renders the pages: sharp works on libvips'
 *   threads, so a first build uses the second core for pictures while the first renders.
 * - At build end it waits for the drawing and links each file into the site (a hard link, a copy
 *   where the cache is on another disk), so a warm build copies no picture bytes.
 * - In `astro dev`, the same files are drawn on request.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { writeFileWhole } from '../lib/write-file.ts';
import { fileURLToPath } from 'node:url';
import { buildContent } from './content-once.ts';
import { describeInWorker, drawInWorker, type DrawJob } from '../lib/media/drawing-worker.ts';
import { makeFoldersFor, placeFile } from './output-folder.ts';
import type { RawContent } from '../lib/check/index.ts';
import { storyPictureAddresses } from '../lib/check/story.ts';
import {
	drawVariant,
	PICTURE_DRAWING,
	PICTURE_DIR,
	PictureSources,
	productVariants,
	variantPath,
	type PictureSource,
	type Variant,
} from '../lib/media/pictures.ts';
import { sitePath } from '../lib/routes.ts';
import { codeHash } from '../lib/build/code-hash.ts';
import { mediaOutDir } from '../lib/config.ts';
import { CACHE_KINDS, CacheSeal, damageWarning } from '../lib/build/cache-seal.ts';

/** Every file the site needs, one entry per distinct file, grouped by photo (each photo is read once). */
function plan(root: string, described: Map<string, PictureSource>) {
	const byPicture = new Map<string, { picture: PictureSource; variants: Map<string, Variant> }>();
	for (const product of buildContent(root).products) {
		const images = productPhotoFiles(root, product).map((file) => described.get(file) as PictureSource);
		const inStories = storyPhotoFiles(root, product).map((file) => described.get(file) as PictureSource);
		for (const { picture, variant } of productVariants(images, inStories)) {
			let entry = byPicture.get(picture.hash);
			if (!entry) byPicture.set(picture.hash, (entry = { picture, variants: new Map() }));
			entry.variants.set(variantPath(picture.hash, variant), variant);
		}
	}
	return [...byPicture.values()];
}

/** The absolute files of a product's pictures, the cover first, as product.yaml lists them. */
export function productPhotoFiles(root: string, product: RawContent['products'][number]): string[] {
	return ((product.data as { images?: Array<{ src: string }> }).images ?? []).map((img) => join(root, product.dir, img.src));
}

/** The absolute files of the pictures a product's stories show (`![alt](cover.jpg)`, src/lib/check/story.ts), each once. */
export function storyPhotoFiles(root: string, product: RawContent['products'][number]): string[] {
	const srcs = [product.stories.vi, product.stories.en].flatMap((story) => (story ? storyPictureAddresses(story).map((p) => p.src) : []));
	return [...new Set(srcs)].map((src) => join(root, product.dir, src));
}

/** Every photo file named in the content (product.yaml's pictures and those stories show), absolute. */
function photoFiles(root: string): string[] {
	return buildContent(root).products.flatMap((product) => [...productPhotoFiles(root, product), ...storyPhotoFiles(root, product)]);
}

/** The integration. */
export function productPictures(): AstroIntegration {
	let root = '';
	let store = ''; // <cacheDir>/pictures/v<version>: the drawn files, by site path
	let cacheDir = '';
	let drawing: Promise<{ files: string[]; drawn: number; ms: number }> | undefined;
	let command = '';
	let described: Promise<string> | undefined; // the log line, once every photo is described
	let seal: CacheSeal | undefined; // the drawn files' manifest (src/lib/build/cache-seal.ts)
	let warn: (message: string) => void = console.warn;
	/** Describes the photos (hash and size, saved in the manifest the catalogue reads), then starts drawing what the cache lacks. */
	const start = async () => {
		const started = performance.now();
		const sources = new PictureSources(cacheDir);
		// In a worker thread: this runs while Astro syncs the content on its own thread (drawing-worker.ts).
		const descriptions = await sources.describe(photoFiles(root), describeInWorker);
		sources.save();
		const work = plan(root, descriptions);
		// Drawn in a worker thread (drawing-worker.ts), two photos a core at a time: each is decoded and
		// resized on one libvips thread (see drawing-worker.ts).
		const files = work.flatMap(({ variants }) => [...variants.keys()]);
		// A damaged file in the cache is deleted here, so that it is drawn again and never published.
		seal = new CacheSeal(store, CACHE_KINDS.pictures);
		for (const damage of seal.checkAll(files.map((path) => join(store, path)))) warn(damageWarning(damage));
		const jobs: DrawJob[] = work.map(({ picture, variants }) => ({
			kind: 'photo',
			source: picture.file,
			files: [...variants].map(([path, variant]) => ({ target: join(store, path), variant })),
		}));
		drawing = drawInWorker(jobs, 2 * Math.max(2, availableParallelism())).then(({ drawn, ms }) => ({ files, drawn, ms }));
		drawing.catch(() => {}); // awaited (and its error thrown) at build end
		return `${descriptions.size} photos described in ${Math.round(performance.now() - started)} ms`;
	};
	return {
		name: 'ocop:pictures',
		hooks: {
			'astro:config:setup': (options) => {
				command = options.command;
			},
			'astro:config:done': ({ config, logger }) => {
				warn = (message) => logger.warn(message);
				root = fileURLToPath(config.root);
				cacheDir = fileURLToPath(config.cacheDir);
				const design = codeHash(PICTURE_DRAWING, root);
				store = join(cacheDir, 'pictures', `v${design}`);
				// Files drawn by other code are never served again: a national catalogue's are gigabytes.
				const kept = dirname(store);
				for (const old of existsSync(kept) ? readdirSync(kept, { withFileTypes: true }) : [])
					if (old.isDirectory() && old.name !== `v${design}`) rmSync(join(kept, old.name), { recursive: true, force: true });
				// A build starts describing and drawing now, while Astro syncs the content collections on
				// its one thread with the second core idle, not at build start (docs/performance.md, "Measured figures behind the code").
				// The content check (astro:config:setup, before this) has passed.
				if (command === 'build') {
					described = start();
					described.catch(() => {}); // awaited (and its error thrown) at build start
				}
			},
			'astro:build:start': async ({ logger }) => {
				// The pages read the photos' descriptions from the manifest: it is complete before they start.
				logger.info(await (described ??= start()));
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!drawing) return;
				const waitStarted = performance.now();
				const { files, drawn, ms } = await drawing;
				const waited = performance.now() - waitStarted;
				const out = mediaOutDir(fileURLToPath(dir));
				// Pictures no page uses any more are removed with the other leftovers (output-folder.ts).
				makeFoldersFor(files.map((path) => join(out, path)));
				for (const path of files) seal?.record(join(store, path));
				seal?.save();
				for (const path of files) placeFile(join(store, path), join(out, path));
				logger.info(
					`${files.length} picture files (${drawn} drawn, ${files.length - drawn} from cache); drawing took ${Math.round(ms)} ms, ${Math.round(waited)} ms of it after the pages`,
				);
			},
			'astro:server:setup': ({ server }) => {
				// In `astro dev`, a picture file is drawn when a page asks for it (and kept in the cache).
				server.middlewares.use(async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
					const path = sitePath(decodeURIComponent((req.url ?? '').split('?')[0] ?? ''))?.replace(/^\//, '');
					if (!path?.startsWith(`${PICTURE_DIR}/`)) return next();
					try {
						const cached = join(store, path);
						if (!existsSync(cached)) {
							const sources = new PictureSources(cacheDir);
							const described = await sources.describe(photoFiles(root));
							sources.save();
							const entry = plan(root, described)
								.flatMap(({ picture, variants }) => [...variants].map(([p, variant]) => ({ picture, p, variant })))
								.find((e) => e.p === path);
							if (!entry) return next();
							writeFileWhole(cached, await drawVariant(readFileSync(entry.picture.file), entry.variant));
						}
						res.setHeader('Content-Type', 'image/webp');
						res.end(readFileSync(cached));
					} catch (error) {
						res.statusCode = 500;
						res.end(String(error));
					}
				});
			},
		},
	};
}
