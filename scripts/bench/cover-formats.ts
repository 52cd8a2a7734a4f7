#!/usr/bin/env node
/**
 * Chooses the product pictures' formats, qualities and widths (src/lib/media/pictures.ts) by measuring
 * them on photo-like covers (scripts/generate/photo-like.ts: detail at every scale, JPEGs of about
 * 240 kB) and on the generator's covers (what the national bench builds, so what its CPU figures are):
 * for each candidate, the bytes, the CPU time of drawing one file from the JPEG (decode, resize,
 * encode, as the build does: one libvips thread, its cache off) and two SSIM figures (ssim.js, on
 * full-size pictures, not downsampled):
 * - `SSIM file`: the file against the photo resized to the same width (what the encoding loses);
 * - `SSIM phone`: the file and the photo both resized to the cover's width on a phone of 390 CSS px
 *   at 3 device pixels per CSS pixel (what a visitor sees: a narrower file loses detail too).
 *
 *   node scripts/bench/cover-formats.ts [--covers 6] [--screen 1074]
 *
 * Prints a Markdown table (docs/performance.md keeps the one the choice was made from).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { ssim } from 'ssim.js';
import { drawPicture } from '../generate/catalogue.ts';
import { drawPhotoLike } from '../generate/photo-like.ts';

const { values } = parseArgs({
	options: { covers: { type: 'string', default: '6' }, screen: { type: 'string', default: '1074' }, only: { type: 'string' } },
});
const COVERS = Number(values.covers);
/** Device pixels across the cover on a phone of 390 CSS px at 3 device pixels per CSS pixel (358 CSS px shown). */
const SCREEN = Number(values.screen);

interface Candidate {
	format: 'webp' | 'avif';
	effort: number;
	quality: number;
	width: number;
}

const candidates: Candidate[] = [
	...[400, 600, 800, 1000].flatMap((width) => [50, 60, 70, 80].map((quality) => ({ format: 'webp' as const, effort: 0, quality, width }))),
	...[2, 4].flatMap((effort) => [60, 80].map((quality) => ({ format: 'webp' as const, effort, quality, width: 800 }))),
	...[400, 600, 800].flatMap((width) => [40, 50, 60].map((quality) => ({ format: 'avif' as const, effort: 0, quality, width }))),
	...[2, 4].map((effort) => ({ format: 'avif' as const, effort, quality: 50, width: 800 })),
].filter((c) => !values.only || `${c.format}`.startsWith(values.only));

const cache = resolve('node_modules/.cache/ocop-photo-covers');
mkdirSync(cache, { recursive: true });
/** The covers, drawn once into the cache folder. */
async function covers(kind: 'photo' | 'generator'): Promise<Buffer[]> {
	const out: Buffer[] = [];
	for (let seed = 1; seed <= COVERS; seed++) {
		const file = join(cache, `${kind}-${seed}.jpg`);
		if (!existsSync(file)) {
			if (kind === 'photo') writeFileSync(file, await drawPhotoLike(seed));
			else await drawPicture(seed * 7919, file);
		}
		out.push(readFileSync(file));
	}
	return out;
}

sharp.concurrency(1);
sharp.cache(false);

const cpuMs = () => {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
};

/** Draws the candidate as the build would, and its CPU time. */
async function draw(bytes: Buffer, c: Candidate): Promise<{ file: Buffer; ms: number }> {
	const started = cpuMs();
	const pipeline = sharp(bytes).autoOrient().resize(c.width, undefined, { withoutEnlargement: true });
	const file = await (
		c.format === 'webp' ? pipeline.webp({ quality: c.quality, effort: c.effort }) : pipeline.avif({ quality: c.quality, effort: c.effort })
	).toBuffer();
	return { file, ms: cpuMs() - started };
}

/** RGBA pixels of `input` resized to `width` (Lanczos, sharp's default). */
async function pixels(input: Buffer, width: number, height?: number) {
	const { data, info } = await sharp(input)
		.resize(width, height, { fit: 'fill' })
		.ensureAlpha()
		.raw()
		.toBuffer({ resolveWithObject: true });
	return { data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
}

const similarity = (a: Awaited<ReturnType<typeof pixels>>, b: Awaited<ReturnType<typeof pixels>>) =>
	ssim(a, b, { downsample: false }).mssim;

const photos = await covers('photo');
const generated = await covers('generator');
console.log(
	`${COVERS} photo-like covers: ${photos.map((b) => (b.length / 1000).toFixed(0)).join(', ')} kB; ${COVERS} generator covers: ${generated.map((b) => (b.length / 1000).toFixed(0)).join(', ')} kB; load average ${loadavg()[0]?.toFixed(1)}`,
);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const screenRefs = await Promise.all(photos.map((p) => pixels(p, SCREEN)));
const rows: string[] = [];
rows.push(
	'| format | effort | quality | width | kB, photo-like (mean / max) | CPU ms a file, photo-like | CPU ms, generator | SSIM file | SSIM phone |',
);
rows.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const c of candidates) {
	const bytes: number[] = [];
	const ms: number[] = [];
	const genMs: number[] = [];
	const own: number[] = [];
	const phone: number[] = [];
	for (const [i, photo] of photos.entries()) {
		const { file, ms: t } = await draw(photo, c);
		bytes.push(file.length);
		ms.push(t);
		const decoded = await pixels(file, (await sharp(file).metadata()).width);
		own.push(similarity(await pixels(photo, decoded.width, decoded.height), decoded));
		const ref = screenRefs[i] as Awaited<ReturnType<typeof pixels>>;
		phone.push(similarity(ref, await pixels(file, ref.width, ref.height)));
	}
	for (const g of generated) genMs.push((await draw(g, c)).ms);
	const row = `| ${c.format} | ${c.effort} | ${c.quality} | ${c.width} | ${(mean(bytes) / 1000).toFixed(1)} / ${(Math.max(...bytes) / 1000).toFixed(1)} | ${mean(ms).toFixed(1)} | ${mean(genMs).toFixed(1)} | ${mean(own).toFixed(4)} | ${mean(phone).toFixed(4)} |`;
	rows.push(row);
	console.log(row);
}
console.log(`\nload average at the end ${loadavg()[0]?.toFixed(1)}\n`);
console.log(rows.join('\n'));
