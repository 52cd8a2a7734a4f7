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
import QRCode from 'qrcode';
import sharp from 'sharp';

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

const versions = new Map<string, number>();

function options(url: string) {
	let version = versions.get(url);
	if (version === undefined) {
		version = Math.max(QRCode.create(url, { errorCorrectionLevel: QR_ERROR_CORRECTION }).version, QR_MIN_VERSION);
		versions.set(url, version);
	}
	return { errorCorrectionLevel: QR_ERROR_CORRECTION, margin: QR_QUIET_ZONE, version };
}

/**
 * The version and printed sizes of the symbol of `url`. Throws when the URL is so long that
 * printed modules would fall under 0.4 mm (a very long SITE_URL), so the build stops rather than
 * print labels that phones cannot read.
 */
export function qrSymbol(url: string): QrSymbol {
	const { version } = options(url);
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
	const svg = await QRCode.toString(url, { ...options(url), type: 'svg' });
	return svg.replace('<svg ', `<svg width="${QR_PRINT_MM}mm" height="${QR_PRINT_MM}mm" `);
}

/**
 * The symbol of `url` as a black-and-white PNG, `QR_PNG_SCALE` pixels per module. The modules come
 * from `qrcode`; the pixels are encoded by sharp (libvips), since qrcode's own PNG encoder, in plain
 * JavaScript, took about 20 ms a symbol: most of a build's render time at 1,000 products.
 */
export async function qrPng(url: string): Promise<Buffer> {
	qrSymbol(url);
	const { modules } = QRCode.create(url, options(url));
	const side = (modules.size + 2 * QR_QUIET_ZONE) * QR_PNG_SCALE;
	const pixels = Buffer.alloc(side * side, 255);
	// Each row of modules is drawn once as a line of pixels, then copied to the other pixel lines
	// of that row (a fill per module and pixel line was most of a symbol's time in JavaScript).
	for (let row = 0; row < modules.size; row++) {
		const top = (row + QR_QUIET_ZONE) * QR_PNG_SCALE * side;
		for (let col = 0; col < modules.size; col++) {
			if (!modules.get(row, col)) continue;
			const left = top + (col + QR_QUIET_ZONE) * QR_PNG_SCALE;
			pixels.fill(0, left, left + QR_PNG_SCALE);
		}
		for (let y = 1; y < QR_PNG_SCALE; y++) pixels.copy(pixels, top + y * side, top, top + side);
	}
	return sharp(pixels, { raw: { width: side, height: side, channels: 1 } })
		.png({ compressionLevel: 6 })
		.toBuffer();
}

/** The URL as printed under a symbol, for people who type it: no scheme, e.g. ocop.example.org/p/hn-001/. */
export function displayUrl(url: string): string {
	return url.replace(/^https?:\/\//, '');
}
