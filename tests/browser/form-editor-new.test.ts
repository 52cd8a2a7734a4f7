/**
 * A new product made in the form editor (/admin/, Sveltia CMS, local repository mode on a copy of
 * tests/fixtures/minimal; see helpers/form-editor.ts): its facts with a picture uploaded from disk,
 * then its story in both languages. What the editor writes must be exactly the project's layout
 * (content/products/<folder>/product.yaml, cover.jpg, story.vi.mdx, story.en.mdx) and pass the same
 * content check as the build, with no placeholder left.
 * Uploading the picture makes Sveltia fetch the chosen file's blob: URL, so the /admin/ policy's
 * connect-src allows blob: (no network); this test holds the whole flow to no console error.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/cli.ts';
import type { JsonReport } from '../../src/lib/check/index.ts';
import { fieldAt } from '../../src/lib/content/describe.ts';
import { useSiteInBrowser } from '../helpers/browser.ts';
import { checkoutFiles, FIXTURE, fillCheckout, readCheckout, text } from '../helpers/form-editor.ts';
import { AS_OF, TMP } from '../helpers/paths.ts';

const site = useSiteInBrowser();
const FOLDER = 'content/products/non-moi';
/** The schema's Vietnamese label of a product field: the form shows exactly that. */
const label = (...path: Array<string | number>) => fieldAt('product', path)?.label.vi ?? path.join('.');

describe('a new product made in the form editor', () => {
	let page: Page;
	let before: Record<string, string> = {};
	const consoleErrors: string[] = [];

	/** A field group of the form, by its label. */
	const field = (name: string) => page.getByRole('group', { name: `Trường “⁨${name}⁩”` });
	/** Sveltia renders the fields below the fold as they scroll into view: scroll until `loc` exists. */
	async function shown(loc: Locator): Promise<Locator> {
		for (let i = 0; i < 40 && !(await loc.count()); i++) {
			await page.mouse.move(400, 600);
			await page.mouse.wheel(0, 250);
			await page.waitForTimeout(250);
		}
		await loc.first().scrollIntoViewIfNeeded();
		return loc.first();
	}

	beforeAll(async () => {
		page = await (await site.browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
		page.on('console', (m) => {
			if (m.type() === 'error') consoleErrors.push(m.text());
		});
		page.on('pageerror', (e) => consoleErrors.push(e.message));
		await page.addInitScript(() => {
			(window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
				(await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
		});
		await page.goto(`${site.origin}/admin/`);
		before = checkoutFiles();
		await fillCheckout(page, before);
		await page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' }).click();
		await page.getByText('tn-001 · non-thu-nghiem').waitFor({ timeout: 30_000 });
	});

	it('saves its facts and its uploaded picture as product.yaml and cover.jpg in a new product folder', async () => {
		await page.getByRole('button', { name: 'Tạo bài viết mới' }).click();
		await (await shown(page.getByRole('textbox', { name: label('code') }))).fill('tn-003');
		await field(label('stars')).getByRole('radio', { name: '4', exact: true }).check();
		await page.getByRole('combobox', { name: label('category') }).click();
		await page.getByRole('option', { name: '4', exact: true }).click();
		await field(label('producer'))
			.getByRole('radio', { name: /\(ho-thu-nghiem\)/ })
			.check();
		await field(label('district'))
			.getByRole('radio', { name: /\(thanh-oai\)/ })
			.check();
		await (await shown(page.getByRole('textbox', { name: label('commune') }))).fill('Phương Trung');
		await (await shown(page.getByRole('textbox', { name: label('certificate', 'number') }))).fill('12/QĐ-UBND');
		await (await shown(page.getByRole('textbox', { name: label('certificate', 'date') }))).fill('2026-03-01');
		const issuer = field(label('certificate', 'issuer'));
		await (await shown(issuer.getByRole('textbox', { name: 'vi' }))).fill('UBND TP. Hà Nội');
		await (await shown(issuer.getByRole('textbox', { name: 'en' }))).fill('Hanoi People’s Committee');
		await (await shown(field(label('images')).getByRole('button', { name: `Thêm ⁨${label('images')}⁩` }))).click();
		// The picture is uploaded from disk, as an editor picks it (the file input behind "Duyệt tệp").
		const src = await shown(field(label('images', 0, 'src')));
		await src.locator('input[type=file]').first().setInputFiles(join(FIXTURE, 'products/non-thu-nghiem/cover.jpg'));
		const alt = field(label('images', 0, 'alt'));
		await (await shown(alt.getByRole('textbox', { name: 'vi' }))).fill('Chiếc nón lá trắng trên chiếu cói');
		await (await shown(alt.getByRole('textbox', { name: 'en' }))).fill('A white conical hat on a sedge mat');
		await page.getByRole('textbox', { name: 'Đường dẫn tĩnh' }).fill('non-moi');
		await page.getByRole('button', { name: 'Lưu' }).first().click();

		await expect
			.poll(async () => Object.keys(await readCheckout(page)).filter((f) => f.startsWith(FOLDER)), { timeout: 20_000 })
			.toEqual(expect.arrayContaining([`${FOLDER}/product.yaml`, `${FOLDER}/cover.jpg`]));
		const after = await readCheckout(page);
		expect(Object.keys(after).sort()).toEqual([...Object.keys(before), `${FOLDER}/product.yaml`, `${FOLDER}/cover.jpg`].sort());
		expect(yaml.load(text(after[`${FOLDER}/product.yaml`]))).toEqual({
			code: 'tn-003',
			stars: 4,
			category: 4,
			producer: 'ho-thu-nghiem',
			district: 'thanh-oai',
			commune: 'Phương Trung',
			certificate: {
				number: '12/QĐ-UBND',
				date: new Date('2026-03-01T00:00:00Z'),
				issuer: { vi: 'UBND TP. Hà Nội', en: 'Hanoi People’s Committee' },
			},
			images: [{ src: './cover.jpg', alt: { vi: 'Chiếc nón lá trắng trên chiếu cói', en: 'A white conical hat on a sedge mat' } }],
			sample: false,
		});
		expect(Buffer.from(after[`${FOLDER}/cover.jpg`] ?? '', 'base64')).toEqual(
			readFileSync(join(FIXTURE, 'products/non-thu-nghiem/cover.jpg')),
		);
	});

	it('saves its story in both languages as story.vi.mdx and story.en.mdx beside them', async () => {
		await page.getByRole('treeitem', { name: 'Câu chuyện sản phẩm' }).click();
		await page.getByRole('button', { name: 'Tạo bài viết mới' }).click();
		const write = async (name: string, summary: string, story: string) => {
			await (await shown(page.getByRole('textbox', { name: 'Tên sản phẩm' }))).fill(name);
			await (await shown(page.getByRole('textbox', { name: 'Tóm tắt' }))).fill(summary);
			await (await shown(page.getByRole('textbox', { name: 'Câu chuyện' }))).click();
			await page.keyboard.type(story);
		};
		await write('Nón lá mới', 'Nón lá trắng chằm tay ở Phương Trung.', 'Nón được chằm tay từ lá cọ non phơi sương.');
		await page.getByRole('radio', { name: 'Tiếng Anh' }).first().check();
		await write('New conical hat', 'A white hat stitched by hand in Phuong Trung.', 'The hat is stitched by hand from young palm leaves.');
		await page.getByRole('textbox', { name: 'Đường dẫn tĩnh' }).fill('non-moi');
		await page.getByRole('button', { name: 'Lưu' }).first().click();

		const vi = `${FOLDER}/story.vi.mdx`;
		const en = `${FOLDER}/story.en.mdx`;
		await expect
			.poll(
				async () =>
					Object.keys(await readCheckout(page))
						.filter((f) => f === vi || f === en)
						.sort(),
				{ timeout: 20_000 },
			)
			.toEqual([en, vi]);
		const after = await readCheckout(page);
		expect(
			Object.keys(after)
				.filter((f) => f.startsWith(FOLDER))
				.sort(),
		).toEqual(['cover.jpg', 'product.yaml', 'story.en.mdx', 'story.vi.mdx'].map((f) => `${FOLDER}/${f}`));
		expect(text(after[vi])).toMatch(
			/^---\nname: Nón lá mới\nsummary: Nón lá trắng chằm tay ở Phương Trung\.\n---\n\nNón được chằm tay từ lá cọ non phơi sương\.\n?$/,
		);
		expect(text(after[en])).toMatch(
			/^---\nname: New conical hat\nsummary: A white hat stitched by hand in Phuong Trung\.\n---\n\nThe hat is stitched by hand from young palm leaves\.\n?$/,
		);
	});

	it('wrote content that passes the same content check as the build, with no placeholder left', async () => {
		const dir = join(TMP, 'form-editor-new-checkout');
		rmSync(dir, { recursive: true, force: true });
		for (const [path, b64] of Object.entries(await readCheckout(page))) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), Buffer.from(b64, 'base64'));
		}
		const run = runCheck({ contentDir: join(dir, 'content'), root: dir, asOf: AS_OF, json: true });
		const report = JSON.parse(run.stdout) as JsonReport;
		expect(report.errors).toEqual([]);
		expect(report.warnings.filter((w) => w.file.startsWith(FOLDER))).toEqual([]);
		expect(report.summary.products).toBe(3);
	});

	it('shows no console error on the way, the picture upload included', () => {
		expect(consoleErrors).toEqual([]);
	});
});
