/** The downloadable QR symbol, a 1-bit PNG written by src/lib/media/qr.ts over node:zlib: read back by sharp and jsQR. */
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { QR_PNG_SCALE, qrPng } from '../../src/lib/media/qr.ts';
import { readSymbol } from '../helpers/qr.ts';

const URLS = ['https://ocop.example.org/p/hn-001/', 'https://owner.github.io/ocop-catalogue/p/tn-002/'];

describe('the PNG of a QR symbol', () => {
	it('reads back, for a short and a long permalink, as the permalink at level Q with a 4-module quiet zone', async () => {
		for (const url of URLS) {
			const symbol = await readSymbol(await qrPng(url));
			expect(symbol.text).toBe(url);
			expect(symbol.errorCorrection).toBe('Q');
			expect(symbol.quietZone).toBe(4);
			expect(symbol.modulePx).toBe(QR_PNG_SCALE);
		}
	});

	it('is one bit per pixel, grey, square, a whole number of modules wide, and about a kilobyte', async () => {
		const png = await qrPng(URLS[0] as string);
		const meta = await sharp(png).metadata();
		expect(meta.format).toBe('png');
		expect(png.readUInt8(24)).toBe(1); // IHDR bit depth
		expect(png.readUInt8(25)).toBe(0); // IHDR colour type: greyscale
		expect(meta.width).toBe(meta.height);
		expect((meta.width ?? 0) % QR_PNG_SCALE).toBe(0);
		expect(png.length).toBeLessThan(2048);
	});

	it('has only black and white pixels, white at the corners (the quiet zone)', async () => {
		const { data, info } = await sharp(await qrPng(URLS[0] as string))
			.greyscale()
			.raw()
			.toBuffer({ resolveWithObject: true });
		expect(new Set(data)).toEqual(new Set([0, 255]));
		for (const at of [0, info.width - 1, (info.height - 1) * info.width, data.length - 1]) expect(data[at]).toBe(255);
	});
});
