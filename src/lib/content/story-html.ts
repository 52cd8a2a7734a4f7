/**
 * Rendered stories, kept as files in Astro's cache folder (`<cacheDir>/stories/<digest>.html`)
 * instead of inside Astro's content data store.
 *
 * Astro bundles its whole data store into the build as one JavaScript string (`JSON.parse("…")`).
 * At 13,000 products the store was 130 MB, 95 MB of it stories (their Markdown source, 39 MB, and
 * rendered HTML, 48 MB): Vite spent over a minute on that one module, and every copy of the string
 * stayed in memory. Stored here, a story's HTML is read from disk when its page is rendered, and
 * the store keeps only its front matter and the digest (a hash of the file) that names the HTML.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileWhole } from '../write-file.ts';
import { STORY_SCHEMA_KEY } from './story-sanitise.ts';

/** The folder of rendered stories under Astro's cache folder. */
export function storyHtmlDir(cacheDir: string): string {
	return join(cacheDir, 'stories');
}

/**
 * The file of the story with `digest`, named also by the allowlist it went through: a story
 * rendered under another allowlist is not found, so it is rendered (and sanitised) again.
 */
export function storyHtmlFile(dir: string, digest: string): string {
	return join(dir, `${digest}-${STORY_SCHEMA_KEY}.html`);
}

/** Whether the story with `digest` has been rendered. */
export function hasStoryHtml(dir: string, digest: string): boolean {
	return existsSync(storyHtmlFile(dir, digest));
}

/** Keeps a rendered story (written under a temporary name and renamed, so no half file is ever read). */
export function writeStoryHtml(dir: string, digest: string, html: string): void {
	writeFileWhole(storyHtmlFile(dir, digest), html);
}

/** Thrown when a story's HTML is not where the data store says; the fix is a clean build. */
export class StoryHtmlMissingError extends Error {
	override name = 'StoryHtmlMissingError';
}

/** The rendered HTML of the story with `digest`. */
export function readStoryHtml(dir: string, digest: string, id: string): string {
	const file = storyHtmlFile(dir, digest);
	try {
		return readFileSync(file, 'utf8');
	} catch {
		throw new StoryHtmlMissingError(
			`Câu chuyện ${id} chưa được dựng (${file} không có). Sửa: xoá thư mục node_modules/.astro rồi dựng lại. / The story ${id} has not been rendered (${file} is missing). Fix: delete node_modules/.astro and build again.`,
		);
	}
}
