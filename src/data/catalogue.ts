/**
 * Loads every collection once per build and resolves the catalogue. Pages import `catalogue()`
 * and never call `getCollection` themselves, so a build does the work once, not once per page.
 */
import { getCollection, getEntry } from 'astro:content';
import { dirname, resolve } from 'node:path';
import { buildCatalogue, type Catalogue, type ProductView } from '../lib/catalogue.ts';
import { asOfDate } from '../lib/certificate.ts';
import { cacheDir } from '../lib/config.ts';
import { PictureSources, type PictureSource } from '../lib/media/pictures.ts';
import { pageKey } from '../lib/page-key.ts';
import { readStoryHtml, storyHtmlDir } from '../lib/content/story-html.ts';
import { STORY_PICTURES } from '../lib/content/story-sanitise.ts';

/** The site's catalogue type: product pictures are described photos (src/lib/media/pictures.ts). */
export type SiteCatalogue = Catalogue<PictureSource>;
/** A product as pages see it. */
export type SiteProduct = ProductView<PictureSource>;

let loading: Promise<SiteCatalogue> | undefined;
let digest: string | undefined;
const storyDigests = new Map<string, string | undefined>();
const storyPictureSources = new Map<string, Map<string, PictureSource>>();

/** The catalogue, loaded on first use and shared by every page of the build. */
export function catalogue(): Promise<SiteCatalogue> {
	loading ??= (async () => {
		const [provinces, districts, producers, centres, salesPoints, products, stories, retired] = await Promise.all([
			getCollection('provinces'),
			getCollection('districts'),
			getCollection('producers'),
			getCollection('centres'),
			getCollection('salesPoints'),
			getCollection('products'),
			getCollection('stories'),
			getCollection('retiredProducts'),
		]);
		// Each picture's path beside its product.yaml, made absolute, then described once for the whole
		// catalogue: the build's pictures integration has already read them (at build start), so this
		// only checks sizes and modification times against its manifest.
		const fileOf = (product: (typeof products)[number], src: string) => resolve(dirname(resolve(product.filePath ?? '')), src);
		// The pictures stories show (`![alt](cover.jpg)`, listed by the stories' loader, src/content.config.ts), by story id.
		const productsBySlug = new Map(products.map((p) => [p.id, p]));
		const storyFiles = new Map<string, Map<string, string>>();
		for (const story of stories) {
			const product = productsBySlug.get(story.id.split('/')[0] ?? '');
			const srcs = (story.data as { [STORY_PICTURES]?: string[] })[STORY_PICTURES] ?? [];
			if (product && srcs.length) storyFiles.set(story.id, new Map(srcs.map((src) => [src, fileOf(product, src)])));
		}
		const sources = new PictureSources(resolve(cacheDir()));
		const described = await sources.describe([
			...products.flatMap((p) => p.data.images.map((img) => fileOf(p, img.src))),
			...[...storyFiles.values()].flatMap((files) => [...files.values()]),
		]);
		sources.save();
		for (const [id, files] of storyFiles)
			storyPictureSources.set(id, new Map([...files].map(([src, file]) => [src, described.get(file) as PictureSource])));
		const withPictures = products.map((p) => ({
			...p,
			data: { ...p.data, images: p.data.images.map((img) => ({ ...img, src: described.get(fileOf(p, img.src)) as PictureSource })) },
		}));
		// A story's digest, with the hashes of the pictures it shows: a page is rendered again when one of them changes.
		for (const story of stories) {
			const pictures = [...(storyPictureSources.get(story.id)?.values() ?? [])].map((p) => p.hash);
			storyDigests.set(story.id, story.digest === undefined ? undefined : [String(story.digest), ...pictures].join(':'));
		}
		// Everything the content says, in one hash (entries by their file digests where the loader gives one).
		digest = pageKey(
			asOfDate(),
			[provinces, districts, producers, centres, salesPoints, products, stories].map((entries) =>
				entries.map((e) => [e.id, e.digest ?? e.data]),
			),
			retired.map((e) => e.data),
			[...described.values()].map((p) => p.hash),
		);
		return buildCatalogue<PictureSource>(
			{ provinces, districts, producers, centres, salesPoints, products: withPictures, stories },
			asOfDate(),
		);
	})();
	return loading;
}

/** The digest of the whole content of this build (for the keys of pages that read across the catalogue). */
export async function catalogueDigest(): Promise<string> {
	await catalogue();
	return digest as string;
}

/** The digests of a product's stories (what its pages show of them), for page keys. */
export function productStoryDigests(slug: string): [string | undefined, string | undefined] {
	return [storyDigests.get(`${slug}/vi`), storyDigests.get(`${slug}/en`)];
}

/** The pictures of its folder a story shows, by the address it wrote, described (for src/lib/media/pictures.ts `storyPicturesHtml`). */
export function storyPictures(id: string): ReadonlyMap<string, PictureSource> {
	return storyPictureSources.get(id) ?? new Map();
}

/** The story entry of a product in a language, for `render()`. */
export function storyEntry(slug: string, locale: 'vi' | 'en') {
	return getEntry('stories', `${slug}/${locale}`);
}

const storiesDir = storyHtmlDir(resolve(cacheDir()));

/**
 * The rendered HTML of a story entry, kept beside the data store (src/lib/content/story-html.ts); undefined
 * when the story is rendered on the page instead (an MDX story, once story components exist).
 */
export function storyHtml(entry: {
	id: string;
	digest?: string | number | undefined;
	deferredRender?: boolean | undefined;
}): string | undefined {
	if (entry.deferredRender || entry.digest === undefined) return undefined;
	return readStoryHtml(storiesDir, String(entry.digest), entry.id);
}

/** `getStaticPaths` result of the product pages: one per product, the product as a prop. */
export async function productPaths() {
	const { products } = await catalogue();
	return products.map((product) => ({ params: { slug: product.slug }, props: { product } }));
}
