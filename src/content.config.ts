/**
 * The one place where the content model meets Astro. The schemas themselves live in
 * `src/lib/content/schema.ts` (no Astro imports) so the editors' check and the tests share them.
 * Content sits outside `src/`, in `content/` (or `OCOP_CONTENT_DIR` for test fixtures).
 */
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { file, glob, type Loader } from 'astro/loaders';
import {
	districtSchema,
	placeSchema,
	producerSchema,
	productSchema,
	provinceSchema,
	retiredProductSchema,
	storySchema,
} from './lib/content/schema.ts';
import { CONTENT_LAYOUT, STORY_GLOB, readRetired, storyId } from './lib/content/files.ts';
import { STORY_COMPONENTS } from './lib/check/index.ts';
import { contentDir } from './lib/config.ts';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storyHtmlDir, storyHtmlFile, writeStoryHtml } from './lib/content/story-html.ts';
import { CACHE_KINDS, CacheSeal, damageWarning } from './lib/build/cache-seal.ts';
import { sanitiseStoryHtml, STORY_PICTURES, storyPictureSources } from './lib/content/story-sanitise.ts';

// Loaders take paths relative to the project root; the content folder may be given absolute (test fixtures).
const base = (dir: string) => relative(process.cwd(), resolve(contentDir(), dir));
const byFileName = ({ entry }: { entry: string }) => entry.replace(/\.ya?ml$/, '');

/**
 * The stories, rendered to HTML once by the content layer when a file changes and kept in its data
 * store (Astro's cache folder), instead of each story being compiled as a Vite module and run on every
 * build: at 13,000 products, 26,000 MDX modules were most of the bundling time. The site offers no
 * story component yet (STORY_COMPONENTS is empty, and the content check refuses any other), so an
 * .mdx story is plain Markdown and is rendered by the Markdown pipeline, which gives the same HTML.
 * When a component is added, .mdx stories go back to MDX (compiled per build, as Vite modules), which
 * needs the allowlist (src/lib/content/story-sanitise.ts) in the MDX pipeline first: until then it throws.
 */
/** What Astro's Markdown file type offers a loader (not in Astro's public types). */
interface MarkdownEntryType {
	getRenderFunction?: (config: unknown) => Promise<(entry: unknown) => Promise<{ html: string } | undefined>>;
}

function storiesLoader(): Loader {
	const markdownOnly = STORY_COMPONENTS.size === 0;
	// Stories are sanitised here, on their HTML; MDX compiled as modules would bypass the allowlist.
	if (!markdownOnly) throw new Error('Story components need the allowlist (src/lib/content/story-sanitise.ts) in the MDX pipeline first.');
	const loader = glob({
		pattern: STORY_GLOB,
		base: base(CONTENT_LAYOUT.products),
		generateId: ({ entry }) => storyId(entry),
		deferRender: !markdownOnly,
		// The Markdown source stays in the files: nothing reads it from the store (39 MB at 13,000 products).
		retainBody: !markdownOnly,
	});
	return {
		name: 'ocop-stories',
		load: (context) => {
			// Astro hands the glob loader its file types by extension (not in the public type of the context).
			const { entryTypes } = context as typeof context & { entryTypes: Map<string, MarkdownEntryType> };
			const markdown = entryTypes.get('.md');
			if (!markdownOnly || !markdown?.getRenderFunction) return loader.load(context);
			const getRender = markdown.getRenderFunction;
			// The Markdown pipeline ends the HTML with a newline that MDX does not write: trimmed, pages stay byte-identical.
			// Every story then goes through the allowlist (story-sanitise.ts): nothing else reaches a page.
			const story: MarkdownEntryType = {
				...markdown,
				getRenderFunction: async (config) => {
					const render = await getRender(config);
					return async (entry) => {
						const rendered = await render(entry);
						return rendered && { ...rendered, html: sanitiseStoryHtml(rendered.html.trimEnd()) };
					};
				},
			};
			// The HTML goes to its own file (src/lib/content/story-html.ts), not into the data store that Vite bundles.
			const dir = storyHtmlDir(fileURLToPath(context.config.cacheDir));
			// A story whose HTML file is gone (a cache folder cleaned by hand) or damaged (checked against
			// the folder's manifest, src/lib/build/cache-seal.ts) is forgotten, so it is rendered again.
			const seal = new CacheSeal(dir, CACHE_KINDS.stories);
			for (const [id, entry] of context.store.entries()) {
				const file = entry.digest ? storyHtmlFile(dir, String(entry.digest)) : undefined;
				const damage = file ? seal.check(file) : undefined;
				if (damage) context.logger.warn(damageWarning(damage));
				if (!file || damage || !existsSync(file)) context.store.delete(id);
			}
			const store: typeof context.store = {
				...context.store,
				set: ({ rendered, ...given }) => {
					// A story's pictures are drawn by the site's picture pipeline, not imported as Astro assets.
					const entry = { ...given };
					delete entry.assetImports;
					if (rendered && entry.digest) {
						writeStoryHtml(dir, String(entry.digest), rendered.html);
						seal.record(storyHtmlFile(dir, String(entry.digest)), rendered.html);
						// The pictures of its folder the story shows, kept with its data: the catalogue describes
						// them and puts their hashes in the page keys (src/data/catalogue.ts `storyPictures`).
						const pictures = storyPictureSources(rendered.html);
						if (pictures.length) return context.store.set({ ...entry, data: { ...entry.data, [STORY_PICTURES]: pictures } });
					}
					return context.store.set(entry);
				},
			};
			return loader
				.load({ ...context, store, entryTypes: new Map([...entryTypes, ['.md', story], ['.mdx', story]]) } as typeof context)
				.finally(() => {
					// Stories kept from the last build and not known to the manifest yet are recorded as they
					// are; the manifest then lists only the stories the content holds now.
					const current: string[] = [];
					for (const entry of context.store.values()) {
						const file = entry.digest ? storyHtmlFile(dir, String(entry.digest)) : undefined;
						if (file && existsSync(file)) {
							seal.record(file);
							current.push(file);
						}
					}
					seal.retain(current);
					seal.save();
				});
		},
	};
}

export const collections = {
	provinces: defineCollection({
		loader: file(base(CONTENT_LAYOUT.provinces)),
		schema: provinceSchema,
	}),
	districts: defineCollection({
		loader: glob({ pattern: '*.yaml', base: base(CONTENT_LAYOUT.districts), generateId: byFileName }),
		schema: districtSchema,
	}),
	producers: defineCollection({
		loader: glob({ pattern: '*.yaml', base: base(CONTENT_LAYOUT.producers), generateId: byFileName }),
		schema: producerSchema,
	}),
	centres: defineCollection({
		loader: glob({ pattern: '*.yaml', base: base(CONTENT_LAYOUT.centres), generateId: byFileName }),
		schema: placeSchema,
	}),
	salesPoints: defineCollection({
		loader: glob({ pattern: '*.yaml', base: base(CONTENT_LAYOUT.salesPoints), generateId: byFileName }),
		schema: placeSchema,
	}),
	products: defineCollection({
		loader: glob({
			pattern: '*/product.yaml',
			base: base(CONTENT_LAYOUT.products),
			generateId: ({ entry }) => entry.split('/')[0] ?? entry,
		}),
		// Pictures are paths beside product.yaml, described and drawn by src/lib/media/pictures.ts (not Astro's image()).
		schema: productSchema(z.string()),
	}),
	// Stories may be plain Markdown (.md) or MDX (.mdx, for a story that needs a component), rendered by storiesLoader() above,
	// named story.<lang>.<ext> (the layout a git-based CMS writes); their ids are `<slug>/<lang>`.
	stories: defineCollection({
		loader: storiesLoader(),
		schema: storySchema,
	}),
	// Products taken out of the catalogue (retired-products.yaml, optional), by code: their QR permalinks stay alive.
	retiredProducts: defineCollection({
		loader: async () =>
			readRetired(contentDir()).map((entry) => {
				const data = entry.data as Record<string, unknown>;
				return { ...data, id: String(data['code']) };
			}),
		schema: retiredProductSchema,
	}),
};
