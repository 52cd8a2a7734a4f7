/** The groupings: every product reachable from each grouping it belongs to, in both languages. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/files.ts';
import { routePath, type Locale, type Route } from '../../src/lib/routes.ts';
import { ROOT, SITE_DIR } from '../helpers/paths.ts';
import { fileFor, htmlPages, page } from '../helpers/site.ts';

interface Facts {
	code: string;
	stars: number;
	category: number;
	producer: string;
	district: string;
	centres?: string[];
	salesPoints?: string[];
}
const content = readContent(join(ROOT, 'content'), ROOT);
const products = content.products.map((p) => ({ slug: p.id, facts: p.data as Facts }));
/** How many products each producer makes: a producer of one has no page of its own (src/lib/catalogue.ts). */
const made = new Map<string, number>();
for (const { facts } of products) made.set(facts.producer, (made.get(facts.producer) ?? 0) + 1);
const producerPage = (id: string): Route[] => ((made.get(id) ?? 0) === 1 ? [] : [{ key: 'producers', id }]);
const LOCALES: Locale[] = ['vi', 'en'];

/** Hrefs of product links on a (possibly paginated) listing page. */
function productLinks(locale: Locale, route: Route): Set<string> {
	const links = new Set<string>();
	for (let n = 1; fileFor(routePath(locale, { ...route, page: n })); n++) {
		const $ = page(routePath(locale, { ...route, page: n }));
		$('a[href]').each((_, a) => void links.add($(a).attr('href') ?? ''));
	}
	return links;
}

describe('browsing by grouping', () => {
	it('reaches every product from its district, centres, sales points, producer, group and stars pages, in both languages', () => {
		for (const locale of LOCALES) {
			const cache = new Map<string, Set<string>>();
			const linksOf = (route: Route) => {
				const key = JSON.stringify(route);
				if (!cache.has(key)) cache.set(key, productLinks(locale, route));
				return cache.get(key) as Set<string>;
			};
			for (const { slug, facts } of products) {
				const href = routePath(locale, { key: 'products', id: slug });
				const groupings: Route[] = [
					{ key: 'districts', id: facts.district },
					...producerPage(facts.producer),
					{ key: 'groups', id: String(facts.category) },
					{ key: 'stars', id: String(facts.stars) },
					...(facts.centres ?? []).map((id): Route => ({ key: 'centres', id })),
					...(facts.salesPoints ?? []).map((id): Route => ({ key: 'salesPoints', id })),
				];
				for (const route of groupings) expect(linksOf(route).has(href), `${routePath(locale, route)} → ${href}`).toBe(true);
			}
		}
	});

	it('links every product page back to each of its groupings', () => {
		for (const locale of LOCALES) {
			for (const { slug, facts } of products) {
				const $ = page(routePath(locale, { key: 'products', id: slug }));
				const hrefs = new Set(
					$('a[href]')
						.map((_, a) => $(a).attr('href'))
						.get(),
				);
				const expected: Route[] = [
					{ key: 'districts', id: facts.district },
					...producerPage(facts.producer),
					{ key: 'groups', id: String(facts.category) },
					{ key: 'stars', id: String(facts.stars) },
					...(facts.centres ?? []).map((id): Route => ({ key: 'centres', id })),
					...(facts.salesPoints ?? []).map((id): Route => ({ key: 'salesPoints', id })),
				];
				for (const route of expected) expect(hrefs.has(routePath(locale, route)), `${slug} → ${routePath(locale, route)}`).toBe(true);
			}
		}
	});

	it('has a page for each of the 34 provinces, and every district, centre, sales point and producer of more than one product, in both languages', () => {
		expect(content.provinces).toHaveLength(34);
		const ids: Array<[Route['key'], string[]]> = [
			['provinces', content.provinces.map((p) => (p.data as { id: string }).id)],
			['districts', content.districts.map((d) => d.id)],
			['centres', content.centres.map((d) => d.id)],
			['salesPoints', content.salesPoints.map((d) => d.id)],
			['producers', content.producers.map((d) => d.id).filter((id) => made.get(id) !== 1)],
		];
		for (const locale of LOCALES)
			for (const [key, list] of ids) for (const id of list) expect(fileFor(routePath(locale, { key, id })), `${key} ${id}`).toBeTruthy();
	});

	it('gives a producer of one product no page: its product page names it, and the lists link that product page instead', () => {
		const single = [...made].filter(([, n]) => n === 1).map(([id]) => id);
		expect(single.length).toBeGreaterThan(0);
		for (const locale of LOCALES) {
			for (const id of single) {
				expect(fileFor(routePath(locale, { key: 'producers', id })), id).toBeUndefined();
				const product = products.find((p) => p.facts.producer === id);
				const href = routePath(locale, { key: 'products', id: product?.slug ?? '' });
				const home = (content.producers.find((p) => p.id === id)?.data as { district: string } | undefined)?.district ?? '';
				const district = page(routePath(locale, { key: 'districts', id: home }));
				expect(district(`.producers a[href="${href}"]`).length, `${id} in its district's list`).toBe(1);
				expect(page(href)('a[href*="/' + (locale === 'vi' ? 'chu-the' : 'producers') + '/' + id + '/"]').length, href).toBe(0);
			}
		}
	});

	it('gives products, centres, sales points and every breadcrumb JSON-LD that parses and has the required fields', () => {
		const ldOf = (path: string) => {
			const $ = page(path);
			return $('script[type="application/ld+json"]')
				.map((_, s) => JSON.parse($(s).text()))
				.get() as Array<Record<string, unknown>>;
		};
		for (const locale of LOCALES) {
			const { slug } = products[0] ?? { slug: '' };
			const product = ldOf(routePath(locale, { key: 'products', id: slug })).find((d) => d['@type'] === 'Product');
			expect(product).toMatchObject({
				name: expect.any(String),
				image: [expect.stringMatching(/^https:\/\/.+\.jpg$/)],
				sku: expect.any(String),
			});
			expect(product?.['hasCertification']).toMatchObject({
				certificationIdentification: expect.any(String),
				validFrom: expect.any(String),
				expires: expect.any(String),
			});
			const centre = ldOf(routePath(locale, { key: 'centres', id: content.centres[0]?.id ?? '' })).find((d) => d['@type'] === 'Store');
			expect(centre).toMatchObject({
				name: expect.any(String),
				telephone: expect.any(String),
				address: { addressCountry: 'VN' },
				geo: { latitude: expect.any(Number) },
			});
			const crumbs = ldOf(routePath(locale, { key: 'districts', id: content.districts[0]?.id ?? '' })).find(
				(d) => d['@type'] === 'BreadcrumbList',
			);
			expect((crumbs?.['itemListElement'] as unknown[]).length).toBeGreaterThanOrEqual(2);
		}
	});

	it('gives each product a social preview picture, named in Open Graph and Twitter meta', () => {
		for (const { slug } of products) {
			expect(existsSync(join(SITE_DIR, 'og', `${slug}.jpg`)), slug).toBe(true);
			const $ = page(routePath('en', { key: 'products', id: slug }));
			expect($('meta[property="og:image"]').attr('content')).toBe(`https://ocop.example.org/og/${slug}.jpg`);
			expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
		}
	});

	it('has robots.txt naming the sitemap, and an error page in each language', () => {
		expect(readFileSync(join(SITE_DIR, 'robots.txt'), 'utf8')).toContain('Sitemap: https://ocop.example.org/sitemap-index.xml');
		expect(page('/404.html')('html').attr('lang')).toBe('vi');
		expect(page('/en/404.html')('html').attr('lang')).toBe('en');
	});

	it('paginates product lists so that no listing page holds more than 24 products', () => {
		for (const path of htmlPages()) expect(page(path)('.products > li').length, path).toBeLessThanOrEqual(24);
	});
});
