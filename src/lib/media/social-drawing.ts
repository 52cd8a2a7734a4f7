/**
 * Draws a product's social preview, 1200×630 JPEG: its cover, a shade, its stars, its name and its
 * place, set in Be Vietnam Pro from a TTF in node_modules so that every machine draws the same
 * picture. Used by the social-images integration, in the drawing worker (src/lib/media/drawing-worker.ts).
 */
import { createRequire } from 'node:module';
import sharp, { type Sharp } from 'sharp';

export const WIDTH = 1200;
export const HEIGHT = 630;

const require = createRequire(import.meta.url);
const font = (weight: string) => require.resolve(`@expo-google-fonts/be-vietnam-pro/${weight}/BeVietnamPro_${weight}.ttf`);

const escapeMarkup = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A layer drawn once per build and reused for every picture: its raw RGBA pixels, which `composite`
 * blends without decoding. Given as SVG, every picture rasterised the 1200×630 shade again and the
 * stars and text went through PNG and back (docs/performance.md, "Measured figures behind the code").
 */
interface Layer {
	input: Buffer;
	raw: { width: number; height: number; channels: 4 };
}

async function layer(image: Sharp): Promise<Layer> {
	const { data, info } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return { input: data, raw: { width: info.width, height: info.height, channels: 4 } };
}

/** Memoises a layer by key (the shade, each count of stars, each place's line). */
function memo<K, L = Layer>(draw: (key: K) => Promise<L>): (key: K) => Promise<L> {
	const drawn = new Map<K, Promise<L>>();
	return (key) => {
		let layer = drawn.get(key);
		if (!layer) drawn.set(key, (layer = draw(key)));
		return layer;
	};
}

/**
 * The shade: transparent over the top quarter, then darker towards the bottom. Only the rows it
 * darkens are composited (a layer as wide as the picture costs per pixel, transparent or not): the
 * same picture, byte for byte, sooner (docs/performance.md, "Measured figures behind the code").
 */
const shadeLayer = memo(async (): Promise<{ top: number; layer: Layer }> => {
	const full = await layer(
		sharp(
			Buffer.from(
				`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}"><defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0.25" stop-color="#0a2e1c" stop-opacity="0"/><stop offset="1" stop-color="#0a2e1c" stop-opacity="0.92"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`,
			),
		),
	);
	const row = WIDTH * 4;
	let top = 0;
	while (top < HEIGHT - 1 && full.input.subarray(top * row, (top + 1) * row).every((v, i) => i % 4 !== 3 || v === 0)) top++;
	return { top, layer: { input: full.input.subarray(top * row), raw: { ...full.raw, height: HEIGHT - top } } satisfies Layer };
});

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
				{ ...shade.layer, left: 0, top: shade.top },
				{ ...starRow, left: 60, top: Math.max(20, top) },
				{ ...title, left: 60, top: Math.max(80, top + 60) },
				{ ...meta, left: 60, top: HEIGHT - 60 - 44 },
			])
			// Quality 65, libjpeg-turbo, no second Huffman pass: smaller and faster for a preview shown small
			// (figures: docs/performance.md, "Measured figures behind the code").
			.jpeg({ quality: 65, optimiseCoding: false })
			.toBuffer()
	);
}
