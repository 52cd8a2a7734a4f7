/**
 * Photo-like test covers: pictures with detail at every scale, as a camera's photographs have, for
 * measuring the pictures' formats and sizes (scripts/bench/cover-formats.ts) and the product page's
 * budget on a phone (tests/browser/photo-cover.test.ts). The generator's covers
 * (scripts/generate/catalogue.ts) are smooth blotches, detail at one scale only: their files are
 * smaller than a real photograph's once resized, and a budget measured on them holds too easily.
 *
 * A cover here is:
 * - a brightness field summed from value noise at ten scales, from about half the picture down to one
 *   pixel, each scale's amplitude growing with its size (the falloff of natural images: the light of
 *   the scene at the coarse scales, texture at the fine ones);
 * - colour from three coarser fields;
 * - a dozen shapes (ellipses, tilted boxes, thin lines) with hard edges, each a region of its own
 *   brightness, colour and amount of fine texture (smooth like a sky, or busy like woven bamboo);
 * - saved as a phone camera would: JPEG at quality 80, 4:2:0, 1200 × 900, 200-240 kB; drawn as an
 *   800 px WebP at quality 80 it is 84-103 kB, as the photographs of issue 24 were (94 kB).
 * The same seed gives the same bytes.
 */
import sharp from 'sharp';
import { randomSource } from './catalogue.ts';

/** Size of the covers, as the generator's. */
export const PHOTO_WIDTH = 1200;
export const PHOTO_HEIGHT = 900;

/** Amplitudes of the coarse scales (the scene's light) and of the fine ones (texture), in levels of 0-255. */
const COARSE = 2.5;
const FINE = 9;

/** Value noise with smooth interpolation: a field of `w`×`h` pixels from a grid of one random value every `cell` pixels. */
function valueNoise(next: () => number, w: number, h: number, cell: number): Float32Array {
	const gw = Math.ceil(w / cell) + 2;
	const gh = Math.ceil(h / cell) + 2;
	const grid = new Float32Array(gw * gh);
	for (let i = 0; i < grid.length; i++) grid[i] = next() * 2 - 1;
	const out = new Float32Array(w * h);
	if (cell === 1) {
		for (let i = 0; i < out.length; i++) out[i] = grid[(Math.floor(i / w) + 1) * gw + (i % w) + 1] as number;
		return out;
	}
	const smooth = (t: number) => t * t * (3 - 2 * t);
	for (let y = 0; y < h; y++) {
		const gy = y / cell;
		const y0 = Math.floor(gy);
		const ty = smooth(gy - y0);
		for (let x = 0; x < w; x++) {
			const gx = x / cell;
			const x0 = Math.floor(gx);
			const tx = smooth(gx - x0);
			const a = grid[y0 * gw + x0] as number;
			const b = grid[y0 * gw + x0 + 1] as number;
			const c = grid[(y0 + 1) * gw + x0] as number;
			const d = grid[(y0 + 1) * gw + x0 + 1] as number;
			out[y * w + x] = a + (b - a) * tx + (c - a) * ty + (a - b - c + d) * tx * ty;
		}
	}
	return out;
}

/** One shape of the picture: a test of whether a pixel is inside, and the region's look. */
interface Shape {
	inside: (x: number, y: number) => boolean;
	light: number;
	tint: [number, number];
	texture: number;
}

function shapes(rnd: ReturnType<typeof randomSource>, w: number, h: number): Shape[] {
	const list: Shape[] = [];
	const count = rnd.int(9, 14);
	for (let i = 0; i < count; i++) {
		const cx = rnd.next() * w;
		const cy = rnd.next() * h;
		const look = { light: (rnd.next() - 0.5) * 120, tint: [(rnd.next() - 0.5) * 50, (rnd.next() - 0.5) * 50] as [number, number] };
		const texture = rnd.pick([0.25, 0.5, 1, 1.5, 2.2]);
		const kind = rnd.pick(['ellipse', 'box', 'line'] as const);
		const angle = rnd.next() * Math.PI;
		const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
		if (kind === 'ellipse') {
			const rx = 40 + rnd.next() * 260;
			const ry = 40 + rnd.next() * 260;
			list.push({ ...look, texture, inside: (x, y) => ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 < 1 });
		} else {
			const half = kind === 'box' ? [30 + rnd.next() * 250, 30 + rnd.next() * 200] : [150 + rnd.next() * 400, 1 + rnd.next() * 3];
			const [hx, hy] = half as [number, number];
			list.push({
				...look,
				texture,
				inside: (x, y) => {
					const u = (x - cx) * cos + (y - cy) * sin;
					const v = -(x - cx) * sin + (y - cy) * cos;
					return Math.abs(u) < hx && Math.abs(v) < hy;
				},
			});
		}
	}
	return list;
}

/** The raw RGB pixels of the photo-like cover of `seed`. */
export function photoLikePixels(seed: number, w = PHOTO_WIDTH, h = PHOTO_HEIGHT): Buffer {
	const rnd = randomSource(seed);
	// Coarse brightness (the light of the scene) and fine brightness (texture), summed over eight scales.
	const coarse = new Float32Array(w * h);
	const fine = new Float32Array(w * h);
	for (const cell of [512, 256, 128, 64, 32, 16, 8, 4, 2, 1]) {
		const field = valueNoise(rnd.next, w, h, cell);
		const amplitude = cell >= 32 ? COARSE * Math.sqrt(cell) : FINE * Math.pow(cell, 0.3);
		const target = cell >= 32 ? coarse : fine;
		for (let i = 0; i < field.length; i++) (target[i] as number) += (field[i] as number) * amplitude;
	}
	const tints = [valueNoise(rnd.next, w, h, 300), valueNoise(rnd.next, w, h, 90)];
	const base = [rnd.int(70, 190), rnd.int(70, 190), rnd.int(70, 190)];
	const regions = shapes(rnd, w, h);
	const out = Buffer.alloc(w * h * 3);
	for (let y = 0; y < h; y++) {
		for (let x = 0; x < w; x++) {
			const i = y * w + x;
			let light = 0;
			let texture = 1;
			let tintA = (tints[0]?.[i] as number) * 30;
			let tintB = (tints[1]?.[i] as number) * 18;
			// The last shape drawn over a pixel gives its look, as in a scene where nearer things hide farther ones.
			for (const shape of regions) {
				if (!shape.inside(x, y)) continue;
				light = shape.light;
				texture = shape.texture;
				tintA += shape.tint[0];
				tintB += shape.tint[1];
			}
			const l = (coarse[i] as number) + light + (fine[i] as number) * texture;
			const rgb = [l + tintA, l - 0.5 * tintA + tintB, l - 0.5 * tintA - tintB];
			for (let c = 0; c < 3; c++) out[i * 3 + c] = Math.max(0, Math.min(255, Math.round((base[c] as number) + (rgb[c] as number))));
		}
	}
	return out;
}

/** The photo-like cover of `seed` as a phone camera's JPEG (quality 80, 4:2:0). */
export async function drawPhotoLike(seed: number, w = PHOTO_WIDTH, h = PHOTO_HEIGHT): Promise<Buffer> {
	return sharp(photoLikePixels(seed, w, h), { raw: { width: w, height: h, channels: 3 } })
		.jpeg({ quality: 80, chromaSubsampling: '4:2:0' })
		.toBuffer();
}
