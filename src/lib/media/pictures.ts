/**
 * Product pictures: what the pages write and what the build encodes, from one description.
 *
 * A product's photo is known by a hash of its bytes. Every picture file the site serves is named by
 * that hash and the size drawn (`/_img/3f/3fa9…-800.webp`), so:
 * - a page can write its `<img>` without waiting for the file (the name is known from the hash);
 * - the files are kept in Astro's cache folder, which CI restores, and a rebuild after editing one
 *   product encodes only that product's new photo;
 * - the same photo used twice is encoded once, and a renamed product keeps its files;
 * - files sit in 256 folders by the hash's first two letters, never 98,000 in one (Netlify refuses
 *   folders over 54,000 entries), and outside Vite's `_astro/`, which bundles none of them.
 *
 * Astro's `image()` did this work before, through Vite: at 13,000 products every photo became a
 * module held in memory while bundling, and their optimisation ran on one core after the pages.
 * Here the hashes and sizes are read once per build (cached by size and modification time, so a
 * warm build reads no photo), and encoding runs on libvips' threads while Astro renders the pages.
 */
import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileWhole } from '../write-file.ts';
import pMap from 'p-map';
import sharp from 'sharp';

/** A photo as pages see it: where it is, its content hash and its upright size in pixels. */
export interface PictureSource {
	/** Absolute path of the editor's file. */
	file: string;
	/** Hex hash of its bytes (16 characters). */
	hash: string;
	width: number;
	height: number;
}

/** A file drawn from a photo: `width` wide, or cropped to `width`×`height` when a height is given. */
export interface Variant {
	width: number;
	height?: number;
	/** WebP quality, when not the default 80; part of the file's name (`-192x144q50.webp`). */
	quality?: number;
}

/** Folder of the picture files in the built site (and under the cache folder). */
export const PICTURE_DIR = '_img';
/** The code that encodes the files: its hash names the folder they are kept in (src/lib/build/code-hash.ts). */
export const PICTURE_DRAWING = ['src/lib/media/pictures.ts'];

/** A width a picture is drawn at, and its WebP quality when not the default 80 (part of the file's name). */
export interface Size {
	width: number;
	quality?: number;
}

/**
 * The 800 px cover's WebP quality. Chosen from measurements (docs/performance.md, "The cover's format,
 * quality and sizes"): on photo-like covers (detail at every scale) the 800 px file was 87.5 kB on
 * average and 102.5 kB at most at quality 80, so a product page on a phone of 3 device pixels per CSS
 * pixel went over its 100 kB; at 70 it is 64.3 and 77.5 kB, for an SSIM on that phone's screen of
 * 0.858 against 0.878, and drawing it costs no more. AVIF at the same SSIM was a third smaller but
 * took 2 to 3 times the CPU of the WebP it would replace: about 650 CPU-s more in a first national build.
 */
export const COVER_QUALITY = 70;

/** Sizes of each use of a picture: the pages and the encoder both read these. */
export const PICTURE_USES = {
	/**
	 * The cover on the product page, and a list's card (the same two files). No 1200 px file: a phone
	 * of 3 device pixels per CSS pixel would fetch it (120 kB on a busy photo, over the product page's
	 * 100 kB budget on a rural link), and drawing it cost more than the two others together.
	 */
	cover: [{ width: 400 }, { width: 800, quality: COVER_QUALITY }],
	card: [{ width: 400 }, { width: 800, quality: COVER_QUALITY }],
	/** The other pictures of a product, shown small under the cover. */
	extra: [{ width: 240 }, { width: 480 }],
	/** A picture inside a story (`![alt](cover.jpg)`), as wide as the story's column: the cover's files. */
	story: [{ width: 400 }, { width: 800, quality: COVER_QUALITY }],
} as const satisfies Record<string, readonly Size[]>;

/**
 * The small cropped picture of a search result (96×72 CSS pixels, drawn at twice that), at WebP
 * quality 50: a first search shows 12 of them, and at twice the pixels of its box the lower quality
 * does not show. On the generator's photos of noise (the worst case) a thumbnail is 8.3 kB at 50
 * against 11.9 kB at 80; on the sample photos 1.8 kB against 2.7 kB.
 */
export const SEARCH_THUMBNAIL: Variant = { width: 192, height: 144, quality: 50 };

/**
 * The sizes of `wanted` that the photo can give (never enlarged): its own width, at the smallest
 * size's quality, when it is narrower than all.
 */
export function usableSizes(picture: Pick<PictureSource, 'width'>, wanted: readonly Size[]): Size[] {
	const fit = wanted.filter((s) => s.width <= picture.width);
	return fit.length ? fit : [{ ...wanted[0], width: picture.width }];
}

/** File name of a variant, without folder: `<hash>-800.webp`, `<hash>-192x144q50.webp`. */
export function variantFileName(hash: string, v: Variant): string {
	return `${hash}-${v.width}${v.height ? `x${v.height}` : ''}${v.quality ? `q${v.quality}` : ''}.webp`;
}

/** Path of a variant under the site root (and under the cache's picture folder): `_img/3f/<hash>-800.webp`. */
export function variantPath(hash: string, v: Variant): string {
	return `${PICTURE_DIR}/${hash.slice(0, 2)}/${variantFileName(hash, v)}`;
}

/** Height of the photo drawn `width` wide, keeping its proportions. */
export function scaledHeight(picture: Pick<PictureSource, 'width' | 'height'>, width: number): number {
	return Math.round((picture.height * width) / picture.width);
}

/**
 * The `<img>` attributes of a photo shown at `sizes` (those it can give): the largest as `src`,
 * every one in `srcset`, and the largest's size as `width`/`height` (the browser reserves the box).
 * `url` turns a site path into the address written in the page (the base path added).
 */
export function imgAttributes(picture: PictureSource, sizes: readonly Size[], url: (path: string) => string) {
	const usable = usableSizes(picture, sizes);
	const largest = usable[usable.length - 1] as Size;
	return {
		src: url(`/${variantPath(picture.hash, largest)}`),
		srcset: usable.map((s) => `${url(`/${variantPath(picture.hash, s)}`)} ${s.width}w`).join(', '),
		width: largest.width,
		height: scaledHeight(picture, largest.width),
	};
}

/**
 * A story's sanitised HTML with each picture of its folder (`<img src="cover.jpg" alt="…">`) drawn
 * by this pipeline: its `src` and `srcset` the files of PICTURE_USES.story, its size, lazy loading.
 * `pictures` are the story's described pictures by the address it wrote (src/data/catalogue.ts); a
 * picture not among them (the content check refuses a missing file, OCOP-E045) is left out, never
 * written as a broken address.
 */
export function storyPicturesHtml(html: string, pictures: ReadonlyMap<string, PictureSource>, url: (path: string) => string): string {
	if (!html.includes('<img')) return html;
	return html.replace(/<img\b([^>]*?)\ssrc="([^"]*)"([^>]*)>/g, (_tag, before: string, src: string, after: string) => {
		const picture = pictures.get(src.replace(/&amp;/g, '&').replace(/&quot;/g, '"'));
		if (!picture) return '';
		const a = imgAttributes(picture, PICTURE_USES.story, url);
		const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
		return `<img${before} src="${escape(a.src)}" srcset="${escape(a.srcset)}" sizes="(min-width: 48rem) 46rem, 100vw" width="${a.width}" height="${a.height}" loading="lazy" decoding="async"${after}>`;
	});
}

/** Every file to draw for a product's pictures: the cover's sizes and search thumbnail, the others' sizes, and those of the pictures in its stories. */
export function productVariants(
	images: readonly PictureSource[],
	inStories: readonly PictureSource[] = [],
): Array<{ picture: PictureSource; variant: Variant }> {
	return [
		...images.flatMap((picture, i) => {
			const variants: Variant[] = usableSizes(picture, i === 0 ? PICTURE_USES.cover : PICTURE_USES.extra).map((s) => ({ ...s }));
			if (i === 0) variants.push(SEARCH_THUMBNAIL);
			return variants.map((variant) => ({ picture, variant }));
		}),
		// The pictures its stories show (storyPicturesHtml).
		...inStories.flatMap((picture) => usableSizes(picture, PICTURE_USES.story).map((s) => ({ picture, variant: { ...s } }))),
	];
}

/** What the cache keeps about each photo, by path: enough to know it has not changed without reading it. */
interface SourceRecord {
	size: number;
	mtimeMs: number;
	hash: string;
	width: number;
	height: number;
}

/** What describing a photo gives: its hash and upright size. */
export type Description = Pick<SourceRecord, 'hash' | 'width' | 'height'>;

/** A photo's description, or the reason it cannot be read (a message, which a worker thread can send back whole). */
export type Described = Description | { error: string };

/** Reads the hash and upright size of a photo's bytes. */
async function describeBytes(bytes: Buffer<ArrayBuffer>): Promise<Description> {
	// WebCrypto's digest runs on libuv's threads, beside sharp's header read: node:crypto's hash ran
	// on the build's one thread, which a first national build then spent about 30 s on before any page.
	const [digest, meta] = await Promise.all([crypto.subtle.digest('SHA-256', bytes), sharp(bytes).metadata()]);
	const hash = Buffer.from(digest, 0, 8).toString('hex');
	const { width, height } = meta.autoOrient ?? meta;
	if (!width || !height) throw new Error('no size in header');
	return { hash, width, height };
}

/** Describes the photos at `files`, `concurrency` at a time: what each gives, in the order given. */
export async function describeFiles(files: readonly string[], concurrency = 8): Promise<Described[]> {
	return pMap(
		files,
		async (file) => {
			try {
				return await describeBytes(await readFile(file));
			} catch (error) {
				return { error: (error as Error).message };
			}
		},
		{ concurrency },
	);
}

/** Describes many photos: describeFiles here, or the same in a worker thread (src/lib/media/drawing-worker.ts). */
export type Describer = (files: readonly string[]) => Promise<Described[]>;

/** The photos' descriptions, by path, kept in `<cacheDir>/pictures/sources.json`. */
export class PictureSources {
	private readonly records: Map<string, SourceRecord>;
	private changed = false;
	private readonly manifest: string;

	constructor(cacheDir: string) {
		this.manifest = join(cacheDir, 'pictures', 'sources.json');
		let stored: Record<string, SourceRecord> = {};
		try {
			stored = JSON.parse(readFileSync(this.manifest, 'utf8')) as Record<string, SourceRecord>;
		} catch {
			// no manifest yet (first build), or an unreadable one: every photo is read again
		}
		this.records = new Map(Object.entries(stored));
	}

	/**
	 * Describes the photos at `files` (absolute paths): from the manifest when a file's size and
	 * modification time are those recorded, else by reading it. A missing or unreadable file throws
	 * a `PictureError` naming it (the content check reports these first, with the product's field).
	 * `describer` reads the new ones (by default here, on this thread).
	 */
	async describe(files: readonly string[], describer: Describer = describeFiles): Promise<Map<string, PictureSource>> {
		const out = new Map<string, PictureSource>();
		const todo: Array<{ file: string; size: number; mtimeMs: number }> = [];
		for (const file of new Set(files)) {
			let stat;
			try {
				stat = statSync(file);
			} catch {
				throw new PictureError(file, 'không có tệp này / the file does not exist');
			}
			const known = this.records.get(file);
			if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs) out.set(file, { file, ...pick(known) });
			else todo.push({ file, size: stat.size, mtimeMs: stat.mtimeMs });
		}
		if (todo.length === 0) return out;
		const described = await describer(todo.map(({ file }) => file));
		todo.forEach(({ file, size, mtimeMs }, i) => {
			const result = described[i];
			if (!result || 'error' in result)
				throw new PictureError(file, `không đọc được ảnh / the picture cannot be read (${result?.error ?? 'no answer'})`);
			this.records.set(file, { size, mtimeMs, ...result });
			this.changed = true;
			out.set(file, { file, ...result });
		});
		return out;
	}

	/** Writes the manifest when something new was read (under a temporary name, then renamed). */
	save(): void {
		if (!this.changed) return;
		writeFileWhole(this.manifest, JSON.stringify(Object.fromEntries(this.records)));
		this.changed = false;
	}
}

const pick = ({ hash, width, height }: SourceRecord) => ({ hash, width, height });

/** A photo that cannot be used; the message names the file in Vietnamese and English. */
export class PictureError extends Error {
	override name = 'PictureError';
	readonly file: string;
	constructor(file: string, reason: string) {
		super(`${file}: ${reason}. Sửa: thay bằng ảnh JPEG, PNG, WebP hoặc AVIF. / Fix: replace it with a JPEG, PNG, WebP or AVIF picture.`);
		this.file = file;
	}
}

/**
 * Draws one variant of a photo as WebP, quality 80 (sharp's default, as Astro's image service had)
 * unless the variant says otherwise (the 800 px cover: COVER_QUALITY),
 * at effort 0, the fastest: a first national build draws 44,000 of these beside the pages, the
 * largest share of its CPU (figures: docs/performance.md, "Measured figures behind the code").
 */
export async function drawVariant(bytes: Buffer, v: Variant): Promise<Buffer> {
	return sharp(bytes)
		.autoOrient()
		.resize(v.width, v.height, { fit: 'cover', withoutEnlargement: !v.height })
		.webp({ effort: 0, quality: v.quality ?? 80 })
		.toBuffer();
}
