/**
 * The form editor at /admin/ in Chromium, on the built sample site served with the headers of its
 * `_headers` (so under the editor's own Content-Security-Policy). Sign-in uses Sveltia's local
 * repository mode, which works on a folder through the browser's File System Access API: the
 * folder picker is answered with a folder of the browser's origin-private file system (OPFS), filled
 * with a copy of tests/fixtures/minimal as `content/` beside a `.git` folder, as an editor's
 * checkout would be. What the editor saves there is read back and checked like any content.
 * GitHub sign-in is not driven (it needs the real GitHub); the same code writes the files either way,
 * only the last step (a commit through the API instead of a file write) differs.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsp } from '../../scripts/gates/security.ts';
import { checkContent } from '../../src/lib/check/index.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { cmsCsp, cmsSettings } from '../../src/lib/editors/cms-config.ts';
import { fieldAt } from '../../src/lib/content/describe.ts';
import { useSiteInBrowser } from '../helpers/browser.ts';
import { checkoutFiles, fillCheckout, readCheckout, text } from '../helpers/form-editor.ts';
import { AS_OF, TMP } from '../helpers/paths.ts';

const site = useSiteInBrowser();
describe('the form editor at /admin/', () => {
	let page: Page;
	const consoleErrors: string[] = [];
	const otherHosts: string[] = [];
	let policy = '';
	let before: Record<string, string> = {};

	beforeAll(async () => {
		page = await (await site.browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
		page.on('console', (m) => {
			if (m.type() === 'error') consoleErrors.push(m.text());
		});
		page.on('pageerror', (e) => consoleErrors.push(e.message));
		page.on('request', (r) => {
			const url = new URL(r.url());
			if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== site.origin) otherHosts.push(r.url());
		});
		// The folder picker answers with a folder of the origin-private file system.
		await page.addInitScript(() => {
			(window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
				(await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
		});
		const response = await page.goto(`${site.origin}/admin/`);
		policy = response?.headers()['content-security-policy'] ?? '';
		before = checkoutFiles();
		await fillCheckout(page, before);
	});

	it('is served under its own policy: scripts from the site only, network to the site and the git host API only', () => {
		expect(policy).toBe(cmsCsp(cmsSettings({})));
		const csp = parseCsp(policy);
		expect(csp.get('script-src')).toEqual(["'self'"]);
		expect(csp.get('connect-src')).toEqual(["'self'", 'data:', 'blob:', 'https://api.github.com']);
	});

	it('shows its sign-in in Vietnamese, then the product collection from a local checkout', async () => {
		await page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' }).click();
		await expect.poll(() => page.getByText('tn-001 · non-thu-nghiem').count(), { timeout: 30_000 }).toBe(1);
		expect(await page.getByText('Thông tin sản phẩm (product.yaml)', { exact: false }).count()).toBe(1);
		for (const collection of ['Câu chuyện sản phẩm', 'Chủ thể', 'Huyện', 'Trung tâm OCOP', 'Điểm bán']) {
			expect(await page.getByText(collection, { exact: true }).count(), collection).toBeGreaterThan(0);
		}
	});

	it("saves a changed product in the project's layout: the same product.yaml, the change, nothing else", async () => {
		await page.getByText('tn-001 · non-thu-nghiem').click();
		// The form labels each field with the schema's own Vietnamese label.
		const commune = page.getByRole('textbox', { name: fieldAt('product', ['commune'])?.label.vi ?? 'commune' });
		await expect.poll(() => commune.count(), { timeout: 20_000 }).toBe(1);
		await commune.fill('Phương Trung Mới');
		await page.getByRole('button', { name: 'Lưu' }).first().click();
		const file = 'content/products/non-thu-nghiem/product.yaml';
		await expect.poll(async () => text((await readCheckout(page))[file]), { timeout: 20_000 }).toContain('Phương Trung Mới');
		const after = await readCheckout(page);
		expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
		const was = yaml.load(text(before[file])) as Record<string, unknown>;
		const now = yaml.load(text(after[file])) as Record<string, unknown>;
		expect(now).toEqual(stripEmpty({ ...was, commune: 'Phương Trung Mới' }));
	});

	it("saves a changed story in the project's layout: story.vi.mdx changed, story.en.mdx kept, nothing else", async () => {
		await page.getByText('Câu chuyện sản phẩm', { exact: true }).first().click();
		await page.getByText('Nón lá thử nghiệm (non-thu-nghiem)').click();
		// The Vietnamese pane's fields, in the schema's order: name, summary, story.
		const summary = page.getByRole('textbox').nth(1);
		await expect.poll(() => summary.inputValue(), { timeout: 20_000 }).toBe('Sản phẩm thử nghiệm dùng trong kiểm thử.');
		await summary.fill('Tóm tắt mới, viết trong trình biên tập.');
		await page.getByRole('button', { name: 'Lưu' }).first().click();
		const vi = 'content/products/non-thu-nghiem/story.vi.mdx';
		const en = 'content/products/non-thu-nghiem/story.en.mdx';
		await expect.poll(async () => text((await readCheckout(page))[vi]), { timeout: 20_000 }).toContain('Tóm tắt mới');
		const after = await readCheckout(page);
		expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
		expect(text(after[vi])).toMatch(/^---\nname: Nón lá thử nghiệm\nsummary: Tóm tắt mới, viết trong trình biên tập\.\n---\n/);
		expect(text(after[vi])).toContain('Câu chuyện thử nghiệm về nón lá.');
		expect(text(after[en])).toContain('summary: A test product used by the test suite.');
		expect(text(after[en])).toContain('A test story about a conical hat.');
	});

	it('wrote content that passes the same content check as the build', async () => {
		const dir = join(TMP, 'form-editor-checkout');
		rmSync(dir, { recursive: true, force: true });
		for (const [path, b64] of Object.entries(await readCheckout(page))) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), Buffer.from(b64, 'base64'));
		}
		expect(checkContent(readContent(join(dir, 'content'), dir), AS_OF)).toEqual([]);
	});

	it('shows no console error and asks no other host for anything', () => {
		expect(consoleErrors).toEqual([]);
		expect(otherHosts).toEqual([]);
	});
});

/** The entry without empty lists (the editor leaves out empty optional fields; the schema defaults them to []). */
function stripEmpty(o: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(o).filter(([, v]) => !(Array.isArray(v) && v.length === 0)));
}
