/**
 * Draws placeholder pictures for the sample products: for every folder in content/products, each
 * picture listed under `images` in product.yaml that does not exist yet is drawn as a simple SVG
 * illustration (a motif for the product group, the Vietnamese product name and a "sample
 * illustration" caption) and saved as a JPEG beside product.yaml. Existing pictures, such as real
 * photos added by an editor, are never touched.
 *
 * Vẽ ảnh minh hoạ cho sản phẩm mẫu: ảnh nào có trong `images` mà chưa có tệp thì được vẽ ra;
 * ảnh đã có (ví dụ ảnh chụp thật) thì giữ nguyên.
 *
 * Run / chạy:  node_modules/.bin/node scripts/generate/sample-images.ts
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import yaml from 'js-yaml';

const ROOT = resolve(import.meta.dirname, '../..');
const PRODUCTS = join(ROOT, 'content', 'products');
const WIDTH = 1200;
const HEIGHT = 900;
const FONT = 'DejaVu Sans, Noto Sans, sans-serif';
const CAPTION = 'Ảnh minh hoạ mẫu · Sample illustration';

/** Soft background, a deeper tone and an accent colour for each OCOP product group (1–6). */
const PALETTE: Record<number, { bg: string; deep: string; accent: string; light: string }> = {
	1: { bg: '#f6e7c8', deep: '#e9cf9f', accent: '#8a5a2b', light: '#fbf3e3' }, // food
	2: { bg: '#dceff2', deep: '#b4dbe2', accent: '#2f6f7e', light: '#eef8f9' }, // beverages
	3: { bg: '#e3f1dc', deep: '#c2e0b4', accent: '#3e7a3a', light: '#f1f8ed' }, // herbal
	4: { bg: '#f4e1d6', deep: '#e6c2ad', accent: '#9c4a2f', light: '#faefe9' }, // handicrafts
	5: { bg: '#f3e4f0', deep: '#e2c3dc', accent: '#8b3f7a', light: '#f9f0f7' }, // ornamental
	6: { bg: '#e0eaf6', deep: '#bccfe8', accent: '#34598c', light: '#eff4fb' }, // tourism
};

interface ImageEntry {
	src: string;
	alt?: { vi?: string; en?: string };
}

const escapeXml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** A small stable number from a string, so each product gets its own slight variation. */
function hash(s: string): number {
	let h = 2166136261;
	for (const ch of s) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
	return h >>> 0;
}

/** Splits a name into lines of at most `max` characters at spaces, with lines of similar length. */
function wrap(text: string, max: number): string[] {
	const greedy = (limit: number) => {
		const lines: string[] = [];
		let line = '';
		for (const word of text.split(/\s+/)) {
			if (line && (line + ' ' + word).length > limit) {
				lines.push(line);
				line = word;
			} else line = line ? `${line} ${word}` : word;
		}
		if (line) lines.push(line);
		return lines;
	};
	const lines = greedy(max);
	for (let limit = Math.ceil(text.length / lines.length); limit < max; limit++) {
		const balanced = greedy(limit);
		if (balanced.length === lines.length) return balanced;
	}
	return lines;
}

function bean(x: number, y: number, rx: number, rot: number, fill: string, line: string): string {
	const ry = rx * 0.68;
	return (
		`<g transform="translate(${x} ${y}) rotate(${rot})"><ellipse rx="${rx}" ry="${ry}" fill="${fill}"/>` +
		`<path d="M ${-rx * 0.8} 0 C ${-rx * 0.3} ${-ry * 0.5}, ${rx * 0.3} ${ry * 0.5}, ${rx * 0.8} 0" stroke="${line}" stroke-width="${Math.max(3, rx / 7)}" fill="none" stroke-linecap="round"/></g>`
	);
}

function leaf(x: number, y: number, len: number, rot: number, fill: string, vein: string, veins = 3): string {
	const w = len * 0.42;
	let v = `<path d="M 0 0 L ${len * 0.92} 0" stroke="${vein}" stroke-width="${Math.max(3, len / 45)}" stroke-linecap="round"/>`;
	for (let i = 1; i <= veins; i++) {
		const px = (len * i) / (veins + 1);
		const dx = len * 0.16;
		v += `<path d="M ${px} 0 L ${px + dx} ${-w * 0.55 * (1 - i / (veins + 2))} M ${px} 0 L ${px + dx} ${w * 0.55 * (1 - i / (veins + 2))}" stroke="${vein}" stroke-width="${Math.max(2, len / 70)}" stroke-linecap="round"/>`;
	}
	return `<g transform="translate(${x} ${y}) rotate(${rot})"><path d="M 0 0 Q ${len * 0.45} ${-w} ${len} 0 Q ${len * 0.45} ${w} 0 0 Z" fill="${fill}"/>${v}</g>`;
}

function flower(x: number, y: number, r: number, petals: string, centre: string): string {
	let s = `<g transform="translate(${x} ${y})">`;
	for (let i = 0; i < 6; i++)
		s += `<ellipse cx="0" cy="${-r * 0.62}" rx="${r * 0.36}" ry="${r * 0.62}" fill="${petals}" transform="rotate(${i * 60})"/>`;
	return `${s}<circle r="${r * 0.3}" fill="${centre}"/></g>`;
}

/** The motif of a product group: `detail` is a close-up drawn at a larger scale. */
function motif(category: number, detail: boolean, seed: number): string {
	const c = PALETTE[category] ?? PALETTE[1]!;
	const a = c.accent;
	const wobble = (seed % 21) - 10;
	switch (category) {
		case 1: {
			if (detail) {
				let s = '';
				for (let i = 0; i < 9; i++) {
					const x = 150 + ((i * 137 + seed) % 900);
					const y = 110 + ((i * 89 + (seed >> 3)) % 430);
					s += bean(x, y, 70 + (i % 3) * 14, (i * 47 + wobble) % 180, a, c.light);
				}
				return s;
			}
			let beans = '';
			for (let i = 0; i < 7; i++) beans += bean(460 + i * 48, 330 - (i % 2) * 26 - Math.abs(3 - i) * -6, 34, i * 40 + wobble, a, c.light);
			return (
				`${beans}<path d="M 380 340 L 820 340 Q 800 560 600 560 Q 400 560 380 340 Z" fill="${c.deep}" stroke="${a}" stroke-width="10" stroke-linejoin="round"/>` +
				`<path d="M 430 400 Q 600 430 770 400" stroke="${c.light}" stroke-width="10" fill="none" stroke-linecap="round"/>` +
				`<ellipse cx="600" cy="575" rx="150" ry="18" fill="${a}" opacity="0.25"/>`
			);
		}
		case 2: {
			const cup = (x: number, y: number, k: number) =>
				`<g transform="translate(${x} ${y}) scale(${k})"><path d="M -110 -90 L 110 -90 L 90 90 Q 0 115 -90 90 Z" fill="${c.light}" stroke="${a}" stroke-width="10" stroke-linejoin="round"/>` +
				`<path d="M 104 -50 Q 175 -40 150 20 Q 135 55 96 45" fill="none" stroke="${a}" stroke-width="10"/>` +
				`<path d="M -95 -55 L 95 -55" stroke="${c.deep}" stroke-width="22"/>` +
				`<path d="M -40 -120 q 20 -30 0 -60 M 10 -120 q 20 -30 0 -60 M 60 -120 q 20 -30 0 -60" stroke="${a}" stroke-width="8" fill="none" stroke-linecap="round" opacity="0.6"/></g>`;
			if (detail) {
				let drops = '';
				for (let i = 0; i < 6; i++) {
					const x = 140 + ((i * 173 + seed) % 920);
					const y = 90 + ((i * 97) % 160) + (i % 2) * 330;
					drops += `<path d="M ${x} ${y} q 30 45 0 70 q -30 -25 0 -70 Z" fill="${a}" opacity="0.55"/>`;
				}
				return drops + cup(600, 380, 2.1);
			}
			return (
				`<g transform="translate(470 140)"><path d="M -30 0 L 30 0 L 30 70 Q 80 100 80 160 L 80 400 Q 80 420 60 420 L -60 420 Q -80 420 -80 400 L -80 160 Q -80 100 -30 70 Z" fill="${c.deep}" stroke="${a}" stroke-width="10" stroke-linejoin="round"/>` +
				`<rect x="-80" y="230" width="160" height="110" fill="${c.light}" stroke="${a}" stroke-width="6"/><rect x="-38" y="-30" width="76" height="34" rx="6" fill="${a}"/></g>` +
				cup(720, 470, 0.95)
			);
		}
		case 3: {
			if (detail) return leaf(80, 430 + wobble, 1050, -12, '#7fb069', c.accent, 5) + leaf(700, 560, 420, -60, '#a7cf8f', c.accent, 3);
			let s = `<path d="M 600 580 Q 590 420 610 200" stroke="${a}" stroke-width="10" fill="none" stroke-linecap="round"/>`;
			const rows = [
				[600, 520, -150],
				[600, 520, -30],
				[604, 420, -160],
				[604, 420, -20],
				[608, 320, -150],
				[608, 320, -35],
				[610, 210, -90],
			];
			rows.forEach(([x, y, r], i) => (s += leaf(x!, y!, i === 6 ? 150 : 190 - i * 8, r! + wobble / 2, i % 2 ? '#7fb069' : '#94c07c', a)));
			return s;
		}
		case 4: {
			const vase = (x: number, y: number, k: number, bands: boolean) => {
				let p = `<g transform="translate(${x} ${y}) scale(${k})"><path d="M -45 -170 L 45 -170 L 40 -120 Q 130 -60 120 40 Q 110 140 0 160 Q -110 140 -120 40 Q -130 -60 -40 -120 Z" fill="${c.light}" stroke="${a}" stroke-width="9" stroke-linejoin="round"/>`;
				p += `<path d="M -112 0 Q 0 30 112 0" stroke="${a}" stroke-width="8" fill="none"/>`;
				if (bands) {
					p += `<path d="M -100 -40 Q 0 -10 100 -40" stroke="${a}" stroke-width="6" fill="none"/>`;
					for (let i = -3; i <= 3; i++) p += `<path d="M ${i * 28} 40 q 14 -26 28 0 q -14 26 -28 0" fill="${a}" opacity="0.7"/>`;
					p += `<path d="M -90 95 Q 0 120 90 95" stroke="${a}" stroke-width="6" fill="none"/>`;
				}
				return `${p}</g>`;
			};
			if (detail) return vase(600, 360, 2.4, true);
			let hat = `<g transform="translate(440 430) rotate(${-8 + wobble / 3})"><path d="M -230 40 L 0 -200 L 230 40 Q 0 90 -230 40 Z" fill="#e8cf8a" stroke="${a}" stroke-width="9" stroke-linejoin="round"/>`;
			for (let i = 1; i <= 4; i++)
				hat += `<path d="M ${-230 + i * 46} ${40 - i * 48} Q 0 ${70 - i * 42} ${230 - i * 46} ${40 - i * 48}" stroke="${a}" stroke-width="4" fill="none" opacity="0.6"/>`;
			hat += `</g>`;
			return hat + vase(820, 400, 1, true);
		}
		case 5: {
			if (detail) {
				return (
					leaf(120, 620, 380, -35, '#7fb069', '#3e7a3a') +
					leaf(1080, 640, 380, -145, '#94c07c', '#3e7a3a') +
					flower(600, 340, 260, '#d99ac8', '#f3c94b') +
					flower(230, 200, 90, '#e7b6d9', '#f3c94b') +
					flower(990, 170, 80, '#e7b6d9', '#f3c94b')
				);
			}
			let s = `<path d="M 600 470 Q 560 330 470 240 M 600 470 Q 610 320 640 200 M 600 470 Q 680 360 760 290" stroke="#5b7f3a" stroke-width="10" fill="none" stroke-linecap="round"/>`;
			s += leaf(600, 430, 150, -150, '#7fb069', '#3e7a3a') + leaf(600, 420, 150, -30, '#94c07c', '#3e7a3a');
			s +=
				flower(470, 235, 60, '#d99ac8', '#f3c94b') +
				flower(640, 195, 66, '#c97fb5', '#f3c94b') +
				flower(765, 285, 56, '#d99ac8', '#f3c94b');
			s += `<path d="M 470 470 L 730 470 L 700 600 L 500 600 Z" fill="${c.deep}" stroke="${a}" stroke-width="10" stroke-linejoin="round"/><rect x="455" y="455" width="290" height="34" rx="8" fill="${a}"/>`;
			return s;
		}
		default: {
			if (detail) {
				return (
					`<circle cx="${900 + wobble * 4}" cy="150" r="90" fill="#f3c94b" opacity="0.9"/>` +
					`<path d="M 0 400 Q 260 250 560 360 Q 860 460 1200 300 L 1200 900 L 0 900 Z" fill="${c.accent}" opacity="0.35"/>` +
					`<path d="M 0 520 Q 380 420 700 500 Q 960 560 1200 480 L 1200 900 L 0 900 Z" fill="#9cc18a"/>` +
					`<path d="M 380 900 Q 560 700 585 505 L 615 505 Q 660 700 860 900 Z" fill="#f1e3c2"/>` +
					`<path d="M 600 880 L 600 840 M 600 780 L 600 740 M 600 690 L 600 660 M 600 620 L 600 600" stroke="${c.light}" stroke-width="8" stroke-linecap="round"/>` +
					leaf(190, 640, 190, -75, '#5f8f4e', '#3e7a3a') +
					leaf(240, 650, 150, -105, '#6f9f5e', '#3e7a3a') +
					leaf(1000, 620, 190, -105, '#5f8f4e', '#3e7a3a') +
					leaf(950, 640, 150, -75, '#6f9f5e', '#3e7a3a')
				);
			}
			return (
				`<circle cx="${870 + wobble * 3}" cy="170" r="70" fill="#f3c94b"/>` +
				`<path d="M 0 615 L 0 470 L 380 250 L 560 430 L 720 290 L 1200 600 L 1200 615 Z" fill="${c.deep}"/>` +
				`<path d="M 0 560 Q 450 420 700 520 Q 900 590 1200 510 L 1200 615 L 0 615 Z" fill="#9cc18a"/>` +
				`<g transform="translate(520 440)"><rect x="0" y="40" width="150" height="100" fill="${c.light}" stroke="${a}" stroke-width="8"/>` +
				`<path d="M -20 50 L 75 -20 L 170 50 Z" fill="${a}"/><rect x="55" y="80" width="40" height="60" fill="${a}"/></g>`
			);
		}
	}
}

function svg(category: number, name: string, detail: boolean, seed: number): string {
	const c = PALETTE[category] ?? PALETTE[1]!;
	const open = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="${FONT}">`;
	if (detail) {
		// A close-up filling the picture, with the name in a small card at the bottom left.
		const lines = wrap(name, 38);
		const size = 38;
		const boxH = 52 + lines.length * (size + 10) + 36;
		const boxY = HEIGHT - boxH - 30;
		const text = lines
			.map(
				(l, i) =>
					`<text x="84" y="${boxY + 56 + i * (size + 10)}" font-size="${size}" font-weight="bold" fill="${c.accent}">${escapeXml(l)}</text>`,
			)
			.join('');
		return (
			open +
			`<rect width="${WIDTH}" height="${HEIGHT}" fill="${c.deep}"/>` +
			`<g>${motif(category, true, seed)}</g>` +
			`<rect x="50" y="${boxY}" width="${Math.min(WIDTH - 100, 120 + Math.max(...lines.map((l) => l.length)) * size * 0.62)}" height="${boxH}" rx="22" fill="${c.light}" opacity="0.95"/>` +
			text +
			`<text x="84" y="${boxY + boxH - 26}" font-size="24" fill="${c.accent}">${escapeXml(CAPTION)}</text></svg>`
		);
	}
	// The cover: the motif above, the name in a band below it.
	const lines = wrap(name, 28);
	const size = lines.length > 2 ? 50 : 58;
	const band = 615;
	const mid = band + (HEIGHT - 70 - band) / 2;
	const first = mid - ((lines.length - 1) * (size + 12)) / 2 + size * 0.36;
	const text = lines
		.map(
			(l, i) =>
				`<text x="${WIDTH / 2}" y="${first + i * (size + 12)}" font-size="${size}" font-weight="bold" text-anchor="middle" fill="${c.accent}">${escapeXml(l)}</text>`,
		)
		.join('');
	return (
		open +
		`<rect width="${WIDTH}" height="${HEIGHT}" fill="${c.bg}"/>` +
		`<circle cx="600" cy="360" r="290" fill="${c.light}"/>` +
		`<g>${motif(category, false, seed)}</g>` +
		`<rect x="0" y="${band}" width="${WIDTH}" height="${HEIGHT - band}" fill="${c.light}"/>` +
		`<rect x="0" y="${band}" width="${WIDTH}" height="6" fill="${c.accent}" opacity="0.5"/>` +
		text +
		`<text x="${WIDTH / 2}" y="${HEIGHT - 36}" font-size="24" text-anchor="middle" fill="${c.accent}">${escapeXml(CAPTION)}</text></svg>`
	);
}

/** The `name` in the front matter of story.vi.mdx (or story.vi.md), if any. */
function viName(dir: string): string | undefined {
	for (const file of ['story.vi.mdx', 'story.vi.md']) {
		const path = join(dir, file);
		if (!existsSync(path)) continue;
		const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'));
		const data = m ? (yaml.load(m[1] ?? '') as { name?: unknown } | undefined) : undefined;
		if (data && typeof data.name === 'string') return data.name;
	}
	return undefined;
}

let made = 0;
let kept = 0;
for (const slug of readdirSync(PRODUCTS).sort()) {
	const dir = join(PRODUCTS, slug);
	const factsPath = join(dir, 'product.yaml');
	if (!statSync(dir).isDirectory() || !existsSync(factsPath)) continue;
	const facts = yaml.load(readFileSync(factsPath, 'utf8')) as { category?: number; images?: ImageEntry[] } | undefined;
	const category = typeof facts?.category === 'number' ? facts.category : 1;
	const name = viName(dir) ?? slug;
	for (const [i, image] of (facts?.images ?? []).entries()) {
		if (typeof image?.src !== 'string' || !/^\.\/[^/]+\.jpe?g$/i.test(image.src)) continue;
		const out = join(dir, image.src.slice(2));
		if (existsSync(out)) {
			kept++;
			continue;
		}
		// The first picture is the cover; later ones (detail.jpg) are drawn as close-ups.
		const detail = i > 0 || /detail/i.test(image.src);
		const body = svg(category, name, detail, hash(`${slug}/${image.src}`));
		await sharp(Buffer.from(body)).jpeg({ quality: 78, mozjpeg: true }).toFile(out);
		made++;
		console.log(`  + ${slug}/${image.src.slice(2)}`);
	}
}
console.log(`Đã vẽ ${made} ảnh, giữ nguyên ${kept} ảnh có sẵn. / Drew ${made} pictures, kept ${kept} existing ones.`);
