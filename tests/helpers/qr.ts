/**
 * Reading QR symbols back from pictures, independently of the `qrcode` package that drew them:
 * sharp turns the SVG or PNG into RGBA pixels, jsQR decodes them, and the quiet zone and the error
 * correction level are measured from the pixels themselves.
 */
import jsQR from 'jsqr';
import sharp from 'sharp';

/** What a picture of a QR symbol holds. */
export interface ReadSymbol {
	/** The decoded text. */
	text: string;
	version: number;
	/** Error correction level read from the symbol's format information. */
	errorCorrection: 'L' | 'M' | 'Q' | 'H';
	/** Width of the light border, in modules. */
	quietZone: number;
	/** Size of one module in pixels. */
	modulePx: number;
}

/** RGBA pixels of an SVG (rasterised at `density` dpi) or a PNG, on white. */
export async function pixels(file: Buffer, density = 150): Promise<{ data: Uint8ClampedArray; width: number; height: number }> {
	const { data, info } = await sharp(file, { density })
		.flatten({ background: '#ffffff' })
		.ensureAlpha()
		.raw()
		.toBuffer({ resolveWithObject: true });
	return { data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
}

/** The 15-bit format information of level `ecl` (2 bits) and mask `mask` (3 bits): BCH(15,5), then the standard XOR mask. */
function formatBits(ecl: number, mask: number): number {
	const data = (ecl << 3) | mask;
	let rem = data << 10;
	for (let i = 14; i >= 10; i--) if (rem & (1 << i)) rem ^= 0x537 << (i - 10);
	return ((data << 10) | rem) ^ 0x5412;
}
const LEVELS = { 1: 'L', 0: 'M', 3: 'Q', 2: 'H' } as const;

/** Decodes a picture of one QR symbol and measures it; throws when it cannot be read. */
export async function readSymbol(file: Buffer, density?: number): Promise<ReadSymbol> {
	const { data, width, height } = await pixels(file, density);
	const code = jsQR(data, width, height, { inversionAttempts: 'dontInvert' });
	if (!code) throw new Error('jsQR could not decode the symbol');
	const dark = (x: number, y: number) => (data[(Math.floor(y) * width + Math.floor(x)) * 4] ?? 255) < 128;
	// The bounding box of the dark modules is the symbol; around it lies the quiet zone.
	let left = width;
	let top = height;
	let right = -1;
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			if (!dark(x, y)) continue;
			left = Math.min(left, x);
			right = Math.max(right, x);
			top = Math.min(top, y);
		}
	}
	const modules = 17 + 4 * code.version;
	const modulePx = (right - left + 1) / modules;
	const module = (row: number, col: number) => dark(left + (col + 0.5) * modulePx, top + (row + 0.5) * modulePx);
	// Both copies of the format information (ISO/IEC 18004 §7.9): beside the top-left finder
	// pattern, and split between the other two.
	let vertical = 0;
	let horizontal = 0;
	for (let i = 0; i < 15; i++) {
		const v = i < 6 ? module(i, 8) : i < 8 ? module(i + 1, 8) : module(modules - 15 + i, 8);
		const h = i < 8 ? module(8, modules - i - 1) : i < 9 ? module(8, 7) : module(8, 15 - i - 1);
		vertical |= Number(v) << i;
		horizontal |= Number(h) << i;
	}
	if (vertical !== horizontal) throw new Error('the two copies of the format information differ');
	let errorCorrection: ReadSymbol['errorCorrection'] | undefined;
	for (const ecl of [0, 1, 2, 3] as const)
		for (let mask = 0; mask < 8; mask++) if (formatBits(ecl, mask) === vertical) errorCorrection = LEVELS[ecl];
	if (!errorCorrection) throw new Error(`unreadable format information ${vertical.toString(2)}`);
	return {
		text: code.data,
		version: code.version,
		errorCorrection,
		quietZone: Math.min(left, top, width - 1 - right) / modulePx,
		modulePx,
	};
}
