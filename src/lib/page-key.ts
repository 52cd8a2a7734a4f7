/**
 * Keys of Astro's incremental build (`experimental.incrementalBuild`): a page whose key and code are
 * those of the previous build is not rendered again, its last output is reused. A key must change
 * whenever anything the page shows changes, so it is a hash of everything the page is given (its
 * data, the as-of day, the stories it shows) — never a hand-picked list of fields, which would
 * miss the next field a page starts to show. Pages whose view reads the catalogue beyond its data
 * (lists of districts, places, producers) get the digest of the whole content instead; pages that
 * read files or settings outside the content (the editors' guide, the form editor) get no key and
 * are always rendered.
 */
import { createHash } from 'node:crypto';

/** Bump to render every page again (e.g. after a change outside the code's module graph). */
export const PAGE_KEY_VERSION = '1';

/**
 * Maps and Sets become lists; a picture's absolute file path is left out (the page shows its hash
 * and size, and the same checkout in another folder should reuse its pages).
 */
function replacer(key: string, value: unknown): unknown {
	if (key === 'file') return undefined;
	if (value instanceof Map) return [...value];
	if (value instanceof Set) return [...value];
	return value;
}

/** The key of a page showing `parts`. */
export function pageKey(...parts: unknown[]): string {
	return createHash('sha256')
		.update(JSON.stringify([PAGE_KEY_VERSION, ...parts], replacer))
		.digest('base64url')
		.slice(0, 27);
}
