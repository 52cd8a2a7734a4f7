import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeHash } from '../../src/lib/build/code-hash.ts';
import { CHECK_CODE } from '../../src/lib/check/unit-cache.ts';
import { PARSED_BY } from '../../src/lib/content/file-cache.ts';
import { PICTURE_DRAWING } from '../../src/lib/media/pictures.ts';
import { PAGE_KEY_CODE } from '../../src/lib/page-key.ts';
import { QR_DRAWING } from '../../src/integrations/qr-files.ts';
import { SOCIAL_DRAWING } from '../../src/integrations/social-images.ts';
import { INDEX_CODE } from '../../src/integrations/search-index.ts';

const copies: string[] = [];
/** A temporary copy of the project's code (src/ and the lockfile), to change. */
function copy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'ocop-code-hash-'));
	copies.push(dir);
	cpSync('src', join(dir, 'src'), { recursive: true });
	cpSync('package-lock.json', join(dir, 'package-lock.json'));
	return dir;
}
afterAll(() => {
	for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

const CACHES = {
	'social previews': SOCIAL_DRAWING,
	'QR files': QR_DRAWING,
	'product pictures': PICTURE_DRAWING,
	'kept search index': INDEX_CODE,
	'page keys': PAGE_KEY_CODE,
	'parsed files of the content check': PARSED_BY,
	"content check's findings": CHECK_CODE,
};

describe('cache keys from the code they depend on', () => {
	it('is the same for the same code, wherever the checkout is', () => {
		const a = copy();
		const b = copy();
		for (const files of Object.values(CACHES)) expect(codeHash(files, a)).toBe(codeHash(files, b));
	});

	for (const [cache, files] of Object.entries(CACHES)) {
		it(`misses the ${cache} when the module that makes them changes in a copy`, () => {
			const dir = copy();
			const before = codeHash(files, dir);
			appendFileSync(join(dir, files[0] as string), '\n// changed\n');
			expect(codeHash(files, dir)).not.toBe(before);
		});
	}

	it('misses when a module the drawing imports changes, and not when an unrelated one does', () => {
		const dir = copy();
		const pictures = codeHash(PICTURE_DRAWING, dir);
		const social = codeHash(SOCIAL_DRAWING, dir);
		// pictures.ts writes its files through write-file.ts: a change there is a change to the pictures' code.
		appendFileSync(join(dir, 'src/lib/write-file.ts'), '\n// changed\n');
		expect(codeHash(PICTURE_DRAWING, dir)).not.toBe(pictures);
		expect(codeHash(SOCIAL_DRAWING, dir)).toBe(social);
		// The check reads the schema through its imports: a drawing change keeps its cache, a schema change does not.
		const check = codeHash(CHECK_CODE, dir);
		appendFileSync(join(dir, 'src/lib/media/social-drawing.ts'), '\n// redrawn\n');
		expect(codeHash(CHECK_CODE, dir)).toBe(check);
		appendFileSync(join(dir, 'src/lib/content/schema.ts'), '\n// changed\n');
		expect(codeHash(CHECK_CODE, dir)).not.toBe(check);
	});
});
