import { describe, expect, it } from 'vitest';
import { mediaOutDir, mediaUrl } from '../../src/lib/config.ts';
import { mediaPath } from '../../src/lib/routes.ts';
import { withMediaOrigin } from '../../src/integrations/media-origin.ts';

describe('MEDIA_URL, where pictures, social previews and QR files are published apart from the pages', () => {
	it('is unset by default, and the media then sit in the output folder under the base', () => {
		expect(mediaUrl({})).toBeUndefined();
		expect(mediaUrl({ MEDIA_URL: '' })).toBeUndefined();
		expect(mediaOutDir('dist', {})).toBe('dist');
		expect(mediaPath('/_img/3f/3fa9-800.webp', undefined)).toBe('/_img/3f/3fa9-800.webp');
	});

	it('always ends in a slash, whether or not it was given one', () => {
		expect(mediaUrl({ MEDIA_URL: 'https://media.example.org' })).toBe('https://media.example.org/');
		expect(mediaUrl({ MEDIA_URL: 'https://media.example.org/ocop' })).toBe('https://media.example.org/ocop/');
		expect(mediaUrl({ MEDIA_URL: 'https://cdn.example.org/ocop/' })).toBe('https://cdn.example.org/ocop/');
	});

	it('puts the media in the folder beside the output folder, named after it', () => {
		expect(mediaOutDir('dist', { MEDIA_URL: 'https://media.example.org/' })).toBe('dist-media');
		expect(mediaOutDir('/tmp/out/', { MEDIA_URL: 'https://media.example.org/' })).toBe('/tmp/out-media');
	});

	it('turns a media file’s site path into its address at MEDIA_URL, never under the base', () => {
		expect(mediaPath('/_img/3f/3fa9-800.webp', 'https://media.example.org/ocop/')).toBe(
			'https://media.example.org/ocop/_img/3f/3fa9-800.webp',
		);
		expect(mediaPath('/qr/hn-001.svg', 'https://media.example.org/')).toBe('https://media.example.org/qr/hn-001.svg');
	});

	it('refuses a value that is not a full http(s) address, in both languages', () => {
		expect(() => mediaUrl({ MEDIA_URL: 'media.example.org' })).toThrow(/full one.*đầy đủ/);
		expect(() => mediaUrl({ MEDIA_URL: 'ftp://media.example.org/' })).toThrow(/https:\/\/.*phải/);
		expect(() => mediaUrl({ MEDIA_URL: 'https://media.example.org/?v=1' })).toThrow(/\? or #/);
	});

	it('adds the media host to the pages’ img-src and connect-src (the service worker keeps pictures offline), and to nothing else, once', () => {
		const headers = [
			'/*',
			"  Content-Security-Policy: default-src 'self'; img-src 'self' data:; connect-src 'self'",
			'/admin/*',
			"  Content-Security-Policy: default-src 'self'; img-src 'self' data: blob:",
		].join('\n');
		const once = withMediaOrigin(headers, 'https://media.example.org');
		expect(once.split('\n')[1]).toBe(
			"  Content-Security-Policy: default-src 'self'; img-src 'self' data: https://media.example.org; connect-src 'self' https://media.example.org",
		);
		expect(once.split('\n')[3]).toBe(headers.split('\n')[3]);
		expect(withMediaOrigin(once, 'https://media.example.org')).toBe(once);
		expect(() => withMediaOrigin('/*\n  X-Frame-Options: DENY', 'https://media.example.org')).toThrow(/img-src/);
	});
});
