import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCatalogue, type GenerateSummary } from '../../scripts/generate/catalogue.ts';
import { slugify } from '../../src/lib/slug.ts';
import { checkContent } from '../../src/lib/check/index.ts';
import { readContent } from '../../src/lib/content/files.ts';

const temp = mkdtempSync(join(tmpdir(), 'ocop-generate-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Every file under `dir` with the SHA-256 of its bytes. */
function fingerprint(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const name of readdirSync(dir, { recursive: true }) as string[]) {
		const path = join(dir, name);
		if (statSync(path).isFile()) out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
	}
	return out;
}

describe('the synthetic catalogue generator', () => {
	const small = { products: 40, seed: 7 };
	let first: GenerateSummary;

	it('writes byte-identical files when run twice with the same seed', { timeout: 240_000 }, async () => {
		first = await generateCatalogue({ ...small, out: join(temp, 'a') });
		await generateCatalogue({ ...small, out: join(temp, 'b') });
		const a = fingerprint(join(temp, 'a'));
		expect(Object.keys(a).length).toBeGreaterThan(40 * 3);
		expect(fingerprint(join(temp, 'b'))).toEqual(a);
	});

	it('writes different files for another seed', { timeout: 240_000 }, async () => {
		await generateCatalogue({ ...small, seed: 8, out: join(temp, 'c') });
		const a = fingerprint(join(temp, 'a'));
		const c = fingerprint(join(temp, 'c'));
		expect(Object.values(c).filter((hash) => Object.values(a).includes(hash)).length).toBeLessThan(3); // provinces.yaml, the marker
	});

	it('writes content that passes the project’s content check', () => {
		const content = readContent(join(temp, 'a'));
		expect(content.products).toHaveLength(40);
		expect(checkContent(content, '2026-11-22')).toEqual([]);
	});

	it('marks every producer, place, product and retired product as sample data', () => {
		const content = readContent(join(temp, 'a'));
		for (const list of [content.producers, content.centres, content.salesPoints, content.products, content.retired ?? []]) {
			for (const raw of list) expect((raw.data as { sample?: unknown }).sample, raw.file).toBe(true);
		}
	});

	it('gives every product a distinct photo-sized cover picture', async () => {
		const { default: sharp } = await import('sharp');
		const dir = join(temp, 'a', 'products');
		const covers = readdirSync(dir).map((slug) => join(dir, slug, 'cover.jpg'));
		const hashes = new Set(covers.map((f) => createHash('sha256').update(readFileSync(f)).digest('hex')));
		expect(hashes.size).toBe(covers.length);
		const meta = await sharp(covers[0]).metadata();
		expect([meta.width, meta.height, meta.format]).toEqual([1200, 900, 'jpeg']);
		expect(first.pictures).toBeGreaterThanOrEqual(40);
	});

	it('leaves the folder of anything else alone', async () => {
		await expect(generateCatalogue({ ...small, out: join(import.meta.dirname, '..', '..', 'content') })).rejects.toThrow(/outside content/);
		const someone = join(temp, 'someone-elses');
		mkdirSync(someone);
		writeFileSync(join(someone, 'notes.txt'), 'keep me');
		await expect(generateCatalogue({ ...small, out: someone })).rejects.toThrow(/not empty/);
		expect(readFileSync(join(someone, 'notes.txt'), 'utf8')).toBe('keep me');
	});

	it('spreads stars, missing English, second pictures and special cases as the programme does', { timeout: 240_000 }, async () => {
		const out = join(temp, 'large');
		const s = await generateCatalogue({ products: 2000, seed: 3, out, pictures: false });
		expect(s.stars[3] / s.products).toBeGreaterThan(0.55);
		expect(s.stars[4] / s.products).toBeGreaterThan(0.25);
		expect(s.stars[4] / s.products).toBeLessThan(0.4);
		expect(s.stars[5]).toBeGreaterThan(0);
		expect(s.stars[5] / s.products).toBeLessThan(0.05);
		expect(s.englishMissing / s.products).toBeGreaterThan(0.07);
		expect(s.englishMissing / s.products).toBeLessThan(0.13);
		expect(s.mdx).toBeGreaterThan(0);
		expect(s.revoked).toBeGreaterThan(0);
		expect(s.renamed).toBeGreaterThan(0);
		expect(s.retired).toBeGreaterThan(0);
		expect(s.pictures).toBe(0);
		// About 7,000 producers, 700 districts, 300 centres and 2,000 sales points per 13,000 products.
		expect(s.producers).toBe(Math.round((7000 * 2000) / 13000));
		expect(s.districts).toBe(Math.round((700 * 2000) / 13000));
		const content = readContent(out);
		const seconds = content.products.filter((p) => p.files.has('detail.jpg') || (p.data as { images: unknown[] }).images.length > 1).length;
		expect(seconds / s.products).toBeGreaterThan(0.15);
		expect(seconds / s.products).toBeLessThan(0.25);
		const provinces = new Set(content.districts.map((d) => (d.data as { province: string }).province));
		expect(provinces.size).toBe(34);
		// Expired certificates (older than 36 months on the day checked) are common but not the rule.
		const expired = content.products.filter((p) => (p.data as { certificate: { date: string } }).certificate.date < '2023-11-22').length;
		expect(expired / s.products).toBeGreaterThan(0.25);
		expect(expired / s.products).toBeLessThan(0.6);
	});

	it('writes stories of about 300 words in each language, in Vietnamese with tone marks', () => {
		const dir = join(temp, 'a', 'products');
		const slug = readdirSync(dir).find((s) => readdirSync(join(dir, s)).some((f) => f.startsWith('story.en.')));
		expect(slug).toBeDefined();
		const read = (lang: string) => {
			const file = readdirSync(join(dir, slug as string)).find((f) => f.startsWith(`story.${lang}.`)) as string;
			return readFileSync(join(dir, slug as string, file), 'utf8').split('---')[2] as string;
		};
		const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
		expect(words(read('vi'))).toBeGreaterThan(250);
		expect(words(read('en'))).toBeGreaterThan(220);
		expect(read('vi')).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵêếềệểễôốồổỗộơớờợởỡưứừựửữđ]/);
		expect(yaml.load(readFileSync(join(dir, slug as string, 'product.yaml'), 'utf8'))).toMatchObject({ sample: true });
	});

	it('turns Vietnamese names into ASCII ids', () => {
		expect(slugify('Mật ong rừng Đắk Lắk')).toBe('mat-ong-rung-dak-lak');
		expect(slugify('  Cà phê (rang xay)  ')).toBe('ca-phe-rang-xay');
	});
});
