/**
 * Each kind of editor mistake, built for real from a broken copy of the minimal fixture: the build
 * fails, names the file, the field and the fix in both languages, and leaves no dist/ behind.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/lib/build/build-stop.ts';
import { buildSite } from '../helpers/build.ts';
import { ROOT, TMP } from '../helpers/paths.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/minimal');
const PRODUCT = 'products/non-thu-nghiem';
let n = 0;

/** A copy of the minimal fixture, broken by `breakIt`, built into its own out folder. */
function buildBroken(breakIt: (dir: string) => void) {
	const dir = join(TMP, `broken-${process.pid}-${n++}`);
	rmSync(dir, { recursive: true, force: true });
	cpSync(FIXTURE, join(dir, 'content'), { recursive: true });
	breakIt(join(dir, 'content'));
	const out = join(dir, 'dist');
	// A stale good build must not survive a failed one.
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, 'index.html'), '<p>old build</p>');
	return { ...buildSite(join(dir, 'content'), out), out };
}

function edit(dir: string, file: string, from: string | RegExp, to: string) {
	const path = join(dir, file);
	const text = readFileSync(path, 'utf8');
	const next = text.replace(from, to);
	if (next === text) throw new Error(`fixture edit did not apply to ${file}`);
	writeFileSync(path, next);
}

afterAll(() => {
	for (let i = 0; i < n; i++) rmSync(join(TMP, `broken-${process.pid}-${i}`), { recursive: true, force: true });
});

const cases: Array<[string, (dir: string) => void, RegExp[]]> = [
	[
		'an unknown district',
		(d) => edit(d, `${PRODUCT}/product.yaml`, 'district: thanh-oai', 'district: thanh-oia'),
		[
			/product\.yaml:5:11 — district \[OCOP-E006 unknown-reference\]/,
			/Did you mean `thanh-oai`\?/,
			/không có tệp content\/districts\/thanh-oia\.yaml/,
			/there is no file content\/districts\/thanh-oia\.yaml/,
		],
	],
	[
		'an unknown producer',
		(d) => edit(d, `${PRODUCT}/product.yaml`, 'producer: ho-thu-nghiem', 'producer: ho-khong-co'),
		[/product\.yaml:4:11 — producer/, /content\/producers\/ho-khong-co\.yaml/],
	],
	[
		'a duplicate product code',
		(d) => edit(d, `${PRODUCT}/product.yaml`, 'code: tn-001', 'code: tn-002'),
		[/product\.yaml:1:7 — code \[OCOP-E009 duplicate-code\]/, /Mã sản phẩm "tn-002" đã dùng/, /The product code "tn-002" is already used/],
	],
	[
		'stars outside 3 to 5',
		(d) => edit(d, `${PRODUCT}/product.yaml`, 'stars: 4', 'stars: 7'),
		[/product\.yaml:2:8 — stars/, /đang ghi: 7/, /write the OCOP star rating/],
	],
	[
		'a certificate date in the future',
		(d) => edit(d, `${PRODUCT}/product.yaml`, 'date: 2024-03-15', 'date: 2030-03-15'),
		[/product\.yaml:9:9 — certificate\.date/, /nằm trong tương lai/, /is in the future/],
	],
	[
		'a missing image',
		(d) => rmSync(join(d, PRODUCT, 'cover.jpg')),
		[/product\.yaml:13:10 — images\[0\]\.src/, /Không tìm thấy ảnh "\.\/cover\.jpg"/, /The picture "\.\/cover\.jpg" is not in/],
	],
	[
		'missing alt text',
		(d) => edit(d, `${PRODUCT}/product.yaml`, /\n\s+alt: \{[^\n]*\}/, ''),
		[/product\.yaml:13:5 — images\[0\]\.alt/, /Thiếu trường "images\[0\]\.alt"/, /describe the picture for people who cannot see it/],
	],
	[
		'a missing Vietnamese story',
		(d) => rmSync(join(d, PRODUCT, 'story.vi.mdx')),
		[/non-thu-nghiem\/story\.vi\.mdx/, /Thiếu câu chuyện sản phẩm tiếng Việt/, /The Vietnamese product story is missing/],
	],
	[
		'a story under its old name',
		(d) => renameSync(join(d, PRODUCT, 'story.vi.mdx'), join(d, PRODUCT, 'vi.mdx')),
		[/non-thu-nghiem\/vi\.mdx/, /đổi tên tệp thành story\.vi\.mdx/, /rename the file to story\.vi\.mdx/],
	],
	[
		'a script in a story',
		(d) => edit(d, `${PRODUCT}/story.vi.mdx`, 'về nón lá.', 'về nón lá.\n\n<script>alert(1)</script>'),
		[
			/non-thu-nghiem\/story\.vi\.mdx:7/,
			/Dòng 7: câu chuyện không được có thẻ <script>/,
			/Line 7: a story may not hold a <script> element/,
		],
	],
];

describe('a build from broken content', () => {
	it.each(cases)('fails on %s, names the file, field and fix in both languages, and leaves no dist/', (_, breakIt, patterns) => {
		const result = buildBroken(breakIt);
		// A refusal is the check doing its job: its own exit code, and none of Astro's hook error, location or trace.
		expect(result.status).toBe(EXIT.content);
		expect(result.output).not.toMatch(/unhandled error|Location:|Stack trace|\n\s+at /);
		for (const re of patterns) expect(result.output).toMatch(re);
		expect(result.output).toContain('chưa thể xây dựng trang');
		expect(existsSync(result.out)).toBe(false);
	});
});
