/**
 * The barcode of a product's GTIN, drawn at build time as SVG with `bwip-js` (EAN-8, UPC-A, EAN-13
 * or ITF-14 by the number's length), so the printed sheet needs no script. Sized for print at
 * GS1's nominal magnification (EAN-13 bars 0.33 mm a module), with the quiet zones the standard
 * asks for (11 modules left and 7 right of an EAN-13) on a white background. The digits are written
 * under it by the page, as text: drawn by bwip-js as outlines they made each barcode 16 kB.
 */
import bwipjs from 'bwip-js/node';
import { gtinSymbology, gtinValid } from '../buyers/trade.ts';

/** Width of one module at 100 % magnification, in millimetres. */
export const MODULE_MM = 0.33;

/** The GTIN's barcode as an SVG element with its printed width and height in millimetres; hidden from screen readers, so the element around it names it. */
export function gtinBarcodeSvg(gtin: string): string {
	if (!gtinValid(gtin)) throw new Error(`Not a GTIN with a right check digit: ${gtin} (the content check reports it as OCOP-E034)`);
	const bcid = gtinSymbology(gtin);
	// At scale 1 bwip-js draws one SVG unit per module; the padding is in modules.
	const svg = bwipjs.toSVG({
		bcid,
		text: gtin,
		height: bcid === 'itf14' ? 14 : 20,
		scale: 1,
		paddingleft: 11,
		paddingright: 7,
		paddingtop: 2,
		paddingbottom: 2,
		backgroundcolor: 'FFFFFF',
		...(bcid === 'itf14' ? { borderwidth: 2 } : {}),
	});
	const [, w = '0', h = '0'] = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg) ?? [];
	const mm = (units: string) => (Number(units) * MODULE_MM).toFixed(2);
	return svg.replace('<svg ', `<svg width="${mm(w)}mm" height="${mm(h)}mm" aria-hidden="true" `);
}
