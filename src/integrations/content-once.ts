/**
 * The editors' content folder read once per build process and shared by the integrations that need
 * it (content check, moved pages, social pictures, QR files), instead of each reading it again.
 * At 13,000 products each read costs seconds; the content layer still reads the files for Astro.
 */
import { resolve } from 'node:path';
import { FileCache } from '../lib/content/file-cache.ts';
import { cacheFiles } from '../lib/check/render.ts';
import type { RawContent } from '../lib/check/index.ts';
import { readContent } from '../lib/content/files.ts';
import { cacheDir, contentDir } from '../lib/config.ts';

const read = new Map<string, RawContent>();

/** The content folder of this build (`OCOP_CONTENT_DIR` or `content`) under `root`, read on first use. */
export function buildContent(root: string): RawContent {
	const dir = resolve(root, contentDir());
	let content = read.get(dir);
	if (!content) {
		// Through the content check's cache of parsed files, in Astro's cache folder for this content.
		const cache = new FileCache(cacheFiles(resolve(root, cacheDir())).parsed);
		content = readContent(dir, root, { cache });
		cache.save();
		read.set(dir, content);
	}
	return content;
}

/** Forgets what was read, so that `astro dev` sees edits: called when a build or a dev server starts. */
export function forgetContent(): void {
	read.clear();
}
