import { describe, expect, it } from 'vitest';
import { basePath, siteUrl } from '../../src/lib/config.ts';
import { sitePath, withBase } from '../../src/lib/routes.ts';
import { publishedAt } from '../../scripts/gates/dist.ts';

describe('the base path, set once by SITE_URL', () => {
	it('is the root when SITE_URL is an origin or unset', () => {
		expect(basePath({})).toBe('/');
		expect(basePath({ SITE_URL: 'https://ocop.example.vn' })).toBe('/');
		expect(basePath({ SITE_URL: 'https://ocop.example.vn/' })).toBe('/');
	});

	it('is the path of SITE_URL, with a slash at both ends, on a GitHub Pages project site', () => {
		expect(basePath({ SITE_URL: 'https://owner.github.io/ocop-catalogue/' })).toBe('/ocop-catalogue/');
		expect(basePath({ SITE_URL: 'https://owner.github.io/ocop-catalogue' })).toBe('/ocop-catalogue/');
		expect(basePath({ SITE_URL: 'https://example.org/a/b/' })).toBe('/a/b/');
	});

	it('leaves the origin of SITE_URL as the site, without the path', () => {
		expect(siteUrl({ SITE_URL: 'https://owner.github.io/ocop-catalogue/' })).toBe('https://owner.github.io');
	});

	it('refuses a malformed SITE_URL, which stops the build', () => {
		expect(() => basePath({ SITE_URL: 'owner.github.io/repo' })).toThrow();
	});

	it('turns site paths into URL paths under the base and back', () => {
		expect(withBase('/san-pham/x/', '/repo/')).toBe('/repo/san-pham/x/');
		expect(withBase('/', '/repo/')).toBe('/repo/');
		expect(withBase('/san-pham/x/', '/')).toBe('/san-pham/x/');
		expect(sitePath('/repo/san-pham/x/', '/repo/')).toBe('/san-pham/x/');
		expect(sitePath('/repo/', '/repo/')).toBe('/');
		expect(sitePath('/repo', '/repo/')).toBe('/');
		expect(sitePath('/san-pham/x/', '/')).toBe('/san-pham/x/');
	});

	it('knows nothing of paths outside the base, which belong to another site of the same host', () => {
		expect(sitePath('/san-pham/x/', '/repo/')).toBeUndefined();
		expect(sitePath('/repository/', '/repo/')).toBeUndefined();
	});

	it('tells the gates where a built site is published', () => {
		expect(publishedAt('https://owner.github.io/repo/')).toEqual({ origin: 'https://owner.github.io', base: '/repo/' });
		expect(publishedAt('https://ocop.example.org')).toEqual({ origin: 'https://ocop.example.org', base: '/' });
	});
});
