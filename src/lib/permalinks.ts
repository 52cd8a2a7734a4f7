/**
 * What the short permalinks printed in QR codes (`/p/<code>/`) lead to, and the redirect pages kept
 * at a product's former addresses. Pure: the build feeds it the catalogue and the registry of
 * retired products; tests feed it plain objects. Nothing printed may ever break, so every code ever
 * given out has a page:
 * - a current product: the page sends the visitor on to the product in their language;
 * - a product whose certificate was revoked: the page says so and links on, without redirecting;
 * - a product taken out of the catalogue (content/retired-products.yaml): the page says why and
 *   links to its district and to other products.
 */
import type { CertificateStatus } from './certificate.ts';
import { siteMetaCsp } from './csp.ts';
import { LOCALES, routePath, type Locale } from './routes.ts';

/** What the permalink pages need of a current product (a catalogue `ProductView` fits). */
export interface LinkedProduct {
	slug: string;
	facts: { code: string; formerSlugs?: readonly string[] };
	district: { id: string };
	certificate: { status: CertificateStatus };
}

/** What the permalink pages need of a retired product (an entry of retired-products.yaml fits). */
export interface RetiredCode {
	code: string;
	district: string;
}

/** The product page in each language. */
export type Targets = Record<Locale, string>;

/** One permalink page. */
export type PermalinkPage<P extends LinkedProduct, R extends RetiredCode> =
	| { code: string; kind: 'redirect'; product: P; targets: Targets }
	| { code: string; kind: 'revoked'; product: P; targets: Targets }
	| { code: string; kind: 'retired'; retired: R; others: P[] };

/** How many other products a retired product's page suggests. */
export const OTHER_PRODUCTS = 6;

/** The product page of `slug` in each language. */
export function productTargets(slug: string): Targets {
	return Object.fromEntries(LOCALES.map((l) => [l, routePath(l, { key: 'products', id: slug })])) as Targets;
}

/**
 * Every permalink page, one per code: current products (in the order given) and then retired
 * ones. A retired product's page suggests up to `OTHER_PRODUCTS` current products of its district,
 * in catalogue order. Throws when a code belongs to two products or to a current and a retired
 * one: the content check refuses both before a build, so reaching that is a bug.
 */
export function permalinkPages<P extends LinkedProduct, R extends RetiredCode>(
	products: readonly P[],
	retired: readonly R[],
): PermalinkPage<P, R>[] {
	const pages: PermalinkPage<P, R>[] = [];
	const seen = new Set<string>();
	const claim = (code: string) => {
		if (seen.has(code)) throw new Error(`Product code ${code} is given to two products (run npm run check:content)`);
		seen.add(code);
	};
	for (const product of products) {
		const code = product.facts.code;
		claim(code);
		const targets = productTargets(product.slug);
		pages.push(
			product.certificate.status === 'revoked' ? { code, kind: 'revoked', product, targets } : { code, kind: 'redirect', product, targets },
		);
	}
	for (const r of retired) {
		claim(r.code);
		const others = products.filter((p) => p.district.id === r.district && p.certificate.status !== 'revoked').slice(0, OTHER_PRODUCTS);
		pages.push({ code: r.code, kind: 'retired', retired: r, others });
	}
	return pages;
}

/** A redirect page kept at a product's former address. */
export interface MovedPage {
	locale: Locale;
	/** The former product page, e.g. /san-pham/old-name/. */
	from: string;
	/** The current product page in the same language. */
	to: string;
	/** The product's current slug. */
	slug: string;
}

/** A redirect page at every former address of every product, in every language. */
export function movedPages(products: ReadonlyArray<{ slug: string; formerSlugs?: readonly string[] }>): MovedPage[] {
	return products.flatMap(({ slug, formerSlugs = [] }) =>
		formerSlugs.flatMap((old) =>
			LOCALES.map((locale) => ({
				locale,
				from: routePath(locale, { key: 'products', id: old }),
				to: routePath(locale, { key: 'products', id: slug }),
				slug,
			})),
		),
	);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The words of a redirect page, already in its language. */
export interface MovedPageText {
	/** Page title, e.g. "Trang đã chuyển: Nón lá Phương Trung". */
	title: string;
	/** A sentence saying the page has moved. */
	body: string;
	/** Text of the link to the new page (the product name). */
	link: string;
}

/**
 * The HTML of a redirect page: a meta refresh for browsers, a canonical link for search engines,
 * `noindex`, and a plain link for everyone else. No script, no styles, kept out of Pagefind.
 */
export function movedPageHtml(page: MovedPage, text: MovedPageText, site: string | URL): string {
	const to = escapeHtml(page.to);
	return `<!DOCTYPE html>
<html lang="${page.locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${escapeHtml(siteMetaCsp())}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(text.title)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(new URL(page.to, site).href)}">
<meta http-equiv="refresh" content="0; url=${to}">
</head>
<body data-pagefind-ignore="all">
<main>
<p>${escapeHtml(text.body)}</p>
<p><a href="${to}">${escapeHtml(text.link)}</a></p>
</main>
</body>
</html>
`;
}
