/**
 * The content model, as plain zod schemas with no Astro imports, so that the same rules run in
 * `src/content.config.ts` (the Astro build), in `scripts/check-content.ts` (seconds, no build) and
 * in unit tests. Every field carries a bilingual description: it is what an editor reads when a
 * value is wrong, and what a future form CMS shows beside the field.
 */
import { z } from 'zod';

/** A text an editor writes once per language. English may be left out where the name is a proper noun. */
export const bilingual = z.object({
	vi: z.string().trim().min(1),
	en: z.string().trim().min(1),
});

/** A name in Vietnamese, with an optional English form (falls back to the Vietnamese one). */
export const localName = z.object({
	vi: z.string().trim().min(1),
	en: z.string().trim().min(1).optional(),
});

/** Machine ids used in file names and references: lower-case ASCII words joined by hyphens. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A calendar date written as YYYY-MM-DD (YAML turns it into a Date, a string is accepted too). */
export const isoDate = z.preprocess(
	(v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
	z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`))),
);

/** The six OCOP product groups. */
export const CATEGORIES = [1, 2, 3, 4, 5, 6] as const;
/** Producer kinds named by the programme. */
export const PRODUCER_KINDS = ['household', 'cooperative', 'enterprise'] as const;
/** Days in the order used by opening hours. */
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export const provinceSchema = z.object({
	/** File-name-like id of the province, e.g. `lam-dong`. */
	id: z.string().regex(idPattern),
	/** Official name: `{ vi: Lâm Đồng, en: Lam Dong }`. */
	name: bilingual,
	/** `city` for the six centrally-run cities, otherwise `province`. */
	kind: z.enum(['city', 'province']),
});

export const districtSchema = z.object({
	/** Name people know the district by, in both languages. */
	name: bilingual,
	/** Id of the current province (one of content/provinces.yaml). */
	province: z.string().regex(idPattern),
});

const phone = z.string().regex(/^[0-9 +().-]{6,20}$/);

export const producerSchema = z.object({
	/** Registered name of the producer (chủ thể OCOP). */
	name: localName,
	/** household, cooperative or enterprise. */
	kind: z.enum(PRODUCER_KINDS),
	/** Id of the district (file name in content/districts). */
	district: z.string().regex(idPattern),
	/** Commune, ward or town, as written in Vietnamese. */
	commune: z.string().trim().min(1),
	/** How buyers reach the producer. */
	contact: z
		.object({
			phone: phone.optional(),
			email: z.email().optional(),
			website: z.url().optional(),
		})
		.default({}),
	/** true when this producer is invented sample data, not a real one. */
	sample: z.boolean().default(false),
});

const hoursSchema = z.array(
	z.object({
		/** Days these hours apply to: mon … sun. */
		days: z.array(z.enum(DAYS)).min(1),
		/** Opening time, HH:MM. */
		open: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
		/** Closing time, HH:MM. */
		close: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
	}),
);

/** An OCOP centre or a sales point: both are places where products are shown and sold. */
export const placeSchema = z.object({
	/** Name in both languages. */
	name: bilingual,
	/** Id of the district (file name in content/districts). */
	district: z.string().regex(idPattern),
	/** Commune, ward or town, as written in Vietnamese. */
	commune: z.string().trim().min(1),
	/** Street address as written in Vietnamese. */
	address: z.string().trim().min(1),
	/** Opening hours. */
	hours: hoursSchema.min(1),
	/** Phone number. */
	phone: phone,
	/** Latitude and longitude in decimal degrees (Vietnam lies around 8–24 N, 102–110 E). */
	coordinates: z.object({
		lat: z.number().min(8).max(24),
		lng: z.number().min(102).max(110),
	}),
	/** true when the address, hours or phone are sample data. */
	sample: z.boolean().default(false),
});

/**
 * Product facts, written once in `content/products/<slug>/product.yaml`. `image` builds the schema
 * of an image path: Astro's `image()` in the build, a plain string outside it.
 */
export function productSchema<I extends z.ZodType>(image: I) {
	return z.object({
		/** Permanent product code, printed in QR labels as /p/<code>/. Never change or reuse it. */
		code: z.string().regex(/^[a-z0-9]{2,8}-[0-9]{1,5}$/),
		/** OCOP star rating: 3, 4 or 5. */
		stars: z.union([z.literal(3), z.literal(4), z.literal(5)]),
		/** OCOP product group, 1–6. */
		category: z.union(CATEGORIES.map((c) => z.literal(c))),
		/** Id of the producer (file name in content/producers). */
		producer: z.string().regex(idPattern),
		/** Id of the district (file name in content/districts). */
		district: z.string().regex(idPattern),
		/** Commune, ward or town where it is made, as written in Vietnamese. */
		commune: z.string().trim().min(1),
		/** The recognition decision. */
		certificate: z.object({
			/** Decision number, e.g. 1234/QĐ-UBND. */
			number: z.string().trim().min(1),
			/** Date of the decision, YYYY-MM-DD. */
			date: isoDate,
			/** Issuing body. */
			issuer: bilingual,
			/** Only if the certificate was revoked. */
			revoked: z
				.object({
					/** Date of the revocation, YYYY-MM-DD. */
					date: isoDate,
					/** Why it was revoked. */
					reason: bilingual,
				})
				.optional(),
		}),
		/** Price range in Vietnamese đồng. */
		price: z
			.object({
				min: z.number().int().positive(),
				max: z.number().int().positive(),
				/** What the price is for, e.g. "hộp 500 g" / "500 g box". */
				unit: bilingual,
			})
			.optional(),
		/** Packaging, in both languages. */
		packaging: bilingual.optional(),
		/** Standards the product meets, e.g. VietGAP, HACCP, ISO 22000. */
		standards: z.array(z.string().trim().min(1)).default([]),
		/** Ids of OCOP centres (content/centres) that show and sell it. */
		centres: z.array(z.string().regex(idPattern)).default([]),
		/** Ids of sales points (content/sales-points) that sell it. */
		salesPoints: z.array(z.string().regex(idPattern)).default([]),
		/** Online marketplaces. */
		marketplaces: z
			.array(z.object({ name: z.string().trim().min(1), url: z.url({ protocol: /^https$/ }) }))
			.default([]),
		/** Pictures: the first is the cover. Each has alt text in both languages. */
		images: z
			.array(
				z.object({
					/** Path of the picture beside product.yaml, e.g. ./cover.jpg */
					src: image,
					/** What the picture shows, for people who cannot see it. */
					alt: bilingual,
				}),
			)
			.min(1),
		/** true when this product and its certificate are invented sample data. */
		sample: z.boolean().default(false),
		/** Earlier folder names of this product; each keeps a redirect page at its old addresses. */
		formerSlugs: z.array(z.string().regex(idPattern).regex(/[a-z]/)).default([]),
	});
}

/** A product taken out of the catalogue, listed in `content/retired-products.yaml` so its QR permalink keeps working. */
export const retiredProductSchema = z.object({
	/** The product's permanent code; it can never be given to another product. */
	code: z.string().regex(/^[a-z0-9]{2,8}-[0-9]{1,5}$/),
	/** The product's name, in both languages. */
	name: bilingual,
	/** Id of the district (file name in content/districts) whose page visitors are sent to. */
	district: z.string().regex(idPattern),
	/** Day the product left the catalogue, YYYY-MM-DD. */
	date: isoDate,
	/** Why it left, in both languages. */
	reason: bilingual,
	/** true when this entry is invented sample data. */
	sample: z.boolean().default(false),
});

/** Front matter of a story file (story.vi.mdx / story.en.mdx). */
export const storySchema = z.object({
	/** Product name in this language. */
	name: z.string().trim().min(1),
	/** One or two sentences shown on cards and in search results. */
	summary: z.string().trim().min(1).max(300),
});

export type Province = z.infer<typeof provinceSchema>;
export type District = z.infer<typeof districtSchema>;
export type Producer = z.infer<typeof producerSchema>;
export type Place = z.infer<typeof placeSchema>;
export type ProductFacts = z.infer<ReturnType<typeof productSchema<z.ZodString>>>;
export type Story = z.infer<typeof storySchema>;
export type RetiredProduct = z.infer<typeof retiredProductSchema>;
