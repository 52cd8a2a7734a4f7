/**
 * Printable sheets of QR labels: which products get a label and how labels fall on A4 pages.
 * Pure; the sheet's CSS (src/views/LabelSheetPage.astro) draws the same grid in millimetres.
 *
 * A4 is 210 × 297 mm; with 10 mm page margins 190 × 277 mm are printable. A label is 95 × 38 mm:
 * the 32.8 mm QR symbol (src/lib/media/qr.ts) with 2.6 mm around it, and beside it the names, the stars
 * and the written-out URL. Two columns of seven rows (266 mm) make 14 labels a page, close to the
 * common 2 × 7 A4 sticker sheets (99.1 × 38.1 mm), and each page is its own block, so a label can
 * never be split across two pages.
 */
import type { CertificateStatus } from './certificate.ts';
import { sheetPages } from './buyers/product-sheets.ts';

/** Columns of labels on an A4 page. */
export const LABEL_COLUMNS = 2;
/** Rows of labels on an A4 page. */
export const LABEL_ROWS = 7;
/** Labels on one A4 page. */
export const LABELS_PER_PAGE = LABEL_COLUMNS * LABEL_ROWS;
/** Size of one label in millimetres. */
export const LABEL_MM = { width: 95, height: 38 } as const;
/** Margin of the printed A4 page in millimetres. */
export const PAGE_MARGIN_MM = 10;

/**
 * The products that get a label: all but those whose certificate was revoked, since a label
 * showing OCOP stars must not be printed for them. Order is kept.
 */
export function labelledProducts<P extends { certificate: { status: CertificateStatus } }>(
	products: readonly P[],
): { labelled: P[]; revoked: P[] } {
	return {
		labelled: products.filter((p) => p.certificate.status !== 'revoked'),
		revoked: products.filter((p) => p.certificate.status === 'revoked'),
	};
}

/** Labels split into A4 pages of `perPage`; no pages for no labels. */
export function labelPages<T>(labels: readonly T[], perPage = LABELS_PER_PAGE): T[][] {
	const pages: T[][] = [];
	for (let i = 0; i < labels.length; i += perPage) pages.push(labels.slice(i, i + perPage));
	return pages;
}

/**
 * Labels on one page of the site (a place's or district's sheet is split into such pages, the
 * first at the sheet's address, later ones at `…/2/` and on; routes.ts `labelSheetPath`): four
 * whole A4 pages. Elements bind (scripts/gates/budgets.ts: 1,400 a page): as built, a label is 16
 * elements and its entry in the sheet's list of product sheets 3 more, the page's header and head
 * about 40, the links between pages 2 a page; 56 labels make about 1,120 elements (80 % of the
 * budget, as ten product sheets are) and about 9 kB gzip (130 bytes a label), 70 (five A4 pages)
 * would make about 1,380. The largest sheet at 13,000 products (98 labels, 1,882 elements on one
 * page) becomes two pages.
 *
 * A test build may set fewer with OCOP_LABELS_PER_SITE_PAGE (a whole number from 1), so that the
 * small sample has sheets of several pages (tests/build/labels-keep-working.test.ts).
 */
export const LABELS_PER_SITE_PAGE = sitePageSize(globalThis.process?.env['OCOP_LABELS_PER_SITE_PAGE']);

/** Labels on one page of the site: `setting` when it is a whole number from 1, else four A4 pages. */
export function sitePageSize(setting: string | undefined): number {
	const n = Number(setting);
	return setting !== undefined && Number.isInteger(n) && n >= 1 ? n : 4 * LABELS_PER_PAGE;
}

/**
 * A sheet's labels split into pages of the site: ordered by product code, `perPage` to a page, as
 * product sheets are (product-sheets.ts `sheetPages`): codes are given in turn and never change, so
 * a new product lands on the last page and no other label moves. No pages for no labels.
 */
export function labelSheetPages<P extends { facts: { code: string } }>(products: readonly P[], perPage = LABELS_PER_SITE_PAGE): P[][] {
	return sheetPages(products, perPage);
}

/** The id of the star shape a label sheet defines once (src/components/LabelStar.astro) and every label's stars use. */
export const LABEL_STAR_ID = 'ocop-label-star';
