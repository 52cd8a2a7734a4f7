/**
 * QR symbols of the permalinks, drawn at build time with the `qrcode` package: SVG for print, PNG
 * for download. Labels crease and get dirty, so error correction is level Q (about 25 % of the
 * symbol may be damaged), and the quiet zone is the 4 modules the standard asks for.
 *
 * Size: a permalink of the sample site, https://ocop.example.org/p/hn-001/, is 34 bytes. Lower-case
 * letters rule out the denser alphanumeric mode, so it is encoded in byte mode, where version 3
 * holds at most 32 bytes at level Q: it takes version 4, 33×33 modules (41×41 with the quiet zone).
 * Labels print every symbol at the same size, `QR_PRINT_MM` including the quiet zone, which gives
 * version 4 modules of 0.8 mm and a 26.4 mm symbol: above the 0.4 mm and 2.5 cm minimums, and
 * readable by a phone camera from about 25 cm.
 */
import { crc32, deflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import QRCode from 'qrcode';

/** qrcode's SVG writer, which its `toString` runs; its module has no types of its own. */
const renderSvgTag = createRequire(import.meta.url)('qrcode/lib/renderer/svg-tag.js').render as (
	symbol: QRCode.QRCode,
	options: QRCode.QRCodeRenderersOptions,
) => string;

/** Error correction level: Q restores up to about 25 % of damaged codewords. */
export const QR_ERROR_CORRECTION = 'Q' as const;
/** Light modules around the symbol, as the standard requires. */
export const QR_QUIET_ZONE = 4;
/** Printed width (and height) of a symbol on a label, quiet zone included, in millimetres. */
export const QR_PRINT_MM = 32.8;
/** Smallest version used, so that the symbol on a label is never under 2.5 cm (version 2 would give 24.8 mm). */
export const QR_MIN_VERSION = 3;
/** Smallest module printers and phone cameras handle reliably, in millimetres. */
export const MIN_MODULE_MM = 0.4;
/** Pixels per module of the downloadable PNG (41 modules → 656 px, crisp at any whole-number scale). */
export const QR_PNG_SCALE = 16;

/** The facts of the symbol that encodes `url`. */
export interface QrSymbol {
	version: number;
	/** Modules per side, quiet zone excluded (17 + 4 × version). */
	modules: number;
	/** Module size on a printed label, in millimetres. */
	moduleMm: number;
	/** Symbol size on a printed label, quiet zone excluded, in millimetres. */
	symbolMm: number;
}

/** The symbols drawn last, by URL: a product's SVG and PNG are drawn one after the other. */
const recent = new Map<string, QRCode.QRCode>();

/**
 * The symbol of `url`, computed once for its SVG and its PNG (`QRCode.create` chooses the mask by
 * scoring all eight; it ran three times a product when each file and the version check made their
 * own: docs/performance.md, "Measured figures behind the code").
 */
function symbolOf(url: string): QRCode.QRCode {
	let symbol = recent.get(url);
	if (!symbol) {
		symbol = QRCode.create(url, { errorCorrectionLevel: QR_ERROR_CORRECTION });
		// Below the smallest version the labels allow: the same text at that version.
		if (symbol.version < QR_MIN_VERSION)
			symbol = QRCode.create(url, { errorCorrectionLevel: QR_ERROR_CORRECTION, version: QR_MIN_VERSION });
		if (recent.size >= 16) recent.delete(recent.keys().next().value as string);
		recent.set(url, symbol);
	}
	return symbol;
}

/**
 * The version and printed sizes of the symbol of `url`. Throws when the URL is so long that
 * printed modules would fall under 0.4 mm (a very long SITE_URL), so the build stops rather than
 * print labels that phones cannot read.
 */
export function qrSymbol(url: string): QrSymbol {
	const { version } = symbolOf(url);
	const modules = 17 + 4 * version;
	const moduleMm = QR_PRINT_MM / (modules + 2 * QR_QUIET_ZONE);
	if (moduleMm < MIN_MODULE_MM) {
		throw new Error(
			`The QR code of ${url} needs version ${version}: its modules would print at ${moduleMm.toFixed(2)} mm, under ${MIN_MODULE_MM} mm. Shorten SITE_URL.`,
		);
	}
	return { version, modules, moduleMm, symbolMm: moduleMm * modules };
}

/** The symbol of `url` as SVG, sized in millimetres so that design tools import it at label size. */
export async function qrSvg(url: string): Promise<string> {
	qrSymbol(url);
	// qrcode's own SVG writer (what `QRCode.toString(url, { type: 'svg' })` runs), given the symbol.
	const svg = renderSvgTag(symbolOf(url), { margin: QR_QUIET_ZONE });
	return svg.replace('<svg ', `<svg width="${QR_PRINT_MM}mm" height="${QR_PRINT_MM}mm" `);
}

/** A PNG chunk: length, type, data and the CRC-32 of type and data. */
function pngChunk(type: string, data: Buffer): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'latin1');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
	return Buffer.concat([head, data, crc]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The symbol of `url` as a PNG of one bit per pixel (black modules on white), `QR_PNG_SCALE` pixels
 * per module. The modules come from `qrcode`; the file is written here, a few lines over
 * node:zlib, because no PNG encoder at hand writes 1-bit greyscale without quantising (sharp's
 * `palette` runs libimagequant; `pngjs`, qrcode's own, writes only 8 and 16 bits)
 * (figures: docs/performance.md, "Measured figures behind the code").
 */
export async function qrPng(url: string): Promise<Buffer> {
	qrSymbol(url);
	const { modules } = symbolOf(url);
	const side = (modules.size + 2 * QR_QUIET_ZONE) * QR_PNG_SCALE;
	// Each pixel line: a filter byte (0, none), then the pixels, 8 to a byte, 1 = white.
	const stride = 1 + Math.ceil(side / 8);
	const raw = Buffer.alloc(stride * side, 0xff);
	for (let y = 0; y < side; y++) raw[y * stride] = 0;
	for (let row = 0; row < modules.size; row++) {
		const top = (row + QR_QUIET_ZONE) * QR_PNG_SCALE * stride;
		for (let col = 0; col < modules.size; col++) {
			if (!modules.get(row, col)) continue;
			const left = (col + QR_QUIET_ZONE) * QR_PNG_SCALE;
			for (let x = left; x < left + QR_PNG_SCALE; x++) {
				const at = top + 1 + (x >> 3);
				raw[at] = (raw[at] as number) & ~(0x80 >> (x & 7));
			}
		}
		// The module row's other pixel lines are copies of its first.
		for (let y = 1; y < QR_PNG_SCALE; y++) raw.copy(raw, top + y * stride, top, top + stride);
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(side, 0);
	header.writeUInt32BE(side, 4);
	header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter method, no interlace
	return Buffer.concat([
		PNG_SIGNATURE,
		pngChunk('IHDR', header),
		// zlib's default level: level 9 is slower and larger here (docs/performance.md, "Measured figures behind the code").
		pngChunk('IDAT', deflateSync(raw, { level: 6 })),
		pngChunk('IEND', Buffer.alloc(0)),
	]);
}

/** The URL as printed under a symbol, for people who type it: no scheme, e.g. ocop.example.org/p/hn-001/. */
export function displayUrl(url: string): string {
	return url.replace(/^https?:\/\//, '');
}
