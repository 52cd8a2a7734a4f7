/**
 * `npm run new`, run as a script would on a copy of the minimal fixture: what it writes passes the
 * content check once a picture is added, and builds.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/cli.ts';
import { buildSite } from '../helpers/build.ts';
import { AS_OF, ROOT, TMP } from '../helpers/paths.ts';

const DIR = join(TMP, `scaffold-${process.pid}`);
const CONTENT = join(DIR, 'content');

function scaffold(...args: string[]) {
	const run = spawnSync(process.execPath, [join(ROOT, 'scripts/new.ts'), ...args, '--content', CONTENT, '--yes'], {
		cwd: DIR,
		encoding: 'utf8',
		env: { ...process.env, OCOP_AS_OF: AS_OF },
	});
	return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('the scaffolder', () => {
	rmSync(DIR, { recursive: true, force: true });
	cpSync(join(ROOT, 'tests/fixtures/minimal'), CONTENT, { recursive: true });

	it('writes a product with the next free code of its district, every field commented, and stories', () => {
		const run = scaffold(
			'product',
			...[
				'--district',
				'thanh-oai',
				'--producer',
				'ho-thu-nghiem',
				'--slug',
				'non-moi',
				'--name-vi',
				'Nón lá mới',
				'--name-en',
				'New conical hat',
			],
			...['--stars', '4', '--category', '4', '--certificate-number', '12/QĐ-UBND', '--certificate-date', '2026-03-01'],
		);
		expect(run.output).toContain('Mã sản phẩm / Product code: tn-003');
		expect(run.status).toBe(0);
		const facts = readFileSync(join(CONTENT, 'products/non-moi/product.yaml'), 'utf8');
		expect(facts).toContain('# Huyện: ghi tên tệp (không có .yaml) của một huyện trong content/districts');
		expect(facts).toContain('# price: { min: 120000');
		expect(facts).toContain('chép ảnh bìa vào thư mục này, đặt tên cover.jpg');
		expect(existsSync(join(CONTENT, 'products/non-moi/story.vi.md'))).toBe(true);
		expect(existsSync(join(CONTENT, 'products/non-moi/story.en.md'))).toBe(true);
	});

	it('never gives out the code of a retired product', () => {
		const retired =
			'- { code: tn-004, name: { vi: Nón cũ, en: Old hat }, district: thanh-oai, date: 2026-01-15, reason: { vi: Ngừng., en: Stopped. } }\n';
		writeFileSync(join(CONTENT, 'retired-products.yaml'), retired);
		const run = scaffold(
			'product',
			'--district',
			'thanh-oai',
			'--producer',
			'ho-thu-nghiem',
			'--slug',
			'non-moi-2',
			'--name-vi',
			'Nón lá mới hai',
			'--stars',
			'3',
			'--category',
			'4',
			'--certificate-number',
			'13/QĐ-UBND',
			'--certificate-date',
			'2026-03-02',
		);
		expect(run.output).toContain('Mã sản phẩm / Product code: tn-005');
		expect(existsSync(join(CONTENT, 'products/non-moi-2/story.en.md'))).toBe(false);
	});

	it('writes a producer, a centre and a sales point', () => {
		expect(
			scaffold('producer', '--district', 'lac-duong', '--name-vi', 'Hộ Thử Nghiệm Hai', '--kind', 'household', '--commune', 'Đạ Sar')
				.status,
		).toBe(0);
		const place = [
			'--district',
			'thanh-oai',
			'--commune',
			'Phương Trung',
			'--address',
			'Số 1 đường làng',
			'--phone',
			'024 3333 4444',
			'--lat',
			'20.9',
			'--lng',
			'105.77',
		];
		expect(scaffold('centre', '--name-vi', 'Trung tâm OCOP Thanh Oai', '--name-en', 'Thanh Oai OCOP Centre', ...place).status).toBe(0);
		expect(scaffold('sales-point', '--name-vi', 'Điểm bán Phương Trung', '--name-en', 'Phuong Trung Sales Point', ...place).status).toBe(0);
		expect(readFileSync(join(CONTENT, 'producers/ho-thu-nghiem-hai.yaml'), 'utf8')).toContain('contact: {}');
	});

	it('passes the content check as written once the pictures are added', () => {
		for (const slug of ['non-moi', 'non-moi-2'])
			copyFileSync(join(CONTENT, 'products/non-thu-nghiem/cover.jpg'), join(CONTENT, `products/${slug}/cover.jpg`));
		const run = runCheck({ contentDir: CONTENT, root: DIR, asOf: AS_OF });
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('Nội dung hợp lệ / Content is valid: 4 sản phẩm / products');
		// What is left to write (the stories, default summaries and picture descriptions) is warned about.
		expect(run.stdout).toContain('[OCOP-W008 placeholder-text]');
	});

	it('builds, with a page for the new product', () => {
		const out = join(DIR, 'dist');
		const result = buildSite(CONTENT, out);
		expect(result.status, result.output).toBe(0);
		expect(readFileSync(join(out, 'san-pham/non-moi/index.html'), 'utf8')).toContain('Nón lá mới');
		expect(existsSync(join(out, 'p/tn-003/index.html'))).toBe(true);
	});
});
