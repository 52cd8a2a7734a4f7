/**
 * The allowlist every story's HTML goes through before it reaches a page (hast-util-sanitize, the
 * sanitiser behind rehype-sanitize; its default schema is GitHub's), and the one definition of what
 * a story may hold: the renderer (src/content.config.ts) applies it, and the content check
 * (src/lib/check/story.ts) reports, from the same function, everything it would remove.
 *
 * The check also refuses the worst cases by name, but a list of what is forbidden always misses one
 * spelling (`&#106;avascript:`, `<svg><script>`, `<form action>` to another host…): here nothing
 * that is not listed survives, on any host, whether or not it sends the Content-Security-Policy.
 */
import { createHash } from 'node:crypto';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { codeHash } from '../build/code-hash.ts';

/** URL schemes a story's link may use; anything else (javascript:, data:, vbscript:, file:…) is removed. */
export const LINK_PROTOCOLS = ['http', 'https', 'mailto', 'tel'] as const;

/** A scheme no URL has: a picture's `src` may hold no scheme at all, only a path (see storyPictureAllowed). */
const NO_SCHEME = 'ocop-no-scheme';

/** Elements of GitHub's list a story does not need and that load or submit things: <picture>/<source> (srcset to any host), <input>. */
const LEFT_OUT = new Set(['picture', 'source', 'input']);

/**
 * What a story may hold: GitHub's allowlist, narrowed. Links only to `https:`, `http:`, `mailto:`,
 * `tel:` or a path of the site; pictures only by a path (then storyPictureAllowed: in the story's
 * own folder); no <picture>, <source>, <input>, no `longDesc`; <script> and <style> removed with
 * their text (their text is code, not story).
 */
export const STORY_SCHEMA: Schema = {
	...defaultSchema,
	tagNames: (defaultSchema.tagNames ?? []).filter((name) => !LEFT_OUT.has(name)),
	attributes: Object.fromEntries(
		Object.entries(defaultSchema.attributes ?? {})
			.filter(([tag]) => !LEFT_OUT.has(tag))
			.map(([tag, attrs]) => [tag, tag === 'img' ? attrs.filter((a) => a !== 'longDesc') : attrs]),
	),
	required: {},
	protocols: { href: [...LINK_PROTOCOLS], cite: ['http', 'https'], src: [NO_SCHEME] },
	strip: ['script', 'style'],
	// Ids and names a story writes could clash with the page's own (`main`, the skip link's target):
	// they are prefixed, as GitHub does.
	clobberPrefix: 'story-',
};

/**
 * A picture in a story may only be a file of the story's own folder (`cover.jpg`, `./photos/a.webp`):
 * no scheme, no host, no absolute path, no way up (`..`), so a story can make no request to
 * another site and show nothing that is not in its product folder.
 */
export function storyPictureAllowed(src: unknown): boolean {
	if (typeof src !== 'string' || !src) return false;
	const path = src.replace(/^\.\//, '');
	return /^[^/\\:?#]/.test(path) && !path.split(/[/\\]/).includes('..') && !/[\\:]/.test(path);
}

/** Removes pictures that are not files of the story's folder (whole: a picture with no source is only a broken box). */
function dropForeignPictures(parent: { children: RootContent[] }) {
	parent.children = parent.children.filter(
		(child) => child.type !== 'element' || child.tagName !== 'img' || storyPictureAllowed(child.properties['src']),
	);
	for (const child of parent.children) if (child.type === 'element') dropForeignPictures(child);
}

/**
 * Astro's Markdown pipeline turns a picture of the story's folder (`![alt](cover.jpg)`) into an
 * `<img __ASTRO_IMAGE_="{src, alt, …}">` placeholder for its own image service, which the allowlist
 * would strip to nothing: it is turned back into `<img src alt title>`, for the allowlist to judge
 * and the page to draw through the site's picture pipeline (src/lib/media/pictures.ts `storyPicturesHtml`).
 */
function restoreMarkdownPictures(parent: { children: RootContent[] }) {
	for (const child of parent.children) {
		if (child.type !== 'element') continue;
		if (child.tagName === 'img') {
			const key = Object.keys(child.properties).find((name) => name.toLowerCase() === '__astro_image_');
			if (key !== undefined) {
				let image: { src?: unknown; alt?: unknown; title?: unknown } = {};
				try {
					image = JSON.parse(String(child.properties[key])) as typeof image;
				} catch {
					// not Astro's placeholder after all: the allowlist removes the attribute
				}
				delete child.properties[key];
				for (const name of ['src', 'alt', 'title'] as const) {
					const value = image[name];
					if (typeof value === 'string') child.properties[name] = value;
				}
			}
		}
		restoreMarkdownPictures(child);
	}
}

/** The story tree as pages get it: sanitised by STORY_SCHEMA, pictures only from the story's folder. */
export function sanitiseStoryTree(tree: Root): Root {
	restoreMarkdownPictures(tree);
	const clean = sanitize(tree, STORY_SCHEMA) as Root;
	dropForeignPictures(clean);
	return clean;
}

/** A story's rendered HTML, as pages get it. */
export function sanitiseStoryHtml(html: string): string {
	return toHtml(sanitiseStoryTree(fromHtml(html, { fragment: true })));
}

/**
 * Changes whenever the allowlist does, so that stories rendered under another one are rendered again
 * (it names their cached HTML, src/lib/content/story-html.ts): the schema as it is (with the
 * sanitiser package's defaults) and this file's source. Its source, not its functions' text: the
 * content config and the pages run this module through different transforms, whose text differs.
 */
export const STORY_SCHEMA_KEY = createHash('sha1')
	.update(JSON.stringify(STORY_SCHEMA, (_, v: unknown) => (v instanceof RegExp ? String(v) : v)))
	.update(codeHash(['src/lib/content/story-sanitise.ts']))
	.digest('hex')
	.slice(0, 8);

/** The field of a story's data in Astro's store that lists the pictures it shows (storyPictureSources); not written by editors. */
export const STORY_PICTURES = 'pictures';

/**
 * The pictures of its own folder that a story's sanitised HTML shows, by the address it wrote
 * (`cover.jpg`, `./anh/1.webp`), each once, in order.
 */
export function storyPictureSources(html: string): string[] {
	const found = new Set<string>();
	for (const m of html.matchAll(/<img\b[^>]*?\ssrc="([^"]*)"/g)) {
		const src = (m[1] ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"');
		if (storyPictureAllowed(src)) found.add(src);
	}
	return [...found];
}

/** Something the sanitiser removes from a story, where the editor wrote it. */
export type Removal =
	| { kind: 'element'; tag: string; line: number }
	| { kind: 'attribute'; tag: string; name: string; value: string; line: number }
	| { kind: 'url'; tag: string; name: string; value: string; line: number };

const URL_PROPERTIES = new Set(['href', 'src', 'cite', 'action', 'formAction', 'poster', 'srcSet', 'data', 'longDesc', 'background']);

/** The element's name as written in HTML (hast spells attributes as DOM properties: className, srcSet). */
function attributeName(property: string): string {
	if (property === 'className') return 'class';
	if (property === 'htmlFor') return 'for';
	if (/^data[A-Z]/.test(property)) return `data-${property.slice(4).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
	return property.toLowerCase();
}

const valueText = (v: unknown) => (Array.isArray(v) ? v.join(' ') : v === true ? '' : String(v ?? ''));

function elementsByPlace(tree: Root): Map<string, Element> {
	const found = new Map<string, Element>();
	const walk = (parent: { children: RootContent[] }) => {
		for (const child of parent.children) {
			if (child.type !== 'element') continue;
			const start = child.position?.start.offset;
			if (start !== undefined) found.set(`${start}:${child.tagName}`, child);
			walk(child);
			if (child.tagName === 'template' && 'content' in child) walk(child.content as Root);
		}
	};
	walk(tree);
	return found;
}

/**
 * Everything sanitiseStoryTree() removes from `tree` (a story as HTML, with the source positions
 * of what the editor wrote): the same function is run and its result compared, so the check and
 * the pages can never disagree. Elements made by the Markdown pipeline (no position) are left out.
 */
export function storyRemovals(tree: Root): Removal[] {
	const before = elementsByPlace(tree);
	const after = elementsByPlace(sanitiseStoryTree(structuredClone(tree)));
	const removals: Removal[] = [];
	for (const [place, element] of before) {
		const line = element.position?.start.line ?? 1;
		const tag = element.tagName;
		const kept = after.get(place);
		if (!kept) {
			const src = element.properties['src'];
			if (tag === 'img' && src !== undefined && !storyPictureAllowed(src))
				removals.push({ kind: 'url', tag, name: 'src', value: valueText(src), line });
			else removals.push({ kind: 'element', tag, line });
			continue;
		}
		for (const [property, value] of Object.entries(element.properties)) {
			if (value === undefined || value === null || value === false) continue;
			const now = kept.properties[property];
			// Ids and names are kept with a prefix (clobberPrefix), not removed.
			if (now !== undefined && (valueText(now) === valueText(value) || valueText(now) === `${STORY_SCHEMA.clobberPrefix}${valueText(value)}`))
				continue;
			const name = attributeName(property);
			const kind = URL_PROPERTIES.has(property) && now === undefined && (STORY_SCHEMA.attributes?.[tag] ?? []).includes(property) ? 'url' : 'attribute';
			removals.push({ kind, tag, name, value: valueText(value), line });
		}
	}
	return removals.sort((a, b) => a.line - b.line);
}
