/**
 * How a district's one-page product sheets fall on pages of the site (src/data/sheets.ts): by their
 * products' codes, SHEETS_PER_PAGE to a page. Pure; the catalogue gives each product its page
 * (catalogue.ts `sheetPage`), so every link to a sheet (the product page, the place sheets, the
 * label sheets) names the right page.
 *
 * Ordered by code, not as the district's page lists them (stars, then name): codes are given in
 * turn and never change, so a new product goes on the last page and no other sheet moves, and a
 * link to a sheet stays good as long as no product before it is revoked or retired.
 */

/**
 * Sheets on one page. Elements bind first (scripts/gates/budgets.ts: 1,400 a page): a sheet with
 * every trade fact and three certifications is 104 elements (the sample's fullest), a plain one 38;
 * ten full sheets make about 1,100 with the header, twenty would not fit. A district of 37 products
 * made one page of 114.5 kB and 1,431 elements at 1,000 products; ten a page, at most 3.9 kB gzip
 * (34 kB of HTML) and 413 elements there.
 */
export const SHEETS_PER_PAGE = 10;

/** The number of a product code (`hn-013` → ["hn", 13]), for ordering codes as people count. */
function codeParts(code: string): [string, number] {
	const dash = code.lastIndexOf('-');
	return [code.slice(0, dash), Number(code.slice(dash + 1))];
}

/** Orders product codes by their prefix, then their number (`hn-9` before `hn-10`). */
export function compareCodes(a: string, b: string): number {
	const [pa, na] = codeParts(a);
	const [pb, nb] = codeParts(b);
	return pa < pb ? -1 : pa > pb ? 1 : na - nb || (a < b ? -1 : a > b ? 1 : 0);
}

/** A district's sheets split into pages: `products` (those that get a sheet) ordered by code, SHEETS_PER_PAGE to a page. */
export function sheetPages<P extends { facts: { code: string } }>(products: readonly P[], perPage = SHEETS_PER_PAGE): P[][] {
	const ordered = [...products].sort((a, b) => compareCodes(a.facts.code, b.facts.code));
	const pages: P[][] = [];
	for (let i = 0; i < ordered.length; i += perPage) pages.push(ordered.slice(i, i + perPage));
	return pages;
}
