/**
 * The form editor's configuration (Sveltia CMS, served at /admin/), generated from the content
 * schema so that it cannot drift from what the content check accepts: every field of products,
 * producers, districts, centres and sales points with its hint, pattern and required flag,
 * references chosen from lists, both languages' stories, pictures beside product.yaml.
 *
 * Layout written by the editor (the project's own, see README "Content layout"):
 *   content/products/<slug>/product.yaml        collection `products` (folder collection, path `{{slug}}/product`)
 *   content/products/<slug>/<picture>           the same collection's entry-relative media folder
 *   content/products/<slug>/story.vi.mdx        collection `stories` (path `{{slug}}/story`, i18n
 *   content/products/<slug>/story.en.mdx          `multiple_files`: `<path>.<locale>.<extension>`)
 *   content/{districts,producers,centres,sales-points}/<id>.yaml
 * A product is two entries with the same folder name: its facts (one YAML file, no language) and
 * its story (one file per language). Sveltia's i18n writes one entry in several files only as
 * `<name>.<locale>.<ext>`, so a single entry cannot hold both product.yaml and the stories.
 *
 * Fields are read from the schema through `describeFields()`: zod's JSON Schema of each model
 * (`z.toJSONSchema`, input side: what an editor writes), with the bilingual label and help that the
 * schema carries in `.meta()` (read through describeSchema's `fieldAt`, the content check's source too).
 */
import { z } from 'zod';

/** A text in both languages. */
type Help = { vi: string; en: string };
import { fieldAt, type ContentKind } from '../content/describe.ts';
import { districtSchema, placeSchema, producerSchema, productSchema, storySchema } from '../content/schema.ts';

/** A JSON Schema node as zod 4 writes it (only what is read here). */
interface JsonNode {
	type?: string;
	properties?: Record<string, JsonNode>;
	required?: string[];
	items?: JsonNode;
	anyOf?: JsonNode[];
	allOf?: JsonNode[];
	enum?: (string | number)[];
	const?: string | number;
	pattern?: string;
	format?: string;
	minLength?: number;
	minItems?: number;
	minimum?: number;
	maximum?: number;
	exclusiveMinimum?: number;
	default?: unknown;
	/** From `.meta()`, once the schema carries it. */
	label?: string | Help;
	help?: Help;
	description?: string;
}

/** The content kinds the editor edits, with their schema and their kind in the schema's descriptions. */
export const EDITED_KINDS = {
	product: { schema: productSchema(z.string()), help: 'product' },
	story: { schema: storySchema, help: 'story' },
	producer: { schema: producerSchema, help: 'producer' },
	district: { schema: districtSchema, help: 'district' },
	centre: { schema: placeSchema, help: 'centre' },
	salesPoint: { schema: placeSchema, help: 'salesPoint' },
} as const;
export type EditedKind = keyof typeof EDITED_KINDS;

/** What the editor needs to know about one field, whatever the schema library says. */
export interface FieldDescription {
	/** Dotted path with `*` for list items, e.g. `images.*.alt.vi`. */
	path: string;
	name: string;
	type: 'string' | 'date' | 'integer' | 'number' | 'boolean' | 'choice' | 'object' | 'list';
	required: boolean;
	/** Regular expression a string must match. */
	pattern?: string;
	format?: 'email' | 'url';
	/** Allowed values of a `choice` (or of a list's items). */
	options?: (string | number)[];
	min?: number;
	max?: number;
	minItems?: number;
	default?: unknown;
	label?: string;
	help?: Help;
	/** Fields of an object, or of each item of a list of objects. */
	fields?: FieldDescription[];
	/** A list of plain values: the type of its items. */
	items?: Omit<FieldDescription, 'path' | 'name' | 'required'>;
}

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

function textOf(label: string | Help | undefined): string | undefined {
	return typeof label === 'string' ? label : label?.vi;
}

/** One JSON Schema node as a field description (without name, path and required). */
function describeNode(node: JsonNode, kind: string, path: string[]): Omit<FieldDescription, 'name' | 'path' | 'required'> {
	const help = node.help ?? fieldAt(kind as ContentKind, path)?.help;
	const label = textOf(node.label);
	const common = {
		...(help ? { help } : {}),
		...(label ? { label } : {}),
		...(node.default !== undefined ? { default: node.default } : {}),
	};
	const patterns = [node.pattern, ...(node.allOf ?? []).map((n) => n.pattern)].filter((p): p is string => !!p);
	if (node.anyOf?.every((n) => n.const !== undefined))
		return { ...common, type: 'choice', options: node.anyOf.map((n) => n.const as string | number) };
	if (node.enum) return { ...common, type: 'choice', options: node.enum };
	if (node.type === 'object') {
		const required = new Set(node.required ?? []);
		const fields = Object.entries(node.properties ?? {}).map(([name, child]) => ({
			name,
			path: [...path, name].join('.'),
			required: required.has(name),
			...describeNode(child, kind, [...path, name]),
		}));
		return { ...common, type: 'object', fields };
	}
	if (node.type === 'array') {
		const item = describeNode(node.items ?? {}, kind, [...path, '*']);
		const minItems = node.minItems !== undefined ? { minItems: node.minItems } : {};
		if (item.type === 'object') return { ...common, ...minItems, type: 'list', fields: item.fields ?? [] };
		return { ...common, ...minItems, type: 'list', items: item };
	}
	if (node.type === 'boolean') return { ...common, type: 'boolean' };
	if (node.type === 'integer' || node.type === 'number') {
		const min = node.minimum ?? (node.exclusiveMinimum !== undefined && node.type === 'integer' ? node.exclusiveMinimum + 1 : undefined);
		const max = node.maximum !== undefined && node.maximum < Number.MAX_SAFE_INTEGER ? node.maximum : undefined;
		return { ...common, type: node.type, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
	}
	if (patterns.includes(DATE_PATTERN)) return { ...common, type: 'date' };
	const format = node.format === 'email' ? 'email' : node.format === 'uri' ? 'url' : undefined;
	// Several patterns (all must match) are joined as look-aheads into one expression.
	const pattern =
		patterns.length > 1 ? `^${patterns.map((p) => (p.startsWith('^') ? `(?=${p})` : `(?=.*?(?:${p}))`)).join('')}` : patterns[0];
	return {
		...common,
		type: 'string',
		...(pattern ? { pattern } : {}),
		...(format ? { format } : {}),
		...(node.minLength ? { min: node.minLength } : {}),
	};
}

/**
 * Every field of one kind of content file, from the schema: the one function the form editor's
 * configuration reads the model through.
 */
export function describeFields(kind: EditedKind): FieldDescription[] {
	const { schema, help } = EDITED_KINDS[kind];
	const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonNode;
	return describeNode(json, help, []).fields ?? [];
}

/** Where the editor reads and writes, and how it signs in. */
export interface CmsSettings {
	/** `github` (default), `gitlab` or `gitea` (Gitea and Forgejo). */
	backend: 'github' | 'gitlab' | 'gitea';
	/** `owner/name` of the repository. */
	repo: string;
	branch: string;
	/** API root of the git host (defaults to the public host's). */
	apiRoot: string;
	/** Address of an OAuth helper (e.g. sveltia-cms-auth on Cloudflare Workers) for GitHub sign-in; without it, an access token. */
	authUrl?: string;
	/** GitLab application id (PKCE sign-in, no server needed). */
	appId?: string;
}

const API_ROOTS = { github: 'https://api.github.com', gitlab: 'https://gitlab.com/api/v4', gitea: 'https://gitea.com/api/v1' } as const;

/** The settings from the environment: CMS_BACKEND, CMS_REPO, CMS_BRANCH, CMS_API_ROOT, CMS_AUTH_URL, CMS_APP_ID. */
export function cmsSettings(env: Record<string, string | undefined> = process.env): CmsSettings {
	const backend = (env['CMS_BACKEND'] || 'github') as CmsSettings['backend'];
	if (!(backend in API_ROOTS)) throw new Error(`CMS_BACKEND must be github, gitlab or gitea (found: ${backend})`);
	const repo = env['CMS_REPO'] || 'ocop-vietnam/ocop-catalogue';
	if (!/^[\w.-]+(?:\/[\w.-]+)+$/.test(repo)) throw new Error(`CMS_REPO must be owner/name (found: ${repo})`);
	const apiRoot = (env['CMS_API_ROOT'] || API_ROOTS[backend]).replace(/\/+$/, '');
	if (!/^https:\/\/[^/]+/.test(apiRoot)) throw new Error(`CMS_API_ROOT must be an https:// address (found: ${apiRoot})`);
	return {
		backend,
		repo,
		branch: env['CMS_BRANCH'] || 'main',
		apiRoot,
		...(env['CMS_AUTH_URL'] ? { authUrl: env['CMS_AUTH_URL'] } : {}),
		...(env['CMS_APP_ID'] ? { appId: env['CMS_APP_ID'] } : {}),
	};
}

/** A Sveltia CMS field (the subset of its configuration used here). */
export type CmsField = Record<string, unknown> & { name: string; widget: string; required?: boolean };

/** Lists an editor picks references from: field path of a kind → the collection it refers to. */
const RELATIONS: Record<string, string> = {
	'product:producer': 'producers',
	'product:district': 'districts',
	'product:centres': 'centres',
	'product:salesPoints': 'sales-points',
	'producer:district': 'districts',
	'centre:district': 'districts',
	'salesPoint:district': 'districts',
};

/** Fields whose values are pictures beside the entry. */
const IMAGES = new Set(['product:images.*.src']);

function hint(help: Help | undefined): string | undefined {
	return help ? `${help.vi} (${help.en})` : undefined;
}

/** One field description as a Sveltia field. */
export function toCmsField(
	kind: EditedKind,
	field: FieldDescription,
	extra: { provinces?: readonly { id: string; name: string }[] } = {},
): CmsField {
	const key = `${kind}:${field.path}`;
	const base: CmsField = {
		name: field.name,
		label: field.label ?? field.name,
		widget: 'string',
		required: field.required,
		...(hint(field.help) ? { hint: hint(field.help) } : {}),
	};
	const relation = RELATIONS[key];
	if (relation) {
		return {
			...base,
			widget: 'relation',
			collection: relation,
			value_field: '{{slug}}',
			search_fields: ['name.vi', '{{slug}}'],
			display_fields: ['{{name.vi}} ({{slug}})'],
			...(field.type === 'list' ? { multiple: true, ...(field.minItems ? { min: field.minItems } : {}) } : {}),
			...(field.type === 'list' && field.default !== undefined ? { default: field.default } : {}),
		};
	}
	if (IMAGES.has(key)) return { ...base, widget: 'image', choose_url: false };
	if (key === 'district:province' && extra.provinces) {
		return { ...base, widget: 'select', options: extra.provinces.map((p) => ({ label: p.name, value: p.id })) };
	}
	const patternOf = (f: Pick<FieldDescription, 'pattern' | 'help'>) => (f.pattern ? { pattern: [f.pattern, f.help?.vi ?? f.pattern] } : {});
	switch (field.type) {
		case 'object':
			return { ...base, widget: 'object', collapsed: false, fields: (field.fields ?? []).map((f) => toCmsField(kind, f, extra)) };
		case 'list':
			if (field.fields) {
				return {
					...base,
					widget: 'list',
					fields: field.fields.map((f) => toCmsField(kind, f, extra)),
					...(field.minItems ? { min: field.minItems } : {}),
					...(field.default !== undefined ? { default: field.default } : {}),
				};
			}
			if (field.items?.type === 'choice') {
				return {
					...base,
					widget: 'select',
					multiple: true,
					options: field.items.options,
					...(field.minItems ? { min: field.minItems } : {}),
				};
			}
			return {
				...base,
				widget: 'list',
				field: {
					...toCmsField(kind, { ...(field.items ?? { type: 'string' }), name: field.name, path: `${field.path}.*`, required: true }, extra),
					label: field.label ?? field.name,
				},
				...(field.minItems ? { min: field.minItems } : {}),
				...(field.default !== undefined ? { default: field.default } : {}),
			};
		case 'choice':
			return { ...base, widget: 'select', options: field.options ?? [] };
		case 'boolean':
			return { ...base, widget: 'boolean', default: field.default ?? false };
		case 'integer':
		case 'number':
			return {
				...base,
				widget: 'number',
				value_type: field.type === 'integer' ? 'int' : 'float',
				...(field.min !== undefined ? { min: field.min } : {}),
				...(field.max !== undefined ? { max: field.max } : {}),
				...(field.type === 'number' ? { step: 0.0001 } : {}),
			};
		case 'date':
			return {
				...base,
				widget: 'datetime',
				type: 'date',
				format: 'YYYY-MM-DD',
				date_format: 'YYYY-MM-DD',
				time_format: false,
				picker_utc: true,
			};
		default:
			return { ...base, widget: 'string', ...(field.format ? { type: field.format } : {}), ...patternOf(field) };
	}
}

/** The fields of one kind as Sveltia fields. */
export function cmsFields(kind: EditedKind, extra: { provinces?: readonly { id: string; name: string }[] } = {}): CmsField[] {
	return describeFields(kind).map((f) => toCmsField(kind, f, extra));
}

/** A folder collection of one YAML file per entry, named by its id. */
function yamlCollection(
	name: string,
	label: string,
	folder: string,
	kind: EditedKind,
	extra: { provinces?: readonly { id: string; name: string }[] },
) {
	return {
		name,
		label,
		label_singular: label,
		folder,
		extension: 'yaml',
		format: 'yaml',
		create: true,
		slug: { editable: true },
		identifier_field: 'name.vi',
		summary: '{{name.vi}} ({{slug}})',
		sortable_fields: ['slug', 'name.vi'],
		fields: cmsFields(kind, extra),
	};
}

/**
 * The whole configuration (what `/admin/config.yml` holds). `provinces` turns a district's
 * province into a list to choose from.
 */
export function cmsConfig(
	settings: CmsSettings,
	extra: { provinces?: readonly { id: string; name: string }[]; siteUrl?: string; contentFolder?: string } = {},
) {
	const content = extra.contentFolder ?? 'content';
	const backend = {
		name: settings.backend,
		repo: settings.repo,
		branch: settings.branch,
		// Sveltia's default API roots; written out so that the policy and the configuration agree.
		api_root: settings.apiRoot,
		...(settings.authUrl ? { base_url: settings.authUrl } : {}),
		...(settings.appId ? { app_id: settings.appId, ...(settings.backend === 'gitlab' ? { auth_type: 'pkce' } : {}) } : {}),
		commit_messages: {
			create: 'Thêm {{collection}} “{{slug}}” / Add {{collection}} “{{slug}}”',
			update: 'Sửa {{collection}} “{{slug}}” / Update {{collection}} “{{slug}}”',
			delete: 'Xoá {{collection}} “{{slug}}” / Delete {{collection}} “{{slug}}”',
			uploadMedia: 'Tải ảnh “{{path}}” / Upload “{{path}}”',
			deleteMedia: 'Xoá ảnh “{{path}}” / Delete “{{path}}”',
		},
	};
	return {
		backend,
		...(extra.siteUrl ? { site_url: extra.siteUrl } : {}),
		// Stories are one entry in two files, `<path>.<locale>.<ext>`; English can be switched off
		// for an entry (the English page then shows the Vietnamese story under a notice).
		i18n: { structure: 'multiple_files', locales: ['vi', 'en'], default_locale: 'vi', initial_locales: 'all' },
		// Pictures go beside the entry that uses them (product folders); no shared media folder.
		media_folder: '',
		public_folder: '.',
		output: { yaml: { quote: 'none', indent_size: 2 }, omit_empty_optional_fields: true },
		collections: [
			{
				name: 'products',
				label: 'Sản phẩm',
				label_singular: 'Sản phẩm',
				description: 'Thông tin sản phẩm (product.yaml). Tên và câu chuyện ở mục “Câu chuyện sản phẩm”, cùng tên thư mục.',
				folder: `${content}/products`,
				path: '{{slug}}/product',
				extension: 'yaml',
				format: 'yaml',
				create: true,
				slug: { editable: true },
				identifier_field: 'code',
				summary: '{{code}} · {{slug}}',
				sortable_fields: ['code', 'slug', 'stars'],
				media_folder: '',
				public_folder: '.',
				fields: cmsFields('product', extra),
			},
			{
				name: 'stories',
				label: 'Câu chuyện sản phẩm',
				label_singular: 'Câu chuyện',
				description: 'Tên, tóm tắt và câu chuyện của sản phẩm, tiếng Việt (bắt buộc) và tiếng Anh (story.vi.mdx, story.en.mdx).',
				folder: `${content}/products`,
				path: '{{slug}}/story',
				extension: 'mdx',
				format: 'frontmatter',
				create: true,
				slug: { editable: true },
				identifier_field: 'name',
				summary: '{{name}} ({{slug}})',
				i18n: true,
				media_folder: '',
				public_folder: '.',
				fields: [
					...cmsFields('story', extra).map((f) => ({ ...f, i18n: true })),
					{
						name: 'body',
						label: 'Câu chuyện',
						widget: 'markdown',
						required: true,
						i18n: true,
						hint: 'Chỉ văn bản: không có mã, <script>, <iframe> hay style. (Text only: no code.)',
					},
				],
			},
			yamlCollection('producers', 'Chủ thể', `${content}/producers`, 'producer', extra),
			yamlCollection('districts', 'Huyện', `${content}/districts`, 'district', extra),
			yamlCollection('centres', 'Trung tâm OCOP', `${content}/centres`, 'centre', extra),
			yamlCollection('sales-points', 'Điểm bán', `${content}/sales-points`, 'salesPoint', extra),
		],
	};
}

/** Hosts the editor's page talks to: the site and the git host's API. */
export function cmsConnectSources(settings: CmsSettings): string[] {
	// data: and blob: are no network: Sveltia reads its own inline pictures (and the status stub) and a
	// picture being uploaded (a blob: URL of the chosen file) with fetch().
	const hosts = new Set([new URL(settings.apiRoot).origin]);
	// GitLab and Gitea sign in with PKCE: the browser itself asks the host's sign-in server for the token.
	if (settings.authUrl && settings.backend !== 'github') hosts.add(new URL(settings.authUrl).origin);
	return ["'self'", 'data:', 'blob:', ...hosts];
}

/**
 * The Content-Security-Policy of /admin/ (docs/deploying.md, "Security headers"): scripts only from the site
 * (no eval), network only to the site and the git host's API. Sveltia injects `<style>` elements
 * (its Svelte components are built without CSS files), hence style-src 'unsafe-inline' here and
 * nowhere else; pictures being uploaded are previewed from blob: URLs.
 */
export function cmsCsp(settings: CmsSettings): string {
	const api = new URL(settings.apiRoot).origin;
	const avatars = settings.backend === 'github' ? ' https://avatars.githubusercontent.com' : '';
	return [
		"default-src 'self'",
		`img-src 'self' data: blob: ${api}${avatars}`,
		"script-src 'self'",
		"style-src 'self' 'unsafe-inline'",
		"font-src 'self'",
		`connect-src ${cmsConnectSources(settings).join(' ')}`,
		"worker-src 'self' blob:",
		"frame-ancestors 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"object-src 'none'",
	].join('; ');
}
