/**
 * Pictures, social previews and QR files published apart from the pages (MEDIA_URL): the minimal
 * fixture built with `MEDIA_URL=https://media.example.org/ocop/`. The pages' folder must hold no
 * media and still pass the links gate; every media address a page or the search index names must
 * be a file of the media folder; the policy must let pictures load from the media host.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allFiles, htmlPages, loadPage } from '../../scripts/gates/dist.ts';
import { checkLinks } from '../../scripts/gates/links.ts';
import { checkHeadersFile } from '../../scripts/gates/security.ts';
import { expectNoFailures } from '../helpers/gates.ts';
import { buildSite } from '../helpers/build.ts';
import { TEST_SITE, TMP } from '../helpers/paths.ts';
import { readSymbol } from '../helpers/qr.ts';
import { searchFragments } from '../helpers/site.ts';

const MEDIA = 'https://media.example.org/ocop/';
const OUT = join(TMP, 'media-url-build');
const MEDIA_OUT = `${OUT}-media`;
const MEDIA_FOLDERS = ['_img', 'og', 'qr'];

beforeAll(() => {
	rmSync(OUT, { recursive: true, force: true });
	rmSync(MEDIA_OUT, { recursive: true, force: true });
	const result = buildSite('tests/fixtures/minimal', OUT, { MEDIA_URL: MEDIA });
	if (result.status !== 0) throw new Error(`The fixture did not build with MEDIA_URL:\n${result.output.slice(-4000)}`);
});

/** Every address under MEDIA_URL named by the pages' src, srcset, href and meta content attributes. */
function mediaAddresses(): Map<string, string> {
	const found = new Map<string, string>(); // address → first page naming it
	for (const path of htmlPages(OUT)) {
		const $ = loadPage(path, OUT);
		for (const el of $('[src], [srcset], [href], meta[content]').toArray()) {
			const values = ['src', 'href', 'content'].map((name) => $(el).attr(name) ?? '');
			values.push(...($(el).attr('srcset') ?? '').split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''));
			for (const value of values) if (value.startsWith(MEDIA) && !found.has(value)) found.set(value, path);
		}
	}
	return found;
}

describe('a site whose pictures, social previews and QR files are published at MEDIA_URL', () => {
	it('writes them to the media folder beside the pages, and none of them among the pages', () => {
		for (const folder of MEDIA_FOLDERS) {
			expect(existsSync(join(OUT, folder)), `${folder}/ among the pages`).toBe(false);
			expect(readdirSync(join(MEDIA_OUT, folder)).length, `${folder}/ in the media folder`).toBeGreaterThan(0);
		}
		expect(readdirSync(MEDIA_OUT).sort()).toEqual([...MEDIA_FOLDERS].sort());
	});

	it('names every picture, preview and QR file at MEDIA_URL, and each one is a file of the media folder', () => {
		const addresses = mediaAddresses();
		const kinds = new Set([...addresses.keys()].map((url) => url.slice(MEDIA.length).split('/')[0]));
		expect([...kinds].sort()).toEqual([...MEDIA_FOLDERS].sort());
		for (const [url, page] of addresses) {
			expect(existsSync(join(MEDIA_OUT, url.slice(MEDIA.length))), `${page}: ${url}`).toBe(true);
		}
		// And every file of the media folder is named by some page (nothing published for nothing),
		// except the search thumbnails, which only the search index names (next test).
		const named = new Set([...addresses.keys()].map((url) => url.slice(MEDIA.length)));
		const unnamed = allFiles(MEDIA_OUT).filter((file) => !named.has(file) && !/-192x144q50\.webp$/.test(file));
		expect(unnamed).toEqual([]);
	});

	it('gives the search results their thumbnails at MEDIA_URL', () => {
		const images = searchFragments(OUT).map((fragment) => fragment.image);
		expect(images.filter(Boolean).length).toBeGreaterThan(0);
		for (const image of images.filter((i): i is string => Boolean(i))) {
			expect(image.startsWith(MEDIA), image).toBe(true);
			expect(existsSync(join(MEDIA_OUT, image.slice(MEDIA.length))), image).toBe(true);
		}
	});

	it('passes the links gate: every link left among the pages still resolves', () => {
		expectNoFailures(checkLinks(OUT, TEST_SITE));
	});

	it('lets pages load pictures from the media host in its policy, and only pictures', () => {
		expectNoFailures(checkHeadersFile(join(OUT, '_headers'), '/', new URL(MEDIA).origin));
		expect(checkHeadersFile(join(OUT, '_headers'), '/').map((f) => f.rule)).toContain('csp-directive');
	});

	it('keeps the QR symbols pointing at the site’s permalinks, not at the media host', async () => {
		const symbol = readdirSync(join(MEDIA_OUT, 'qr')).find((file) => file.endsWith('.png'));
		expect(symbol).toBeDefined();
		const { text } = await readSymbol(readFileSync(join(MEDIA_OUT, 'qr', symbol ?? '')));
		expect(text.startsWith(new URL('/p/', TEST_SITE).href), text).toBe(true);
	});
});
