#!/usr/bin/env node
/**
 * Writes a synthetic national catalogue in the project's real content format, for load tests and
 * `npm run bench`: N products (default 13,000) with about 7,000 producers, 700 districts over the
 * real 34 provinces (content/provinces.yaml), 300 OCOP centres and 2,000 sales points at that size
 * (all scaled with N), a Vietnamese and an English story of about 300 words (English missing for
 * about one product in ten; Markdown mostly, MDX for about one in ten), stars spread as the
 * programme's are, a distinct 1200×900 JPEG cover per product and a second picture for about one in
 * five, and expired, revoked, renamed and retired cases. Every record is `sample: true`: districts,
 * communes, producers and products are invented, the provinces are real.
 *
 * Seeded: the same options write byte-identical files. The folder is written outside content/ and
 * never committed; it is wiped first only if it is empty or an earlier output of this script.
 *
 *   npm run generate -- [--products 13000] [--out node_modules/.cache/ocop-catalogue] [--seed 1]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import pMap from 'p-map';
import sharp from 'sharp';
import {
	FAMILY_NAMES,
	GIVEN_NAMES,
	LANDSCAPES,
	MARKETPLACES,
	MIDDLE_NAMES,
	PLACE_SYLLABLES,
	PRODUCT_KINDS,
	QUALITIES,
	RETIRE_REASONS,
	REVOKE_REASONS,
	SEASONS,
	STANDARDS,
	STORY,
	TRADES,
	type Pair,
} from './vocabulary.ts';
import { CONTENT_LAYOUT, storyFileName } from '../../src/lib/content/files.ts';
import { slugify } from '../../src/lib/slug.ts';
import { fill } from '../../src/i18n/fill.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** Marks a folder as this script's output, so a later run may wipe it. */
export const MARKER = '.generated-catalogue';
/** Default output folder (node_modules/.cache is ignored by git and by the content check). */
export const DEFAULT_OUT = join(ROOT, 'node_modules/.cache/ocop-catalogue');

/** What to generate. */
export interface GenerateOptions {
	/** Number of products. */
	products: number;
	/** Output folder (wiped first if it is this script's earlier output). */
	out: string;
	/** Seed of the pseudo-random choices: the same seed gives the same files. */
	seed: number;
	/** Draw the pictures (false leaves them out: the output is then not a valid catalogue; for quick statistics). */
	pictures?: boolean;
}

/** How many of each thing were written. */
export interface GenerateSummary {
	products: number;
	producers: number;
	districts: number;
	centres: number;
	salesPoints: number;
	retired: number;
	pictures: number;
	englishMissing: number;
	mdx: number;
	revoked: number;
	renamed: number;
	stars: Record<3 | 4 | 5, number>;
}

/**
 * Sizes at the national scale of the seed articles (13,000 products, ~7,000 producers), and the
 * shares of the special cases. Expired certificates follow from the dates (36 months of validity).
 */
const AT_13000 = { producers: 7000, districts: 700, centres: 300, salesPoints: 2000 };
const SHARE = { englishMissing: 0.1, mdx: 0.1, secondPicture: 0.2, revoked: 0.015, renamed: 0.03, retired: 0.02 };
/** Stars: mostly 3, about a third 4, a few 5. */
const STAR_WEIGHTS: Array<[3 | 4 | 5, number]> = [
	[3, 0.64],
	[4, 0.34],
	[5, 0.02],
];
/** OCOP groups: food dominates, as in the programme. */
const CATEGORY_WEIGHTS: Array<[1 | 2 | 3 | 4 | 5 | 6, number]> = [
	[1, 0.68],
	[2, 0.1],
	[3, 0.08],
	[4, 0.08],
	[5, 0.03],
	[6, 0.03],
];
/** Recognition dates: spread over these days; with 36 months of validity about 40 % are expired in late 2026. */
const FIRST_DAY = Date.UTC(2022, 0, 1);
const LAST_DAY = Date.UTC(2026, 5, 30);
const DAY = 86_400_000;
const WIDTH = 1200;
const HEIGHT = 900;

/**
 * mulberry32, a small, fast 32-bit seeded generator (public domain, by Tommy Ettinger): enough
 * for test data, and written here rather than pulled in as a dependency for six lines.
 */
export function randomSource(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
	const chance = (p: number) => next() < p;
	const weighted = <T>(list: ReadonlyArray<readonly [T, number]>): T => {
		let r = next() * list.reduce((n, [, w]) => n + w, 0);
		for (const [value, w] of list) if ((r -= w) < 0) return value;
		return (list[list.length - 1] as readonly [T, number])[0];
	};
	/** `count` distinct items of `list`, in random order. */
	const sample = <T>(list: readonly T[], count: number): T[] => {
		const copy = [...list];
		const out: T[] = [];
		while (out.length < count && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0] as T);
		return out;
	};
	return { next, int, pick, chance, weighted, sample };
}
type Random = ReturnType<typeof randomSource>;

/** The text without tone marks, as English writes Vietnamese place names: "Đắk Lắk" → "Dak Lak". */
const plain = (text: string) =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D');

/** An id not yet in `used`: `base`, else `base-2`, `base-3`… */
function uniqueId(base: string, used: Set<string>): string {
	let id = base;
	for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
	used.add(id);
	return id;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const scaled = (at13000: number, products: number) => Math.max(1, Math.round((at13000 * products) / 13000));

interface Province {
	id: string;
	name: Pair;
	kind: 'city' | 'province';
}
interface District {
	id: string;
	name: Pair;
	short: string;
	province: Province;
	communes: string[];
}
interface Producer {
	id: string;
	name: Pair;
	kind: 'household' | 'cooperative' | 'enterprise';
	district: District;
	commune: string;
	person: string;
}
interface PlaceRow {
	id: string;
	district: District;
}

/** A place name of two (or three) syllables not used yet. */
function placeName(rnd: Random, used: Set<string>): string {
	for (;;) {
		const words = rnd.sample(PLACE_SYLLABLES, rnd.chance(0.15) ? 3 : 2);
		const name = words.join(' ');
		if (!used.has(slugify(name))) {
			used.add(slugify(name));
			return name;
		}
	}
}

const personName = (rnd: Random) => `${rnd.pick(FAMILY_NAMES)} ${rnd.pick(MIDDLE_NAMES)} ${rnd.pick(GIVEN_NAMES)}`;
const phone = (rnd: Random) => `0${rnd.int(200, 299)} 000 ${String(rnd.int(0, 9999)).padStart(4, '0')}`;

/** Writes `text` to `path`. */
function write(path: string, text: string | Buffer) {
	writeFileSync(path, text);
}

/** YAML as the project writes it: block style, no line folding, keys in the order given. */
const dump = (data: unknown) => yaml.dump(data, { lineWidth: -1, noRefs: true, quotingType: '"' });

/**
 * A distinct photo-sized JPEG: seeded colour noise over a seeded base colour, blown up to
 * 1200×900 (smooth blotches, compressing like a photograph, about 170 kB). The small noise field
 * comes from the seed, so the same product always gets the same bytes and no two products share one.
 */
export async function drawPicture(seed: number, path: string): Promise<void> {
	const rnd = randomSource(seed);
	const w = 150;
	const h = 112;
	const pixels = Buffer.alloc(w * h * 3);
	const base = [rnd.int(40, 220), rnd.int(40, 220), rnd.int(40, 220)];
	for (let i = 0; i < w * h; i++) {
		for (let c = 0; c < 3; c++) pixels[i * 3 + c] = Math.max(0, Math.min(255, Math.round((base[c] as number) + (rnd.next() - 0.5) * 160)));
	}
	await sharp(pixels, { raw: { width: w, height: h, channels: 3 } })
		.resize(WIDTH, HEIGHT, { kernel: 'linear' })
		.jpeg({ quality: 80 })
		.toFile(path);
}

/** A story of about 300 words in both languages: the same sentences, chosen and ordered by the seed. */
function story(rnd: Random, slots: { vi: Record<string, string>; en: Record<string, string> }): { vi: string; en: string } {
	const parts: Array<[keyof typeof STORY, number]> = [
		['origin', 3],
		['making', 4],
		['quality', 3],
		['people', 3],
		['use', 3],
	];
	const paragraphs: Array<{ vi: string[]; en: string[] }> = [];
	for (const [part, count] of parts) {
		const chosen = rnd.sample(STORY[part], count);
		paragraphs.push({ vi: chosen.map((s) => fill(s.vi, slots.vi)), en: chosen.map((s) => fill(s.en, slots.en)) });
	}
	const shape = rnd.int(0, 3);
	const render = (lang: 'vi' | 'en') =>
		paragraphs
			.map((p, i) => {
				const sentences = p[lang];
				// Some stories carry a list or bold text, as editors write them.
				if (shape === 1 && i === 1) return sentences.map((s) => `- ${s}`).join('\n');
				if (shape === 2 && i === 0) return `**${sentences[0]}** ${sentences.slice(1).join(' ')}`;
				return sentences.join(' ');
			})
			.join('\n\n');
	return { vi: render('vi'), en: render('en') };
}

/** Front matter and body of a story file. */
const storyFile = (name: string, summary: string, body: string) => `---\n${dump({ name, summary })}---\n\n${body}\n`;

/** Refuses to wipe a folder that is not empty and not this script's output, or that is inside content/. */
function prepareOut(out: string) {
	const content = resolve(ROOT, 'content');
	if (out === content || out.startsWith(`${content}/`) || out === ROOT)
		throw new Error(`refusing to write into ${out}: choose a folder outside content/`);
	if (existsSync(out) && readdirSync(out).length > 0) {
		if (!existsSync(join(out, MARKER))) throw new Error(`${out} is not empty and was not written by this script; choose another --out`);
		rmSync(out, { recursive: true, force: true });
	}
	for (const dir of Object.values(CONTENT_LAYOUT)) if (!dir.endsWith('.yaml')) mkdirSync(join(out, dir), { recursive: true });
}

/** Writes the catalogue; returns what it wrote. */
export async function generateCatalogue(options: GenerateOptions): Promise<GenerateSummary> {
	const { products: productCount, seed } = options;
	const out = resolve(options.out);
	const rnd = randomSource(seed);
	prepareOut(out);

	// Provinces: the real 34, as the project lists them.
	const provincesText = readFileSync(join(ROOT, 'content', CONTENT_LAYOUT.provinces), 'utf8');
	const provinces = (yaml.load(provincesText) as Province[]).map((p) => ({ id: p.id, name: p.name, kind: p.kind }));
	write(join(out, CONTENT_LAYOUT.provinces), provincesText);

	// Districts: invented names, spread unevenly over the provinces (some provinces have many more).
	const placeNames = new Set<string>();
	const districtIds = new Set<string>();
	const weights = provinces.map((p) => [p, 0.5 + rnd.next()] as const);
	const districts: District[] = [];
	const districtCount = Math.max(1, Math.round((AT_13000.districts * productCount) / 13000));
	for (let i = 0; i < districtCount; i++) {
		// Every province gets a district before any gets a second, while there are enough.
		const province = i < provinces.length ? (provinces[i] as Province) : rnd.weighted(weights);
		const short = placeName(rnd, placeNames);
		const word = rnd.weighted([
			['Huyện', 0.75],
			['Thị xã', 0.15],
			['Quận', 0.1],
		] as const);
		const wordEn = { Huyện: 'District', 'Thị xã': 'Town', Quận: 'Urban District' }[word];
		const communes = Array.from({ length: rnd.int(3, 8) }, () => placeName(rnd, placeNames));
		districts.push({
			id: uniqueId(slugify(short), districtIds),
			name: { vi: `${word} ${short}`, en: `${plain(short)} ${wordEn}` },
			short,
			province,
			communes,
		});
	}
	for (const d of districts) {
		write(
			join(out, CONTENT_LAYOUT.districts, `${d.id}.yaml`),
			`# Huyện giả lập, không có thật (scripts/generate/catalogue.ts). / A synthetic district, not a real one.\n${dump({ name: d.name, province: d.province.id })}`,
		);
	}

	// Producers: households, cooperatives and enterprises, each in a district.
	const producerIds = new Set<string>();
	const producers: Producer[] = [];
	const producerCount = scaled(AT_13000.producers, productCount);
	for (let i = 0; i < producerCount; i++) {
		const district = rnd.pick(districts);
		const commune = rnd.pick(district.communes);
		const person = personName(rnd);
		const kind = rnd.weighted([
			['household', 0.45],
			['cooperative', 0.35],
			['enterprise', 0.2],
		] as const);
		const trade = rnd.pick(TRADES);
		const name: Pair =
			kind === 'household'
				? { vi: `Hộ kinh doanh ${person}`, en: `${plain(person)} Household Business` }
				: kind === 'cooperative'
					? { vi: `HTX ${trade.vi} ${commune}`, en: `${plain(commune)} ${trade.en} Cooperative` }
					: { vi: `Công ty TNHH ${trade.vi} ${commune}`, en: `${plain(commune)} ${trade.en} Company Limited` };
		producers.push({ id: uniqueId(slugify(name.vi), producerIds), name, kind, district, commune, person });
	}
	for (const p of producers) {
		const contact = { phone: phone(rnd), ...(rnd.chance(0.4) ? { email: `lienhe.${p.id.slice(0, 40)}@example.org` } : {}) };
		write(
			join(out, CONTENT_LAYOUT.producers, `${p.id}.yaml`),
			`# Chủ thể mẫu, không có thật. / An invented sample producer.\n${dump({ name: p.name, kind: p.kind, district: p.district.id, commune: p.commune, contact, sample: true })}`,
		);
	}

	// Centres (one per district at most) and sales points, with sample addresses.
	const hours = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], open: '07:30', close: '17:30' }];
	const placeYaml = (name: Pair, d: District) => {
		const commune = rnd.pick(d.communes);
		return dump({
			name,
			district: d.id,
			commune,
			address: `Số ${rnd.int(1, 300)} đường ${rnd.pick(PLACE_SYLLABLES)} ${rnd.pick(PLACE_SYLLABLES)}, xã ${commune}`,
			hours,
			phone: phone(rnd),
			coordinates: { lat: Number((rnd.next() * 14 + 9).toFixed(4)), lng: Number((rnd.next() * 6 + 103).toFixed(4)) },
			sample: true,
		});
	};
	const centreRows: PlaceRow[] = rnd
		.sample(districts, Math.min(districts.length, scaled(AT_13000.centres, productCount)))
		.map((d) => ({ id: d.id, district: d }));
	centreRows.sort((a, b) => (a.id < b.id ? -1 : 1));
	for (const c of centreRows) {
		write(
			join(out, CONTENT_LAYOUT.centres, `${c.id}.yaml`),
			`# Trung tâm mẫu, không có thật. / An invented sample centre.\n${placeYaml({ vi: `Trung tâm OCOP ${c.district.name.vi}`, en: `${c.district.name.en} OCOP Centre` }, c.district)}`,
		);
	}
	const salesIds = new Set<string>();
	const salesRows: PlaceRow[] = [];
	for (let i = 0; i < scaled(AT_13000.salesPoints, productCount); i++) {
		const d = rnd.pick(districts);
		const where = rnd.pick(d.communes);
		const id = uniqueId(slugify(`${d.short} ${where}`), salesIds);
		salesRows.push({ id, district: d });
		write(
			join(out, CONTENT_LAYOUT.salesPoints, `${id}.yaml`),
			`# Điểm bán mẫu, không có thật. / An invented sample sales point.\n${placeYaml({ vi: `Điểm bán sản phẩm OCOP ${where}`, en: `${plain(where)} OCOP sales point` }, d)}`,
		);
	}
	const centreOf = new Map(centreRows.map((c) => [c.district.id, c.id]));
	const salesByProvince = new Map<string, string[]>();
	for (const s of salesRows) salesByProvince.set(s.district.province.id, [...(salesByProvince.get(s.district.province.id) ?? []), s.id]);

	// Products: every producer gets one, the rest go to producers at random, busier ones more often.
	const slugs = new Set<string>();
	const summary: GenerateSummary = {
		products: productCount,
		producers: producers.length,
		districts: districts.length,
		centres: centreRows.length,
		salesPoints: salesRows.length,
		retired: 0,
		pictures: 0,
		englishMissing: 0,
		mdx: 0,
		revoked: 0,
		renamed: 0,
		stars: { 3: 0, 4: 0, 5: 0 },
	};
	const pictureJobs: Array<() => Promise<void>> = [];
	const renamed: Array<{ dir: string; facts: Record<string, unknown>; old: string }> = [];
	for (let i = 0; i < productCount; i++) {
		const producer =
			i < producers.length ? (producers[i] as Producer) : (producers[Math.floor(rnd.next() ** 2 * producers.length)] as Producer);
		const district = producer.district;
		const province = district.province;
		const category = rnd.weighted(CATEGORY_WEIGHTS);
		const kind = rnd.pick(PRODUCT_KINDS[category]);
		const place = rnd.chance(0.6) ? producer.commune : district.short;
		const name: Pair = { vi: `${kind.vi} ${place}`, en: `${plain(place)} ${kind.en}` };
		const slug = uniqueId(slugify(name.vi), slugs);
		const stars = rnd.weighted(STAR_WEIGHTS);
		summary.stars[stars]++;
		const day = FIRST_DAY + rnd.int(0, (LAST_DAY - FIRST_DAY) / DAY) * DAY;
		const revoked = rnd.chance(SHARE.revoked);
		const issuer =
			stars === 5
				? { vi: 'Bộ Nông nghiệp và Môi trường', en: 'Ministry of Agriculture and Environment' }
				: province.kind === 'city'
					? { vi: `UBND thành phố ${province.name.vi}`, en: `${province.name.en} City People's Committee` }
					: { vi: `UBND tỉnh ${province.name.vi}`, en: `${province.name.en} Provincial People's Committee` };
		const certificate = {
			number: `${rnd.int(100, 4999)}/QĐ-${stars === 5 ? 'BNNMT' : 'UBND'}`,
			date: isoDay(day),
			issuer,
			...(revoked ? { revoked: { date: isoDay(Math.min(LAST_DAY, day + rnd.int(60, 700) * DAY)), reason: rnd.pick(REVOKE_REASONS) } } : {}),
		};
		if (revoked) summary.revoked++;
		const min = rnd.int(2, 60) * 5000;
		const centre = centreOf.get(district.id);
		const nearby = salesByProvince.get(province.id) ?? [];
		const images = [
			{
				src: './cover.jpg',
				alt: {
					vi: `Ảnh mẫu do máy tạo (mảng màu ngẫu nhiên), không phải ảnh thật của ${name.vi}`,
					en: `Computer-generated sample picture (random colour patches), not a real photo of ${name.en}`,
				},
			},
		];
		if (rnd.chance(SHARE.secondPicture)) {
			images.push({
				src: './detail.jpg',
				alt: { vi: `Ảnh mẫu thứ hai do máy tạo cho ${name.vi}`, en: `A second computer-generated sample picture for ${name.en}` },
			});
		}
		const facts: Record<string, unknown> = {
			code: `${slugify(province.name.en)
				.split('-')
				.map((w) => w[0])
				.join('')
				.slice(0, 4)
				.padEnd(2, 'x')}-${i + 1}`,
			stars,
			category,
			producer: producer.id,
			district: district.id,
			commune: producer.commune,
			certificate,
			price: { min, max: min * rnd.int(1, 3), unit: kind.unit },
			...(rnd.chance(0.7)
				? {
						packaging: {
							vi: `Đóng gói ${kind.unit.vi}, có tem truy xuất nguồn gốc`,
							en: `Packed as ${kind.unit.en}, with a traceability stamp`,
						},
					}
				: {}),
			standards: rnd.sample(STANDARDS, rnd.int(0, 2)),
			centres: centre && rnd.chance(0.6) ? [centre] : [],
			salesPoints: rnd.sample(nearby, rnd.int(0, 3)).sort(),
			marketplaces: rnd.sample(MARKETPLACES, rnd.int(0, 2)),
			images,
			sample: true,
		};
		const dir = join(out, CONTENT_LAYOUT.products, slug);
		mkdirSync(dir);
		if (rnd.chance(SHARE.renamed)) renamed.push({ dir, facts, old: slugify(`${kind.vi.split(' ').slice(0, 2).join(' ')} ${place} cu`) });
		else
			write(
				join(dir, 'product.yaml'),
				`# Sản phẩm mẫu do máy tạo, không có thật. / A generated sample product, not a real one.\n${dump(facts)}`,
			);

		const quality = rnd.pick(QUALITIES);
		const season = rnd.pick(SEASONS);
		const landscape = rnd.pick(LANDSCAPES);
		const person = `${producer.person.includes(' Thị ') ? 'Bà' : 'Ông'} ${producer.person}`;
		// Mid-sentence, Vietnamese writes "huyện Lạc Dương" in lower case.
		const districtInText = district.name.vi.replace(/^./, (c) => c.toLowerCase());
		const common = { years: String(rnd.int(10, 120)), members: String(rnd.int(7, 60)), tonnes: String(rnd.int(2, 400)) };
		const text = story(rnd, {
			vi: {
				...common,
				name: name.vi,
				name_lower: kind.vi.toLowerCase(),
				commune: producer.commune,
				district: districtInText,
				province: province.name.vi,
				producer: producer.name.vi,
				person,
				material: kind.material.vi,
				quality: quality.vi,
				season: season.vi,
				landscape: landscape.vi,
			},
			en: {
				...common,
				name: name.en,
				name_lower: name.en,
				commune: plain(producer.commune),
				district: district.name.en,
				province: province.name.en,
				producer: producer.name.en,
				person: plain(person).replace(/^Ba /, 'Mrs ').replace(/^Ong /, 'Mr '),
				material: kind.material.en,
				quality: quality.en,
				season: season.en,
				landscape: landscape.en,
			},
		});
		const ext = rnd.chance(SHARE.mdx) ? 'mdx' : 'md';
		if (ext === 'mdx') summary.mdx++;
		const summaryText = {
			vi: `${kind.vi} của ${producer.name.vi}, làm ở xã ${producer.commune}, ${districtInText}, ${province.name.vi}; ${quality.vi}, làm từ ${kind.material.vi}.`,
			en: `${kind.en} by ${producer.name.en}, made in ${plain(producer.commune)} commune, ${district.name.en}, ${province.name.en}; ${quality.en}, made from ${kind.material.en}.`,
		};
		write(join(dir, storyFileName('vi', ext)), storyFile(name.vi, summaryText.vi.slice(0, 300), text.vi));
		if (rnd.chance(SHARE.englishMissing)) summary.englishMissing++;
		else write(join(dir, storyFileName('en', ext)), storyFile(name.en, summaryText.en.slice(0, 300), text.en));

		if (options.pictures !== false) {
			const pictureSeed = (seed * 1_000_003 + i * 2) >>> 0;
			pictureJobs.push(() => drawPicture(pictureSeed, join(dir, 'cover.jpg')));
			if (images.length > 1) pictureJobs.push(() => drawPicture(pictureSeed + 1, join(dir, 'detail.jpg')));
		}
	}
	// Former folder names, once every current one is known: none may be a current or another's former one.
	for (const r of renamed) {
		r.facts['formerSlugs'] = [uniqueId(r.old, slugs)];
		write(
			join(r.dir, 'product.yaml'),
			`# Sản phẩm mẫu do máy tạo, không có thật. / A generated sample product, not a real one.\n${dump(r.facts)}`,
		);
	}
	summary.renamed = renamed.length;

	// Retired products: codes beyond the current ones, never reused.
	const retired = Array.from({ length: Math.round(productCount * SHARE.retired) }, (_, k) => {
		const d = rnd.pick(districts);
		const kind = rnd.pick(PRODUCT_KINDS[rnd.weighted(CATEGORY_WEIGHTS)]);
		return {
			code: `rt-${productCount + k + 1}`,
			name: { vi: `${kind.vi} ${d.short}`, en: `${plain(d.short)} ${kind.en}` },
			district: d.id,
			date: isoDay(Date.UTC(2024, 0, 1) + rnd.int(0, 900) * DAY),
			reason: rnd.pick(RETIRE_REASONS),
			sample: true,
		};
	});
	summary.retired = retired.length;
	write(
		join(out, CONTENT_LAYOUT.retired),
		`# Sản phẩm mẫu đã rút khỏi danh mục. / Sample products taken out of the catalogue.\n${retired.length ? dump(retired) : ''}`,
	);

	summary.pictures = pictureJobs.length;
	// sharp draws on libuv's threads, so a few at a time keep both cores busy.
	await pMap(pictureJobs, (job) => job(), { concurrency: Math.max(2, availableParallelism() * 2) });
	write(join(out, MARKER), `${JSON.stringify({ products: productCount, seed, pictures: options.pictures !== false })}\n`);
	return summary;
}

async function main() {
	const { values } = parseArgs({
		options: {
			products: { type: 'string', default: '13000' },
			out: { type: 'string', default: DEFAULT_OUT },
			seed: { type: 'string', default: '1' },
		},
	});
	const products = Number(values.products);
	const seed = Number(values.seed);
	if (!Number.isInteger(products) || products < 1 || products > 90000)
		throw new Error('--products must be a whole number from 1 to 90,000');
	if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
	const started = performance.now();
	const summary = await generateCatalogue({ products, out: values.out, seed });
	const s = summary;
	console.log(
		`Wrote a synthetic catalogue to ${relative(process.cwd(), resolve(values.out)) || '.'} in ${((performance.now() - started) / 1000).toFixed(1)} s:`,
	);
	console.log(
		`  ${s.products} products (${s.stars[3]} 3★, ${s.stars[4]} 4★, ${s.stars[5]} 5★; ${s.englishMissing} without English, ${s.mdx} MDX, ${s.revoked} revoked, ${s.renamed} renamed), ${s.retired} retired`,
	);
	console.log(
		`  ${s.producers} producers, ${s.districts} districts, ${s.centres} centres, ${s.salesPoints} sales points, ${s.pictures} pictures`,
	);
	console.log(`Build it with: OCOP_CONTENT_DIR=${resolve(values.out)} npm run build`);
}

if (import.meta.main) await main();
