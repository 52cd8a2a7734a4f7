/**
 * What the build keeps in Astro's cache folder between builds, and that a rebuild redoes only what
 * changed. Product pictures are drawn by the build's own pipeline (src/lib/media/pictures.ts) and linked
 * into the site under /_img/: every `<img>` the pages write points at a file of the width it
 * claims, and a rebuild after one photo changed draws only that photo's files. Rendered stories
 * are kept as files beside the content data store (src/lib/content/story-html.ts), not inside it; a
 * picture a story shows is drawn by the same pipeline, its page rendered again when it changes. The
 * output folder itself is kept between builds and swept of leftovers (src/integrations/output-folder.ts).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as cheerio from 'cheerio';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { filesUnder } from '../../src/integrations/output-folder.ts';
import { ROOT, TMP } from '../helpers/paths.ts';
import { searchFragments } from '../helpers/site.ts';

const DIR = join(TMP, `pictures-${process.pid}`);
const CONTENT = join(DIR, 'content');
const OUT = join(DIR, 'site');
/** Astro's cache folder for this content folder (the rule is cacheDir() in src/lib/config.ts). */
const CACHE = join(ROOT, 'node_modules/.astro', `content-${CONTENT.replace(/[^a-z0-9]+/gi, '-')}`);

/** Counts from the build's log line `N picture files (D drawn, C from cache)`. */
function pictureCounts(build: BuildResult) {
	const m = /(\d+) picture files \((\d+) drawn, (\d+) from cache\)/.exec(build.output);
	const s = /(\d+) social preview pictures \((\d+) drawn, (\d+) from cache\)/.exec(build.output);
	expect(m, build.output.slice(-2000)).not.toBeNull();
	expect(s, build.output.slice(-2000)).not.toBeNull();
	return { files: Number(m?.[1]), drawn: Number(m?.[2]), social: Number(s?.[2]) };
}

/** A JPEG photo of `width`×`height` in one colour. */
const photo = (width: number, height: number, r: number) =>
	sharp({ create: { width, height, channels: 3, background: { r, g: 120, b: 60 } } })
		.jpeg()
		.toBuffer();

let first: BuildResult;

beforeAll(async () => {
	rmSync(DIR, { recursive: true, force: true });
	rmSync(CACHE, { recursive: true, force: true });
	cpSync(join(ROOT, 'tests/fixtures/minimal'), CONTENT, { recursive: true });
	// A second picture for one product (the gallery's small files), and a cover wider than the widest file for the other.
	const hat = join(CONTENT, 'products/non-thu-nghiem');
	writeFileSync(join(hat, 'detail.jpg'), await photo(1000, 750, 10));
	writeFileSync(join(CONTENT, 'products/che-thu-nghiem/cover.jpg'), await photo(1600, 1200, 200));
	const yaml = readFileSync(join(hat, 'product.yaml'), 'utf8');
	const detail = '  - src: ./detail.jpg\n    alt: { vi: Ảnh thử nghiệm chi tiết, en: Test picture of a detail }\n';
	writeFileSync(join(hat, 'product.yaml'), yaml.replace(/(images:\n {2}- src: \.\/cover\.jpg\n {4}alt: .*\n)/, `$1${detail}`));
	expect(readFileSync(join(hat, 'product.yaml'), 'utf8')).toContain('detail.jpg');
	first = buildSite(CONTENT, OUT);
}, 600_000);

afterAll(() => {
	rmSync(DIR, { recursive: true, force: true });
	rmSync(CACHE, { recursive: true, force: true });
});

describe('product pictures', () => {
	it('a first build draws every picture file the pages use, and no photo goes into _astro/', () => {
		expect(first.status, first.output.slice(-3000)).toBe(0);
		// Each cover (1600 and 800 px): 400, 800 and the search thumbnail; the 1000 px detail: 240, 480.
		expect(pictureCounts(first)).toEqual({ files: 8, drawn: 8, social: 2 });
		expect(readdirSync(join(OUT, '_astro')).filter((f) => /\.(webp|jpe?g|png|avif)$/.test(f))).toEqual([]);
	});

	it('every picture a page writes is a file of the width its srcset claims', async () => {
		const pages = ['san-pham/che-thu-nghiem', 'san-pham/non-thu-nghiem', 'en/products/non-thu-nghiem', ''];
		let checked = 0;
		for (const page of pages) {
			const $ = cheerio.load(readFileSync(join(OUT, page, 'index.html'), 'utf8'));
			for (const img of $('img[srcset]').toArray()) {
				const candidates = ($(img).attr('srcset') ?? '').split(', ').map((c) => c.split(' ') as [string, string]);
				for (const [url, descriptor] of candidates) {
					expect(url).toMatch(/^\/_img\/[0-9a-f]{2}\/[0-9a-f]{16}-\d+(q\d+)?\.webp$/);
					const meta = await sharp(join(OUT, url)).metadata();
					expect(`${meta.width}w`, url).toBe(descriptor);
					expect(meta.format).toBe('webp');
					checked++;
				}
				const [largest] = candidates.at(-1) ?? [];
				expect($(img).attr('src')).toBe(largest);
				expect(Number($(img).attr('width')) / Number($(img).attr('height'))).toBeCloseTo(4 / 3, 2);
			}
		}
		expect(checked).toBeGreaterThan(8);
	});

	it('the search thumbnail is a 192×144 crop of the cover', async () => {
		// The result card's picture is in the product's search record (Pagefind's fragment of the page).
		const fragments = searchFragments(OUT);
		const url = fragments.find((f) => f.url === '/san-pham/che-thu-nghiem/')?.image;
		expect(url).toMatch(/-192x144q50\.webp$/);
		const meta = await sharp(join(OUT, url ?? '')).metadata();
		expect([meta.width, meta.height]).toEqual([192, 144]);
	});

	it('a rebuild after one photo changed draws only that photo’s files and its social picture, and indexes the search again only when its records changed', async () => {
		writeFileSync(join(CONTENT, 'products/che-thu-nghiem/cover.jpg'), await photo(1600, 1200, 40));
		const second = buildSite(CONTENT, OUT);
		expect(second.status, second.output.slice(-3000)).toBe(0);
		expect(pictureCounts(second)).toEqual({ files: 8, drawn: 3, social: 1 });
		// The new cover's search thumbnail is in both languages' records: both are indexed again.
		expect(second.output).toMatch(/search index: .*, 0 of 2 languages unchanged/);
		const entry = readFileSync(join(OUT, 'pagefind/pagefind-entry.json'), 'utf8');
		const again = buildSite(CONTENT, OUT);
		expect(pictureCounts(again)).toEqual({ files: 8, drawn: 0, social: 0 });
		// Nothing changed: the last index is reused from the cache folder, the very same files.
		expect(again.output).toMatch(/search index: .*, 2 of 2 languages unchanged/);
		expect(readFileSync(join(OUT, 'pagefind/pagefind-entry.json'), 'utf8')).toBe(entry);
	}, 600_000);
});

describe('rendered stories', () => {
	const page = (path: string) =>
		cheerio
			.load(readFileSync(join(OUT, path, 'index.html'), 'utf8'))('.prose')
			.html() ?? '';

	it('are kept as files beside the data store, which holds neither their HTML nor their Markdown', () => {
		const store = readFileSync(join(CACHE, 'data-store.json'), 'utf8');
		const kept = readdirSync(join(CACHE, 'stories'))
			.filter((f) => f.endsWith('.html'))
			.map((f) => readFileSync(join(CACHE, 'stories', f), 'utf8'));
		expect(kept).toHaveLength(3); // two Vietnamese stories, one English
		for (const path of ['san-pham/non-thu-nghiem', 'san-pham/che-thu-nghiem', 'en/products/non-thu-nghiem']) {
			expect(kept, path).toContain(page(path));
		}
		for (const html of kept) {
			expect(html).toMatch(/^<p>/);
			expect(store).not.toContain(html.slice(3, 40));
		}
		expect(store).not.toContain('Câu chuyện thử nghiệm về nón lá');
	});

	it('a rebuild shows an edited story, and renders again a story whose kept HTML was deleted', () => {
		const hatVi = join(CONTENT, 'products/non-thu-nghiem/story.vi.mdx');
		writeFileSync(hatVi, `${readFileSync(hatVi, 'utf8').trimEnd()}\n\nĐoạn mới thêm khi sửa câu chuyện.\n`);
		const tea = page('san-pham/che-thu-nghiem');
		for (const f of readdirSync(join(CACHE, 'stories'))) {
			if (tea.includes(readFileSync(join(CACHE, 'stories', f), 'utf8'))) unlinkSync(join(CACHE, 'stories', f));
		}
		const build = buildSite(CONTENT, OUT);
		expect(build.status, build.output.slice(-3000)).toBe(0);
		expect(page('san-pham/non-thu-nghiem')).toContain('<p>Đoạn mới thêm khi sửa câu chuyện.</p>');
		expect(page('san-pham/che-thu-nghiem')).toBe(tea);
		// Astro's incremental build (src/lib/page-key.ts): the edited product's page is rendered again, the other one is reused.
		// (Astro logs a rendered page's time later, after the pages rendered beside it: "cached" is what is reliable.)
		expect(build.output).toContain('/san-pham/non-thu-nghiem/index.html');
		expect(build.output).not.toMatch(/\/san-pham\/non-thu-nghiem\/index\.html \((restored|cached)\)/);
		expect(build.output).toMatch(/\/san-pham\/che-thu-nghiem\/index\.html \(cached\)/);
	}, 600_000);

	it('show a picture of the story’s folder drawn by the picture pipeline, and its new files after it changed', async () => {
		const hat = join(CONTENT, 'products/non-thu-nghiem');
		writeFileSync(join(hat, 'phoi-non.jpg'), await photo(900, 600, 90));
		const story = join(hat, 'story.vi.mdx');
		writeFileSync(story, `${readFileSync(story, 'utf8').trimEnd()}\n\n![Nón lá phơi trong sân](phoi-non.jpg)\n`);
		const picture = () => {
			const build = buildSite(CONTENT, OUT);
			expect(build.status, build.output.slice(-3000)).toBe(0);
			const $ = cheerio.load(readFileSync(join(OUT, 'san-pham/non-thu-nghiem/index.html'), 'utf8'));
			const img = $('.prose img');
			expect(img).toHaveLength(1);
			expect(img.attr('alt')).toBe('Nón lá phơi trong sân');
			const src = img.attr('src') ?? '';
			// The cover's two files: 400 px at the default quality, 800 px at COVER_QUALITY (70).
			expect(src).toMatch(/^\/_img\/[0-9a-f]{2}\/[0-9a-f]{16}-800q70\.webp$/);
			expect(img.attr('srcset')).toBe(`${src.replace('-800q70', '-400')} 400w, ${src} 800w`);
			expect([img.attr('width'), img.attr('height')]).toEqual(['800', '533']);
			for (const file of [src, src.replace('-800q70', '-400')]) expect(existsSync(join(OUT, file)), file).toBe(true);
			return src;
		};
		const before = picture();
		// The same file name with other bytes: the page (its story unchanged) is rendered again with the new files.
		writeFileSync(join(hat, 'phoi-non.jpg'), await photo(900, 600, 250));
		const after = picture();
		expect(after).not.toBe(before);
		expect(existsSync(join(OUT, before))).toBe(false);
	}, 900_000);
});

describe('the output folder', () => {
	const file = (path: string) => join(OUT, path);

	it('is kept between builds: an unchanged page stays the same file, and whatever the build did not produce is removed', () => {
		const kept = statSync(file('san-pham/che-thu-nghiem/index.html')).ino;
		// Leftovers of an earlier build: a removed product's page, an old script bundle and index chunk, an old picture.
		for (const path of ['san-pham/da-bo/index.html', '_astro/cu.js', 'pagefind/fragment/vi_cu.pf_fragment', '_img/00/cu-400.webp']) {
			mkdirSync(dirname(file(path)), { recursive: true });
			writeFileSync(file(path), 'left over');
		}
		const build = buildSite(CONTENT, OUT);
		expect(build.status, build.output.slice(-3000)).toBe(0);
		// (Pagefind's filter files change from run to run, so more than these four may go.)
		expect(Number(/(\d+) files of an earlier build removed/.exec(build.output)?.[1])).toBeGreaterThanOrEqual(4);
		expect(statSync(file('san-pham/che-thu-nghiem/index.html')).ino).toBe(kept);
		for (const path of ['san-pham/da-bo', '_astro/cu.js', 'pagefind/fragment/vi_cu.pf_fragment', '_img/00/cu-400.webp'])
			expect(existsSync(file(path)), path).toBe(false);
		expect(readdirSync(file('og')).length).toBe(2);
		expect(readdirSync(file('_img')).length).toBeGreaterThan(0);
	}, 600_000);

	it('starts afresh when it is missing, from the pages kept in the cache folder, and gives the same site', () => {
		const before = new Map(
			filesUnder(OUT)
				.filter((p) => !p.startsWith('pagefind/'))
				.map((p) => [p, readFileSync(file(p))]),
		);
		rmSync(OUT, { recursive: true, force: true });
		const build = buildSite(CONTENT, OUT);
		expect(build.status, build.output.slice(-3000)).toBe(0);
		expect(build.output).toMatch(/started afresh .*: \d+ cached pages linked in/);
		expect(build.output).toMatch(/\/san-pham\/che-thu-nghiem\/index\.html \(cached\)/);
		const after = filesUnder(OUT).filter((p) => !p.startsWith('pagefind/'));
		expect(after.sort()).toEqual([...before.keys()].sort());
		for (const path of after) expect(readFileSync(file(path)).equals(before.get(path) ?? Buffer.alloc(0)), path).toBe(true);
	}, 600_000);
});
