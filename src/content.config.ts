/**
 * The one place where the content model meets Astro. The schemas themselves live in
 * `src/lib/schema.ts` (no Astro imports) so the editors' check and the tests share them.
 * Content sits outside `src/`, in `content/` (or `OCOP_CONTENT_DIR` for test fixtures).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
	districtSchema,
	placeSchema,
	producerSchema,
	productSchema,
	provinceSchema,
	retiredProductSchema,
	storySchema,
} from './lib/schema.ts';
import { CONTENT_LAYOUT, STORY_GLOB, readRetired, storyId } from './lib/content-files.ts';
import { contentDir } from './lib/config.ts';
import { relative, resolve } from 'node:path';

// Loaders take paths relative to the project root; the content folder may be given absolute (test fixtures).
const base = (dir: string) => relative(process.cwd(), resolve(contentDir(), dir));
const byFileName = ({ entry }: { entry: string }) => entry.replace(/\.ya?ml$/, '');

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
		schema: ({ image }) => productSchema(image()),
	}),
	// Stories may be plain Markdown (.md, faster to build) or MDX (.mdx, when a story needs a component),
	// named story.<lang>.<ext> (the layout a git-based CMS writes); their ids are `<slug>/<lang>`.
	stories: defineCollection({
		loader: glob({
			pattern: STORY_GLOB,
			base: base(CONTENT_LAYOUT.products),
			generateId: ({ entry }) => storyId(entry),
			deferRender: true,
		}),
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
