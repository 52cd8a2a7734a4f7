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
import { mediaUrl } from './config.ts';
import { codeHash } from './build/code-hash.ts';
import { siteMetaCsp } from './csp.ts';

/**
 * The code that makes a key and the story files pages read by hand (src/lib/build/code-hash.ts): Astro
 * compares each page's own code; a change here renders every page again.
 */
export const PAGE_KEY_CODE = ['src/lib/page-key.ts', 'src/lib/content/story-html.ts'];

/** This build's hash of PAGE_KEY_CODE (a module is loaded again when its code changes in `astro dev`). */
let code: string | undefined;

const hash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 27);

/**
 * The digest of each object already seen in this build. A product's view sits in its own page, in
 * lists, and in its producer's, district's and place's pages, about six times in all, both
 * languages twice that: it is serialised and hashed once, and then stands in the pages' keys by
 * its digest. Objects are taken by identity: the catalogue does not change during a build.
 */
const digests = new WeakMap<object, string>();

/** A plain object (not an array, Map or Set) that can stand for itself by its digest. */
const isRecord = (value: unknown): value is object =>
	value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Map) && !(value instanceof Set);

/**
 * Maps and Sets become lists; a picture's absolute file path is left out (the page shows its hash
 * and size, and the same checkout in another folder should reuse its pages); every object inside
 * the one being serialised is written as its digest.
 */
function replacer(key: string, value: unknown): unknown {
	if (key === 'file') return undefined;
	if (key !== '' && isRecord(value)) return `#${digestOf(value)}`;
	if (value instanceof Map) return [...value];
	if (value instanceof Set) return [...value];
	return value;
}

/** The digest of an object's contents, nested objects included (by their own digests). */
function digestOf(value: object): string {
	let digest = digests.get(value);
	if (digest === undefined) {
		digest = hash(JSON.stringify(value, replacer));
		digests.set(value, digest);
	}
	return digest;
}

/** The key of a page showing `parts`. */
export function pageKey(...parts: unknown[]): string {
	// Pages link pictures, social previews and QR files at MEDIA_URL when it is set (config.ts): a
	// page built with another MEDIA_URL is not the same page. Left out when unset, so keys stay.
	// Every page carries the policy of public/_headers (csp.ts), a file outside the module graph.
	const media = mediaUrl();
	code ??= codeHash(PAGE_KEY_CODE);
	return hash(JSON.stringify([code, siteMetaCsp(), ...(media ? [`media:${media}`] : []), ...parts], replacer));
}
