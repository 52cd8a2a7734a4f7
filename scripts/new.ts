#!/usr/bin/env node
/**
 * Starts a new entry, asking for what it needs (or taking it from flags, for scripts):
 *
 *   npm run new product            interactive: district and producer chosen from searchable lists
 *   npm run new product -- --district thanh-oai --producer ho-thu-nghiem --slug non-moi \
 *     --name-vi "Nón lá mới" --name-en "New conical hat" --stars 4 --category 4 \
 *     --certificate-number 12/QĐ-UBND --certificate-date 2026-03-01 --yes
 *   npm run new producer | centre | sales-point   (same idea; --help lists the flags)
 *
 * A product gets the next free code of its district (never a retired one), a product.yaml with
 * every field and its help as comments, story.vi.md (and story.en.md with --name-en) and a note
 * saying where to put cover.jpg. The entry is then checked against the rest of the content.
 * `--content dir` writes into another content folder (default: OCOP_CONTENT_DIR or content/).
 */
import { autocomplete, cancel, intro, isCancel, log, outro, select, text } from '@clack/prompts';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { asOfDate } from '../src/lib/certificate.ts';
import { FileCache } from '../src/lib/content/file-cache.ts';
import { cacheFiles } from '../src/lib/check/render.ts';
import { cacheDir, contentDir } from '../src/lib/config.ts';
import { checkEntry, formatProblems, loadContentIndex, type RawFile } from '../src/lib/check/index.ts';
import { readProduct, readYamlFile } from '../src/lib/content/files.ts';
import { altPlaceholder, summaryPlaceholder } from '../src/lib/content/placeholders.ts';
import { datePattern, idPattern, PRODUCER_KINDS } from '../src/lib/content/schema.ts';
import { slugify } from '../src/lib/slug.ts';
import { nextCode, SCAFFOLD_DIRS, SCAFFOLD_KINDS, writeScaffold, type ScaffoldKind } from '../src/lib/editors/scaffold.ts';

const FLAGS = [
	'content',
	'district',
	'producer',
	'slug',
	'name-vi',
	'name-en',
	'summary-vi',
	'summary-en',
	'stars',
	'category',
	'commune',
	'certificate-number',
	'certificate-date',
	'issuer-vi',
	'issuer-en',
	'kind',
	'address',
	'phone',
	'lat',
	'lng',
] as const;
const { values: flags, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		...Object.fromEntries(FLAGS.map((f) => [f, { type: 'string' as const }])),
		yes: { type: 'boolean', short: 'y' },
		help: { type: 'boolean', short: 'h' },
	},
});
const kind = positionals[0] as ScaffoldKind | undefined;
if (flags.help || !kind || !(kind in SCAFFOLD_KINDS)) {
	console.log(
		`Cách dùng / Usage: npm run new <${Object.keys(SCAFFOLD_KINDS).join(' | ')}> [-- --flag value … --yes]\nFlags: ${FLAGS.map((f) => `--${f}`).join(' ')} --yes`,
	);
	process.exit(flags.help ? 0 : 2);
}

/** Asks only when at a terminal and not told --yes; otherwise a missing value is an error. */
const interactive = process.stdin.isTTY && !flags.yes;
const flag = (name: (typeof FLAGS)[number]) => (flags as Record<string, string | undefined>)[name];

function stop(vi: string, en: string): never {
	console.error(`vi: ${vi}\nen: ${en}`);
	process.exit(2);
}

async function ask(
	name: (typeof FLAGS)[number],
	message: string,
	opts: { fallback?: string; optional?: boolean; check?: (v: string) => string | undefined } = {},
): Promise<string> {
	const given = flag(name);
	if (given !== undefined) {
		const bad = opts.check?.(given);
		if (bad) stop(`--${name}: ${bad}`, `--${name}: ${bad}`);
		return given;
	}
	if (!interactive) {
		if (opts.fallback !== undefined || opts.optional) return opts.fallback ?? '';
		stop(`Thiếu --${name} (${message}).`, `--${name} is missing (${message}).`);
	}
	const v = await text({
		message,
		...(opts.fallback !== undefined ? { initialValue: opts.fallback } : {}),
		validate: (s) => (!s && !opts.optional ? 'Bắt buộc / Required' : s ? opts.check?.(s) : undefined),
	});
	if (isCancel(v)) {
		cancel('Đã huỷ / Cancelled');
		process.exit(1);
	}
	return v ?? '';
}

async function choose(
	name: (typeof FLAGS)[number],
	message: string,
	options: Array<{ value: string; label: string; hint?: string }>,
	fallback?: string,
): Promise<string> {
	const given = flag(name) ?? (interactive ? undefined : fallback);
	if (given !== undefined) {
		if (!options.some((o) => o.value === given))
			stop(`--${name}: "${given}" không có trong danh sách.`, `--${name}: "${given}" is not one of the choices.`);
		return given;
	}
	if (!interactive) stop(`Thiếu --${name} (${message}).`, `--${name} is missing (${message}).`);
	const v =
		options.length > 8
			? await autocomplete({ message, options, maxItems: 10 })
			: await select({ message, options, ...(fallback ? { initialValue: fallback } : {}) });
	if (isCancel(v)) {
		cancel('Đã huỷ / Cancelled');
		process.exit(1);
	}
	return v as string;
}

const isId = (v: string) =>
	idPattern.test(v) ? undefined : 'chữ thường không dấu, số và gạch ngang / lower-case ASCII, digits and hyphens';
const isDate = (v: string) => (datePattern.test(v) ? undefined : 'NĂM-THÁNG-NGÀY / YYYY-MM-DD');
const isNumber = (v: string) => (Number.isFinite(Number(v)) ? undefined : 'một số / a number');

const dir = resolve(flag('content') ?? contentDir());
const asOf = asOfDate();
if (interactive) intro(`Thêm ${kind} mới / New ${kind}`);
// Read through the content check's cache of parsed files (in Astro's cache folder), so that only
// files changed since the last check or build are parsed again.
const cache = new FileCache(cacheFiles(resolve(cacheDir({ OCOP_CONTENT_DIR: flag('content') ?? contentDir() }))).parsed);
const index = loadContentIndex(dir, asOf, process.cwd(), { cache });
cache.save();
const districts = [...index.districts].map(([id, d]) => ({ value: id, label: `${d.data.name.vi} (${id})`, hint: d.data.province }));
const nameOf = <T extends { data: { name: { vi: string } } }>(m: ReadonlyMap<string, T>, id: string) => m.get(id)?.data.name.vi ?? id;

const district = await choose('district', 'Huyện / District', districts);
const nameVi = await ask('name-vi', 'Tên tiếng Việt / Name in Vietnamese');
const nameEn = await ask('name-en', 'Tên tiếng Anh (có thể bỏ trống) / Name in English (may be left empty)', { optional: true });
const slug = await ask('slug', 'Tên tệp, thư mục / File or folder name', { fallback: slugify(nameVi), check: isId });
const taken =
	kind === 'product'
		? index.content.products.some((p) => p.id === slug) || existsSync(join(dir, SCAFFOLD_DIRS.product, slug))
		: existsSync(join(dir, SCAFFOLD_DIRS[kind], `${slug}.yaml`));
if (taken) stop(`"${slug}" đã có. Chọn tên khác (--slug).`, `"${slug}" already exists. Choose another name (--slug).`);

let values: Record<string, unknown>;
let stories: Parameters<typeof writeScaffold>[1]['stories'];
if (kind === 'product') {
	const producers = [...index.producers].map(([id, p]) => ({
		value: id,
		label: `${p.data.name.vi} (${id})`,
		hint: nameOf(index.districts, p.data.district),
	}));
	// The district's own producers first.
	producers.sort(
		(a, b) =>
			Number(index.producers.get(b.value)?.data.district === district) - Number(index.producers.get(a.value)?.data.district === district),
	);
	const producer = await choose('producer', 'Chủ thể / Producer', producers);
	const stars = await choose(
		'stars',
		'Hạng sao / Stars',
		['3', '4', '5'].map((s) => ({ value: s, label: `${s} ★` })),
	);
	const category = await choose('category', 'Nhóm sản phẩm / Product group', [
		{ value: '1', label: '1 Thực phẩm / Food' },
		{ value: '2', label: '2 Đồ uống / Beverages' },
		{ value: '3', label: '3 Dược liệu / Herbal products' },
		{ value: '4', label: '4 Thủ công mỹ nghệ / Handicrafts' },
		{ value: '5', label: '5 Sinh vật cảnh / Ornamental plants and animals' },
		{ value: '6', label: '6 Du lịch / Tourism' },
	]);
	const commune = await ask('commune', 'Xã, phường / Commune', { fallback: index.producers.get(producer)?.data.commune ?? '' });
	const number = await ask('certificate-number', 'Số quyết định công nhận / Decision number (1234/QĐ-UBND)');
	const date = await ask('certificate-date', 'Ngày quyết định / Decision date (YYYY-MM-DD)', { check: isDate });
	const province = index.provinces.get(index.districts.get(district)?.data.province ?? '');
	const issuerVi = await ask('issuer-vi', 'Cơ quan cấp / Issued by (vi)', {
		fallback: province ? `UBND ${province.data.kind === 'city' ? 'thành phố' : 'tỉnh'} ${province.data.name.vi}` : '',
	});
	const issuerEn = await ask('issuer-en', 'Cơ quan cấp / Issued by (en)', {
		fallback: province ? `${province.data.name.en} ${province.data.kind === 'city' ? 'City' : 'Provincial'} People’s Committee` : '',
	});
	const summaryVi = await ask('summary-vi', 'Tóm tắt một hai câu / One- or two-sentence summary (vi)', {
		fallback: summaryPlaceholder.vi(nameVi, stars, nameOf(index.districts, district)),
	});
	const summaryEn = nameEn ? await ask('summary-en', 'Summary (en)', { fallback: summaryPlaceholder.en(nameEn, stars) }) : '';
	values = {
		code: nextCode(index, district),
		stars: Number(stars),
		category: Number(category),
		producer,
		district,
		commune,
		certificate: { number, date, issuer: { vi: issuerVi, en: issuerEn } },
		standards: [],
		centres: [],
		salesPoints: [],
		marketplaces: [],
		images: [{ src: './cover.jpg', alt: { vi: altPlaceholder.vi(nameVi), en: altPlaceholder.en(nameEn || nameVi) } }],
		sample: false,
		formerSlugs: [],
	};
	stories = { vi: { name: nameVi, summary: summaryVi }, ...(nameEn ? { en: { name: nameEn, summary: summaryEn } } : {}) };
} else if (kind === 'producer') {
	const producerKind = await choose(
		'kind',
		'Loại chủ thể / Kind',
		PRODUCER_KINDS.map((k) => ({ value: k, label: k })),
	);
	const commune = await ask('commune', 'Xã, phường / Commune');
	values = {
		name: nameEn ? { vi: nameVi, en: nameEn } : { vi: nameVi },
		kind: producerKind,
		district,
		commune,
		contact: {},
		sample: false,
	};
} else {
	if (!nameEn) stop('Trung tâm và điểm bán cần tên tiếng Anh (--name-en).', 'Centres and sales points need an English name (--name-en).');
	values = {
		name: { vi: nameVi, en: nameEn },
		district,
		commune: await ask('commune', 'Xã, phường / Commune'),
		address: await ask('address', 'Địa chỉ / Address'),
		hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '07:30', close: '17:00' }],
		phone: await ask('phone', 'Điện thoại / Phone'),
		coordinates: {
			lat: Number(await ask('lat', 'Vĩ độ / Latitude (8–24)', { check: isNumber })),
			lng: Number(await ask('lng', 'Kinh độ / Longitude (102–110)', { check: isNumber })),
		},
		sample: false,
	};
}

const written = writeScaffold(dir, { kind, slug, values, ...(stories ? { stories } : {}) });
const shown = written.map((p) => relative(process.cwd(), p));
// Checked against the rest of the content, without reading it again.
const raw: RawFile | undefined =
	kind === 'product'
		? readProduct(join(dir, SCAFFOLD_DIRS.product, slug), process.cwd(), { pictures: true })
		: readYamlFile(join(dir, SCAFFOLD_DIRS[kind], `${slug}.yaml`));
const problems = raw ? checkEntry(index, SCAFFOLD_KINDS[kind], raw) : [];
const pictureOnly = problems.every((p) => p.name === 'missing-picture' || p.severity === 'warning');
const next =
	kind === 'product'
		? `Tiếp theo: chép ảnh cover.jpg vào ${relative(process.cwd(), join(dir, SCAFFOLD_DIRS.product, slug))}, viết câu chuyện, rồi chạy npm run check:content.\nNext: copy cover.jpg into that folder, write the story, then run npm run check:content.`
		: 'Tiếp theo: điền các trường còn lại, rồi chạy npm run check:content. / Next: fill in the remaining fields, then run npm run check:content.';
const report = `Đã tạo / Written:\n${shown.map((p) => `  ${p}`).join('\n')}${kind === 'product' ? `\nMã sản phẩm / Product code: ${String(values['code'])}` : ''}`;
if (interactive) {
	log.success(report);
	if (!pictureOnly) log.warn(formatProblems(problems.filter((p) => p.severity === 'error')));
	outro(next);
} else {
	console.log(`${report}\n${pictureOnly ? '' : `${formatProblems(problems.filter((p) => p.severity === 'error'))}\n`}${next}`);
}
process.exitCode = pictureOnly ? 0 : 1;
