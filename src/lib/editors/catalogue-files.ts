/**
 * The catalogue built from the content folder on disk, without Astro, for command-line tools
 * (`npm run report`): the same files the build reads (content-files.ts), the same schemas
 * (schema.ts) and the same `buildCatalogue`, so a command and a page show the same thing. Picture
 * paths stay plain strings. Content that fails the editors' check is refused with its problems.
 */
import { z } from 'zod';
import { buildCatalogue, type Catalogue, type CatalogueInput, type Entry, type Facts } from '../catalogue.ts';
import { checkContent, type Problem, type RawContent, type RawFile } from '../check/index.ts';
import { districtSchema, placeSchema, producerSchema, productSchema, provinceSchema, storySchema } from '../content/schema.ts';

/** Thrown when the content has problems: the report would be about content the site refuses. */
export class ContentProblems extends Error {
	override name = 'ContentProblems';
	readonly problems: Problem[];
	constructor(problems: Problem[]) {
		super(`${problems.length} problem(s) in the content (run npm run check:content)`);
		this.problems = problems;
	}
}

const parseAll = <T>(files: readonly RawFile[], schema: z.ZodType<T>): Entry<T>[] =>
	files.map((f) => ({ id: f.id, data: schema.parse(f.data) }));

/** The catalogue of `raw` (from readContent) as of `asOf`; throws ContentProblems when the content check fails. */
export function catalogueFromContent(raw: RawContent, asOf: string): Catalogue<string> {
	const problems = checkContent(raw, asOf);
	if (problems.length) throw new ContentProblems(problems);
	const stories: CatalogueInput<string>['stories'] = [];
	for (const p of raw.products) {
		for (const lang of ['vi', 'en'] as const) {
			const story = p.stories[lang];
			if (story) stories.push({ id: `${p.id}/${lang}`, data: storySchema.parse(story.data) });
		}
	}
	return buildCatalogue<string>(
		{
			provinces: raw.provinces.map((f) => ({ id: f.id, data: provinceSchema.parse(f.data) })),
			districts: parseAll(raw.districts, districtSchema),
			producers: parseAll(raw.producers, producerSchema),
			centres: parseAll(raw.centres, placeSchema),
			salesPoints: parseAll(raw.salesPoints, placeSchema),
			products: raw.products.map((p) => ({ id: p.id, data: productSchema(z.string()).parse(p.data) as Facts<string> })),
			stories,
		},
		asOf,
	);
}
