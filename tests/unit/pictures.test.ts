import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import {
	drawVariant,
	imgAttributes,
	SEARCH_THUMBNAIL,
	PictureError,
	PictureSources,
	productVariants,
	storyPicturesHtml,
	usableSizes,
	variantPath,
	type PictureSource,
} from '../../src/lib/media/pictures.ts';

const DIR = mkdtempSync(join(tmpdir(), 'ocop-pictures-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

const photo = (width: number, height: number, r = 90) =>
	sharp({ create: { width, height, channels: 3, background: { r, g: 80, b: 40 } } })
		.jpeg()
		.toBuffer();

const source = (width: number, height: number): PictureSource => ({ file: '/x.jpg', hash: '3fa9c0d1e2b3a4f5', width, height });

describe('picture sizes and names', () => {
	const sizes = (...widths: number[]) => widths.map((width) => ({ width }));

	it('a photo is never enlarged: only the widths it can give are used, or its own width when it is narrower than all', () => {
		expect(usableSizes({ width: 1600 }, sizes(400, 800, 1200))).toEqual(sizes(400, 800, 1200));
		expect(usableSizes({ width: 900 }, sizes(400, 800, 1200))).toEqual(sizes(400, 800));
		expect(usableSizes({ width: 300 }, sizes(400, 800))).toEqual(sizes(300));
		expect(usableSizes({ width: 300 }, [{ width: 400, quality: 60 }])).toEqual([{ width: 300, quality: 60 }]);
	});

	it('files are named by content hash and spread over folders by its first two letters', () => {
		expect(variantPath('3fa9c0d1e2b3a4f5', { width: 800 })).toBe('_img/3f/3fa9c0d1e2b3a4f5-800.webp');
		expect(variantPath('3fa9c0d1e2b3a4f5', { width: 192, height: 144 })).toBe('_img/3f/3fa9c0d1e2b3a4f5-192x144.webp');
		// A quality other than the default is part of the name, so that a file drawn at another one is never taken for it.
		expect(variantPath('3fa9c0d1e2b3a4f5', { width: 192, height: 144, quality: 50 })).toBe('_img/3f/3fa9c0d1e2b3a4f5-192x144q50.webp');
	});

	it('an img gets every usable width in srcset, the largest as src, and the largest’s size with the photo’s proportions', () => {
		expect(imgAttributes(source(1000, 750), [{ width: 400 }, { width: 800, quality: 70 }, { width: 1200 }], (p) => `/repo${p}`)).toEqual({
			src: '/repo/_img/3f/3fa9c0d1e2b3a4f5-800q70.webp',
			srcset: '/repo/_img/3f/3fa9c0d1e2b3a4f5-400.webp 400w, /repo/_img/3f/3fa9c0d1e2b3a4f5-800q70.webp 800w',
			width: 800,
			height: 600,
		});
	});

	it('a product’s cover gets the page sizes and the search thumbnail, its other pictures the small sizes', () => {
		const cover = source(1200, 900);
		const extra = { ...source(1200, 900), hash: 'aaaabbbbccccdddd' };
		expect(productVariants([cover, extra]).map(({ picture, variant }) => variantPath(picture.hash, variant).split('/')[2])).toEqual([
			'3fa9c0d1e2b3a4f5-400.webp',
			'3fa9c0d1e2b3a4f5-800q70.webp',
			'3fa9c0d1e2b3a4f5-192x144q50.webp',
			'aaaabbbbccccdddd-240.webp',
			'aaaabbbbccccdddd-480.webp',
		]);
	});
});

describe('drawing a variant', () => {
	it('draws the search thumbnail at its own lower quality: fewer bytes than the same crop at the default, same size', async () => {
		// A busy photo (random pixels), where quality shows in the bytes.
		const noise = Buffer.from(Array.from({ length: 600 * 450 * 3 }, (_, i) => (i * 2654435761) % 251));
		const jpeg = await sharp(noise, { raw: { width: 600, height: 450, channels: 3 } })
			.jpeg()
			.toBuffer();
		const thumbnail = await drawVariant(jpeg, SEARCH_THUMBNAIL);
		const atDefault = await drawVariant(jpeg, { width: 192, height: 144 });
		expect(SEARCH_THUMBNAIL.quality).toBeLessThan(80);
		expect(thumbnail.length).toBeLessThan(atDefault.length * 0.85);
		const meta = await sharp(thumbnail).metadata();
		expect([meta.format, meta.width, meta.height]).toEqual(['webp', 192, 144]);
	});
});

describe('describing photos', () => {
	it('reads a photo’s upright size and a hash of its bytes, the same hash for the same bytes under another name', async () => {
		const [a, b] = [join(DIR, 'a.jpg'), join(DIR, 'b.jpg')];
		const bytes = await photo(640, 480);
		writeFileSync(a, bytes);
		writeFileSync(b, bytes);
		const described = await new PictureSources(join(DIR, 'cache1')).describe([a, b]);
		expect(described.get(a)).toMatchObject({ file: a, width: 640, height: 480 });
		expect(described.get(a)?.hash).toMatch(/^[0-9a-f]{16}$/);
		expect(described.get(b)?.hash).toBe(described.get(a)?.hash);
		// The first 16 hex digits of the bytes' SHA-256: how every picture file has been named, so caches and published files stay valid.
		expect(described.get(a)?.hash).toBe(createHash('sha256').update(bytes).digest('hex').slice(0, 16));
	});

	it('a saved description is trusted while the file keeps its size and modification time, and read again when either changes', async () => {
		const file = join(DIR, 'c.jpg');
		const cache = join(DIR, 'cache2');
		writeFileSync(file, await photo(800, 600));
		const first = new PictureSources(cache);
		const original = (await first.describe([file])).get(file);
		first.save();
		// Tamper with the saved record: a later build that trusts it must return exactly what was saved.
		const manifest = join(cache, 'pictures/sources.json');
		const stored = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, { hash: string }>;
		(stored[file] as { hash: string }).hash = 'feedfeedfeedfeed';
		writeFileSync(manifest, JSON.stringify(stored));
		expect((await new PictureSources(cache).describe([file])).get(file)?.hash).toBe('feedfeedfeedfeed');
		// A new modification time: read again, and the real hash comes back.
		utimesSync(file, new Date(), new Date(Date.now() + 5000));
		expect((await new PictureSources(cache).describe([file])).get(file)?.hash).toBe(original?.hash);
		// New bytes: a new hash and size.
		writeFileSync(file, await photo(1000, 750, 10));
		const changed = (await new PictureSources(cache).describe([file])).get(file);
		expect(changed?.hash).not.toBe(original?.hash);
		expect(changed).toMatchObject({ width: 1000, height: 750 });
	});

	it('a missing or unreadable photo is an error naming the file, in Vietnamese and English', async () => {
		const missing = join(DIR, 'missing.jpg');
		const broken = join(DIR, 'broken.jpg');
		writeFileSync(broken, 'not a picture');
		const sources = new PictureSources(join(DIR, 'cache3'));
		await expect(sources.describe([missing])).rejects.toThrow(PictureError);
		await expect(sources.describe([missing])).rejects.toThrow(`${missing}: không có tệp này / the file does not exist`);
		await expect(sources.describe([broken])).rejects.toThrow(
			/broken\.jpg: không đọc được ảnh \/ the picture cannot be read .*Fix: replace it/,
		);
	});
});

describe('pictures inside a story', () => {
	const picture: PictureSource = { file: '/x/phoi-non.jpg', hash: '0123456789abcdef', width: 900, height: 600 };

	it('are drawn by the pipeline: the story’s files of 400 and 800 pixels, their size, lazily loaded, the alt kept', () => {
		const html = storyPicturesHtml(
			'<p>Nón.</p><p><img src="phoi-non.jpg" alt="Nón &#x26; nắng"></p>',
			new Map([['phoi-non.jpg', picture]]),
			(p) => `/base${p}`,
		);
		expect(html).toBe(
			'<p>Nón.</p><p><img src="/base/_img/01/0123456789abcdef-800q70.webp" srcset="/base/_img/01/0123456789abcdef-400.webp 400w, /base/_img/01/0123456789abcdef-800q70.webp 800w" sizes="(min-width: 48rem) 46rem, 100vw" width="800" height="533" loading="lazy" decoding="async" alt="Nón &#x26; nắng"></p>',
		);
	});

	it('are left out when the catalogue does not know them, never written as a broken address', () => {
		expect(storyPicturesHtml('<p>a<img src="khong-co.jpg" alt="x">b</p>', new Map(), (p) => p)).toBe('<p>ab</p>');
	});

	it('give the files to draw beside the product’s own', () => {
		const cover: PictureSource = { ...picture, hash: 'ffffffffffffffff' };
		const files = productVariants([cover], [picture]).map(({ picture: p, variant }) => variantPath(p.hash, variant));
		expect(files.filter((f) => f.includes('0123456789abcdef'))).toEqual([
			'_img/01/0123456789abcdef-400.webp',
			'_img/01/0123456789abcdef-800q70.webp',
		]);
	});
});
