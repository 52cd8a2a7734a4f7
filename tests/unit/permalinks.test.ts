/** What the QR permalinks lead to, and the redirect pages at former product addresses. */
import { describe, expect, it } from 'vitest';
import { movedPageHtml, movedPages, OTHER_PRODUCTS, permalinkPages, type LinkedProduct } from '../../src/lib/permalinks.ts';
import { preferredLocale } from '../../src/lib/preferred-locale.ts';
import type { CertificateStatus } from '../../src/lib/certificate.ts';

const product = (
	slug: string,
	code: string,
	district = 'd1',
	status: CertificateStatus = 'valid',
	formerSlugs: string[] = [],
): LinkedProduct => ({
	slug,
	facts: { code, formerSlugs },
	district: { id: district },
	certificate: { status },
});
const retired = { code: 'x-9', district: 'd1', name: { vi: 'Cũ', en: 'Old' } };

describe('the permalink pages', () => {
	it('send a current product’s permalink on to its page in each language', () => {
		const [page] = permalinkPages([product('non-la', 'x-1')], []);
		expect(page).toMatchObject({ code: 'x-1', kind: 'redirect', targets: { vi: '/san-pham/non-la/', en: '/en/products/non-la/' } });
	});

	it('give a product whose certificate was revoked a page that explains instead of redirecting', () => {
		const pages = permalinkPages([product('a', 'x-1', 'd1', 'expired'), product('b', 'x-2', 'd1', 'revoked')], []);
		expect(pages.map((p) => [p.code, p.kind])).toEqual([
			['x-1', 'redirect'],
			['x-2', 'revoked'],
		]);
	});

	it('keep a retired product’s permalink, suggesting current products of its district that were not revoked', () => {
		const products = [
			product('a', 'x-1', 'd1'),
			product('b', 'x-2', 'd2'),
			product('c', 'x-3', 'd1', 'revoked'),
			...Array.from({ length: 8 }, (_, i) => product(`m${i}`, `y-${i}`, 'd1')),
		];
		const page = permalinkPages(products, [retired]).at(-1);
		expect(page?.kind).toBe('retired');
		if (page?.kind !== 'retired') return;
		expect(page.retired).toBe(retired);
		expect(page.others.map((p) => p.slug)).toEqual(['a', 'm0', 'm1', 'm2', 'm3', 'm4'].slice(0, OTHER_PRODUCTS));
	});

	it('refuse to give one code two pages', () => {
		expect(() => permalinkPages([product('a', 'x-1'), product('b', 'x-1')], [])).toThrow(/x-1 is given to two products/);
		expect(() => permalinkPages([product('a', 'x-9')], [retired])).toThrow(/x-9 is given to two products/);
	});
});

describe('the pages at former product addresses', () => {
	it('exist for every former slug in both languages and lead to the current page in the same language', () => {
		expect(movedPages([{ slug: 'non-la-phuong-trung', formerSlugs: ['non-la-thanh-oai', 'non-la'] }, { slug: 'che' }])).toEqual([
			{ locale: 'vi', from: '/san-pham/non-la-thanh-oai/', to: '/san-pham/non-la-phuong-trung/', slug: 'non-la-phuong-trung' },
			{ locale: 'en', from: '/en/products/non-la-thanh-oai/', to: '/en/products/non-la-phuong-trung/', slug: 'non-la-phuong-trung' },
			{ locale: 'vi', from: '/san-pham/non-la/', to: '/san-pham/non-la-phuong-trung/', slug: 'non-la-phuong-trung' },
			{ locale: 'en', from: '/en/products/non-la/', to: '/en/products/non-la-phuong-trung/', slug: 'non-la-phuong-trung' },
		]);
	});

	it('are tiny HTML pages with a meta refresh, a canonical link, noindex and a plain link, and no script', () => {
		const [, en] = movedPages([{ slug: 'hat', formerSlugs: ['old-hat'] }]);
		if (!en) throw new Error('no page');
		const html = movedPageHtml(
			en,
			{ title: 'Page moved: Hat & <Co>', body: 'This product page has moved to a new address:', link: 'Hat & <Co>' },
			'https://ocop.example.org',
		);
		expect(html).toMatchInlineSnapshot(`
			"<!DOCTYPE html>
			<html lang="en">
			<head>
			<meta charset="utf-8">
			<meta http-equiv="content-security-policy" content="default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; base-uri 'self'; form-action 'self'; object-src 'none'">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>Page moved: Hat &amp; &lt;Co&gt;</title>
			<meta name="robots" content="noindex">
			<link rel="canonical" href="https://ocop.example.org/en/products/hat/">
			<meta http-equiv="refresh" content="0; url=/en/products/hat/">
			</head>
			<body data-pagefind-ignore="all">
			<main>
			<p>This product page has moved to a new address:</p>
			<p><a href="/en/products/hat/">Hat &amp; &lt;Co&gt;</a></p>
			</main>
			</body>
			</html>
			"
		`);
		expect(html).not.toContain('<script');
	});
});

describe('the language a permalink opens in', () => {
	it('is English when the browser puts English before Vietnamese', () => {
		expect(preferredLocale(['en-US', 'en'])).toBe('en');
		expect(preferredLocale(['fr-FR', 'en-GB', 'vi'])).toBe('en');
		expect(preferredLocale(['EN'])).toBe('en');
	});

	it('is Vietnamese when the browser prefers it, or offers neither language, or says nothing', () => {
		expect(preferredLocale(['vi-VN', 'en-US'])).toBe('vi');
		expect(preferredLocale(['fr-FR', 'de'])).toBe('vi');
		expect(preferredLocale([])).toBe('vi');
	});
});
