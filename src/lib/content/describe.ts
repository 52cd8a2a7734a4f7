/**
 * Walks the content model (`schema.ts`) and lists every field with what a form, a scaffolder, the
 * content check and the guide need: its path, label and help in both languages, whether it is
 * required, what kind of value it holds, its pattern, choices and the kind of content it refers to.
 * This is the API the form editor's configuration, the scaffolder and the field reference are
 * generated from; keep it stable.
 *
 *     describeSchema('product').find((f) => f.path === 'district')
 *     // { path: 'district', type: 'reference', ref: 'district', required: true, label: { vi: 'Huyện', … }, … }
 */
import { z } from 'zod';
import {
	datePattern,
	districtSchema,
	placeSchema,
	producerSchema,
	productSchema,
	provinceSchema,
	retiredProductSchema,
	storySchema,
	type Bilingual,
	type FieldMeta,
	type RefTarget,
} from './schema.ts';

/** The kinds of content, each with its own schema (centres and sales points share one). */
export const CONTENT_KINDS = ['province', 'district', 'producer', 'centre', 'salesPoint', 'product', 'retired', 'story'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** What kind of value a field holds; for a list (`multiple`), the kind of each item. */
export type FieldType =
	| 'text' // a one-line string
	| 'number'
	| 'integer'
	| 'boolean'
	| 'date' // YYYY-MM-DD
	| 'choice' // one of `options`
	| 'bilingual' // { vi, en }, both required
	| 'localName' // { vi, en? }: English optional
	| 'reference' // the id of another entry, of kind `ref`
	| 'image' // a picture file beside product.yaml
	| 'email'
	| 'url'
	| 'object'; // a group of the fields listed after it, whose paths start with this one's

/** One field of a content kind. */
export interface FieldDescription {
	/** Dotted path; `*` stands for every item of a list: `images.*.alt`. */
	path: string;
	/** Last part of the path: the YAML key. */
	key: string;
	label: Bilingual;
	help: Bilingual;
	/** A value that passes, when the schema gives one. */
	example?: unknown;
	/** Must be written: not optional and without a default. */
	required: boolean;
	/** The value when the field is left out, if it has one. */
	default?: unknown;
	type: FieldType;
	/** True for a list of `type` values. */
	multiple: boolean;
	/** Fewest items of a list, when it must have some. */
	minItems?: number;
	/** Regular expression a text must match (JavaScript syntax, anchored). */
	pattern?: string;
	/** The allowed values of a `choice`. */
	options?: ReadonlyArray<string | number>;
	/** Bounds of a number, of a text's length. */
	min?: number;
	max?: number;
	/** For a `reference`: the kind of content whose ids it holds. */
	ref?: RefTarget;
}

/** A product's picture path outside Astro: a file beside product.yaml. */
export const imagePath = z.string().regex(/^\.\/[^/]+\.(jpe?g|png|webp|avif)$/i);

/** The zod schema of each content kind, as checked outside Astro. */
export const SCHEMAS = {
	province: provinceSchema,
	district: districtSchema,
	producer: producerSchema,
	centre: placeSchema,
	salesPoint: placeSchema,
	product: productSchema(imagePath),
	retired: retiredProductSchema,
	story: storySchema,
} as const satisfies Record<ContentKind, z.ZodType>;

type Def = { type: string; [key: string]: unknown };
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;
const checks = (s: z.ZodType) =>
	((def(s)['checks'] as Array<{ _zod: { def: Record<string, unknown> } }> | undefined) ?? []).map((c) => c._zod.def);

/**
 * The regular expression of a string's regex checks: several (all must match) are joined as
 * look-aheads into one anchored expression, so that a form can check them as one pattern.
 */
function patternOf(cs: ReadonlyArray<Record<string, unknown>>): string | undefined {
	const patterns = cs.filter((c) => c['format'] === 'regex').map((c) => (c['pattern'] as RegExp).source);
	if (patterns.length < 2) return patterns[0];
	return `^${patterns.map((p) => (p.startsWith('^') ? `(?=${p})` : `(?=.*?(?:${p}))`)).join('')}`;
}

function metaOf(s: z.ZodType): FieldMeta | undefined {
	const m = z.globalRegistry.get(s) as unknown as Partial<FieldMeta> | undefined;
	return m?.label && m.help ? (m as FieldMeta) : undefined;
}

const isBilingualShape = (shape: Record<string, z.ZodType>) => {
	const keys = Object.keys(shape).sort().join();
	return keys === 'en,vi';
};

/** Strips optional/default wrappers, noting what they say. */
function unwrap(s: z.ZodType): { inner: z.ZodType; optional: boolean; default?: unknown; meta?: FieldMeta } {
	let optional = false;
	let dflt: unknown;
	let meta = metaOf(s);
	let cur = s;
	for (;;) {
		const d = def(cur);
		if (d.type === 'optional') optional = true;
		else if (d.type === 'default') {
			optional = true;
			dflt = typeof d['defaultValue'] === 'function' ? (d['defaultValue'] as () => unknown)() : d['defaultValue'];
		} else break;
		cur = d['innerType'] as z.ZodType;
		meta ??= metaOf(cur);
	}
	return { inner: cur, optional, ...(dflt !== undefined ? { default: dflt } : {}), ...(meta ? { meta } : {}) };
}

/** The description of one value schema (not a list). */
function valueType(
	s: z.ZodType,
	meta: FieldMeta | undefined,
): Pick<FieldDescription, 'type' | 'pattern' | 'options' | 'min' | 'max' | 'ref'> {
	const d = def(s);
	if (meta?.ref) {
		const pattern = patternOf(checks(s));
		return { type: 'reference', ref: meta.ref, ...(pattern ? { pattern } : {}) };
	}
	switch (d.type) {
		case 'pipe': {
			const out = def(d['out'] as z.ZodType);
			const pattern = (out['checks'] as Array<{ _zod: { def: Record<string, unknown> } }> | undefined)
				?.map((c) => c._zod.def)
				.find((c) => c['format'] === 'regex')?.['pattern'] as RegExp | undefined;
			if (pattern?.source === datePattern.source) return { type: 'date', pattern: pattern.source };
			return valueType(d['out'] as z.ZodType, undefined);
		}
		case 'string': {
			const cs = checks(s);
			const format =
				(d['format'] as string | undefined) ??
				(cs.find((c) => c['check'] === 'string_format' && c['format'] !== 'regex')?.['format'] as string | undefined);
			if (format === 'email') {
				// zod's own expression for an address (stricter than a browser's), so a form refuses what the check would.
				const email = ((d['format'] === 'email' ? d : cs.find((c) => c['format'] === 'email'))?.['pattern'] as RegExp | undefined)?.source;
				return { type: 'email', ...(email ? { pattern: email } : {}) };
			}
			if (format === 'url') return { type: 'url' };
			const pattern = patternOf(cs);
			const min = cs.find((c) => c['check'] === 'min_length')?.['minimum'] as number | undefined;
			const max = cs.find((c) => c['check'] === 'max_length')?.['maximum'] as number | undefined;
			if (pattern === datePattern.source) return { type: 'date', pattern };
			return {
				type: 'text',
				...(pattern ? { pattern } : {}),
				...(min !== undefined ? { min } : {}),
				...(max !== undefined ? { max } : {}),
			};
		}
		case 'number': {
			const cs = checks(s);
			const integer = cs.some((c) => c['format'] === 'safeint') || d['format'] === 'safeint';
			const min = cs.find((c) => c['check'] === 'greater_than')?.['value'] as number | undefined;
			const max = cs.find((c) => c['check'] === 'less_than')?.['value'] as number | undefined;
			const positive = cs.some((c) => c['check'] === 'greater_than' && c['value'] === 0 && c['inclusive'] === false);
			return {
				type: integer ? 'integer' : 'number',
				...(min !== undefined ? { min: positive ? 1 : min } : {}),
				...(max !== undefined ? { max } : {}),
			};
		}
		case 'boolean':
			return { type: 'boolean' };
		case 'enum':
			return { type: 'choice', options: Object.values(d['entries'] as Record<string, string>) };
		case 'union': {
			const options = (d['options'] as z.ZodType[]).flatMap((o) => (def(o)['values'] as Array<string | number> | undefined) ?? []);
			return { type: 'choice', options };
		}
		case 'object': {
			const shape = d['shape'] as Record<string, z.ZodType>;
			if (isBilingualShape(shape)) return { type: unwrap(shape['en'] as z.ZodType).optional ? 'localName' : 'bilingual' };
			return { type: 'object' };
		}
		default:
			// Astro's image() in the build; a path string outside it.
			return { type: 'image' };
	}
}

function walk(
	shape: Record<string, z.ZodType>,
	prefix: string,
	out: FieldDescription[],
	missing: string[],
	imageField: string | undefined,
) {
	for (const [key, schema] of Object.entries(shape)) {
		const path = prefix ? `${prefix}.${key}` : key;
		const { inner, optional, meta, ...rest } = unwrap(schema);
		let value = inner;
		let multiple = false;
		let minItems: number | undefined;
		let valueMeta = meta;
		if (def(inner).type === 'array') {
			multiple = true;
			minItems = checks(inner).find((c) => c['check'] === 'min_length')?.['minimum'] as number | undefined;
			const item = unwrap(def(inner)['element'] as z.ZodType);
			value = item.inner;
			valueMeta ??= item.meta;
		}
		if (!meta) {
			missing.push(path);
			continue;
		}
		let type = valueType(value, valueMeta);
		if (path === imageField) type = { type: 'image' };
		out.push({
			path,
			key,
			label: meta.label,
			help: meta.help,
			...(meta.example !== undefined ? { example: meta.example } : {}),
			required: !optional,
			...('default' in rest ? { default: rest.default } : {}),
			...type,
			multiple,
			...(minItems !== undefined ? { minItems } : {}),
		});
		if (type.type === 'object')
			walk(def(value)['shape'] as Record<string, z.ZodType>, multiple ? `${path}.*` : path, out, missing, imageField);
	}
}

/** The fields of any object schema built like the content schemas, and the paths of those without a description. */
export function describeObject(schema: z.ZodType, imageField?: string): { fields: FieldDescription[]; missing: string[] } {
	const fields: FieldDescription[] = [];
	const missing: string[] = [];
	walk(def(schema)['shape'] as Record<string, z.ZodType>, '', fields, missing, imageField);
	return { fields, missing };
}

const cache = new Map<ContentKind, { fields: FieldDescription[]; missing: string[]; byPath: Map<string, FieldDescription> }>();
function described(kind: ContentKind) {
	let hit = cache.get(kind);
	if (!hit) {
		const { fields, missing } = describeObject(SCHEMAS[kind], kind === 'product' ? 'images.*.src' : undefined);
		cache.set(kind, (hit = { fields, missing, byPath: new Map(fields.map((f) => [f.path, f])) }));
	}
	return hit;
}

/** Every field of a content kind, in the schema's order, parents before their fields. */
export function describeSchema(kind: ContentKind): readonly FieldDescription[] {
	return described(kind).fields;
}

/** Paths of fields that have no label and help: must be empty (a unit test says so). */
export function undescribedFields(kind: ContentKind): readonly string[] {
	return described(kind).missing;
}

/**
 * The description of the field at `path` as zod or the YAML reports it (list positions as numbers),
 * or of the nearest field above it: `['images', 0, 'alt', 'vi']` → `images.*.alt`.
 */
export function fieldAt(kind: ContentKind, path: ReadonlyArray<PropertyKey>): FieldDescription | undefined {
	const { byPath } = described(kind);
	const parts = path.map((p) => (typeof p === 'number' ? '*' : String(p)));
	for (let n = parts.length; n > 0; n--) {
		const hit = byPath.get(parts.slice(0, n).join('.'));
		if (hit) return hit;
	}
	return undefined;
}
