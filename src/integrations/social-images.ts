/**
 * Draws each product's social preview (1200×630 JPEG: its cover, name, stars and district) with
 * sharp after the build, into dist/og/<slug>.jpg. Text is set with Be Vietnam Pro from a TTF in
 * node_modules, so every machine draws the same picture. Pictures are cached by a hash of what they
 * show (the cover's content hash, not its name), in Astro's cache folder, so a rebuild only draws what changed.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { buildContent } from './content-once.ts';
import { productPhotoFiles } from './pictures.ts';
import { placeFile } from './output-folder.ts';
import { mapConcurrent, PictureSources, type PictureSource } from '../lib/pictures.ts';
import { socialImageSitePath } from '../lib/social-image.ts';

const WIDTH = 1200;
const HEIGHT = 630;
/** Bump when the drawing changes, so cached pictures are redrawn. */
const DESIGN_VERSION = '3';

const require = createRequire(import.meta.url);
const font = (weight: string) => require.resolve(`@expo-google-fonts/be-vietnam-pro/${weight}/BeVietnamPro_${weight}.ttf`);

const escapeMarkup = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A layer drawn once per build and reused for every picture: its raw RGBA pixels, which `composite`
 * blends without decoding. Given as SVG, each of the 13,000 pictures rasterised the 1200×630 shade
 * again (24 ms of the 50 ms a picture took) and the stars and text went through PNG and back.
 */
interface Layer {
	input: Buffer;
	raw: { width: number; height: number; channels: 4 };
}

async function layer(image: sharp.Sharp): Promise<Layer> {
	const { data, info } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return { input: data, raw: { width: info.width, height: info.height, channels: 4 } };
}

/** Memoises a layer by key (the shade, each count of stars, each place's line). */
function memo<K>(draw: (key: K) => Promise<Layer>): (key: K) => Promise<Layer> {
	const drawn = new Map<K, Promise<Layer>>();
	return (key) => {
		let layer = drawn.get(key);
		if (!layer) drawn.set(key, (layer = draw(key)));
		return layer;
	};
}

const shadeLayer = memo(() =>
	layer(
		sharp(
			Buffer.from(
				`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}"><defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0.25" stop-color="#0a2e1c" stop-opacity="0"/><stop offset="1" stop-color="#0a2e1c" stop-opacity="0.92"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`,
			),
		),
	),
);

const starsLayer = memo((count: number) => {
	const star = (x: number, on: boolean) =>
		`<polygon transform="translate(${x} 0)" fill="${on ? '#f3c34a' : '#ffffff55'}" points="24,2 30,17 46,18 34,28 38,44 24,35 10,44 14,28 2,18 18,17"/>`;
	return layer(
		sharp(
			Buffer.from(
				`<svg xmlns="http://www.w3.org/2000/svg" width="260" height="48">${[0, 1, 2, 3, 4].map((i) => star(i * 52, i < count)).join('')}</svg>`,
			),
		),
	);
});

function text(markup: string, fontFile: string, size: number, width: number): Promise<Layer> {
	return layer(
		sharp({
			text: {
				text: `<span foreground="white">${markup}</span>`,
				font: `Be Vietnam Pro ${size}`,
				fontfile: fontFile,
				rgba: true,
				width,
				wrap: 'word',
				dpi: 72,
			},
		}),
	);
}

/** The line under the name: a district's, shared by all its products. */
const placeLayer = memo((place: string) => text(escapeMarkup(place), font('400Regular'), 34, WIDTH - 120));

/** Draws one preview picture. */
export async function drawSocialImage(cover: string, name: string, stars: number, place: string): Promise<Buffer> {
	const [shade, starRow, title, meta] = await Promise.all([
		shadeLayer(undefined),
		starsLayer(stars),
		text(`<b>${escapeMarkup(name)}</b>`, font('700Bold'), 60, WIDTH - 120),
		placeLayer(place),
	]);
	const top = HEIGHT - 60 - 44 - 16 - title.raw.height - 60;
	return (
		sharp(cover)
			.resize(WIDTH, HEIGHT, { fit: 'cover' })
			.composite([
				{ ...shade, left: 0, top: 0 },
				{ ...starRow, left: 60, top: Math.max(20, top) },
				{ ...title, left: 60, top: Math.max(80, top + 60) },
				{ ...meta, left: 60, top: HEIGHT - 60 - 44 },
			])
			// Quality 65 rather than 80: a third smaller (38 -> 26 kB on the sample drawings; photos weigh
			// more), which matters at 13,000 pictures for hosts' site limits, for a preview shown small.
			// libjpeg-turbo rather than mozjpeg: 13 against 78 ms of CPU per picture (the whole drawing
			// went from 110 to about 45 ms), for about 15 % more bytes.
			.jpeg({ quality: 65 })
			.toBuffer()
	);
}

/** The integration. */
export function socialImages(): AstroIntegration {
	let cacheDir = '';
	let root = '';
	let drawing: Promise<{ files: Array<{ cached: string; slug: string }>; drawn: number }> | undefined;
	return {
		name: 'ocop:social-images',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				cacheDir = fileURLToPath(config.cacheDir);
			},
			// Drawn from build start, while Vite bundles and Astro renders: sharp works on libvips'
			// threads, so a first build uses the second core for these. The covers' hashes come from the
			// pictures integration's manifest (described just before), so no cover is read to know it.
			'astro:build:start': async () => {
				const content = buildContent(root);
				const districts = new Map(content.districts.map((d) => [d.id, d.data as { name: { vi: string }; province: string }]));
				const provinces = new Map(content.provinces.map((p) => [(p.data as { id: string }).id, p.data as { name: { vi: string } }]));
				const coverOf = (product: (typeof content.products)[number]) => productPhotoFiles(root, product)[0] ?? '';
				const covers = await new PictureSources(cacheDir).describe(content.products.map(coverOf));
				const folder = join(cacheDir, 'social-images');
				mkdirSync(folder, { recursive: true });
				drawing = (async () => {
					const files: Array<{ cached: string; slug: string }> = [];
					let drawn = 0;
					await mapConcurrent(content.products, Math.max(2, availableParallelism()), async (product) => {
						const facts = product.data as { stars: number; district: string };
						const name = (product.stories.vi?.data as { name?: string } | undefined)?.name ?? product.id;
						const district = districts.get(facts.district);
						const place = [district?.name.vi, district && provinces.get(district.province)?.name.vi].filter(Boolean).join(', ');
						const cover = covers.get(coverOf(product)) as PictureSource;
						const key = createHash('sha256')
							.update([DESIGN_VERSION, name, facts.stars, place, cover.hash].join('\n'))
							.digest('hex')
							.slice(0, 24);
						const cached = join(folder, `${key}.jpg`);
						files.push({ cached, slug: product.id });
						if (existsSync(cached)) return;
						writeFileSync(`${cached}.tmp`, await drawSocialImage(cover.file, name, facts.stars, place));
						renameSync(`${cached}.tmp`, cached);
						drawn++;
					});
					return { files, drawn };
				})();
				drawing.catch(() => {}); // awaited (and its error thrown) at build end
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!drawing) return;
				const out = fileURLToPath(dir);
				const { files, drawn } = await drawing;
				mkdirSync(join(out, 'og'), { recursive: true });
				for (const { cached, slug } of files) {
					const target = join(out, socialImageSitePath(slug));
					placeFile(cached, target);
				}
				logger.info(`${files.length} social preview pictures (${drawn} drawn, ${files.length - drawn} from cache)`);
			},
		},
	};
}
