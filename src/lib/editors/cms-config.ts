/**
 * The form editor's configuration (Sveltia CMS, served at /admin/), generated from the content
 * schema so that it cannot drift from what the content check accepts: every field of products,
 * producers, districts, centres and sales points with its hint, pattern and required flag,
 * references chosen from lists, both languages' stories, pictures beside product.yaml.
 *
 * Layout written by the editor (the project's own, see docs/content.md, "Content layout"):
 *   content/products/<slug>/product.yaml        collection `products` (folder collection, path `{{slug}}/product`)
 *   content/products/<slug>/<picture>           the same collection's entry-relative media folder
 *   content/products/<slug>/story.vi.mdx        collection `stories` (path `{{slug}}/story`, i18n
 *   content/products/<slug>/story.en.mdx          `multiple_files`: `<path>.<locale>.<extension>`)
 *   content/{districts,producers,centres,sales-points}/<id>.yaml
 * A product is two entries with the same folder name: its facts (one YAML file, no language) and
 * its story (one file per language). Sveltia's i18n writes one entry in several files only as
 * `<name>.<locale>.<ext>`, so a single entry cannot hold both product.yaml and the stories.
 *
 * Fields are read from `describeSchema` (src/lib/content/describe.ts), the walker the scaffolder,
 * the guide and the content check read too: label, help, required flag, pattern, choices, bounds,
 * references and pictures are written once, in schema.ts, and only turned into Sveltia widgets here.
 */
import { describeSchema, type ContentKind, type FieldDescription } from '../content/describe.ts';
import type { Bilingual, RefTarget } from '../content/schema.ts';
import { SYNONYMS_FILE } from '../search/synonyms.ts';

/** The content kinds the editor edits (all but provinces, which are fixed, and retired products). */
export const EDITED_KINDS = ['product', 'story', 'producer', 'district', 'centre', 'salesPoint'] as const satisfies readonly ContentKind[];
export type EditedKind = (typeof EDITED_KINDS)[number];

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

/** The collection that holds each kind of entry a reference can name (provinces are a fixed list). */
const COLLECTION: Record<Exclude<RefTarget, 'province'>, string> = {
	producer: 'producers',
	district: 'districts',
	centre: 'centres',
	salesPoint: 'sales-points',
};

type Provinces = readonly { id: string; name: string }[];

const hint = (help: Bilingual) => `${help.vi} (${help.en})`;

/** The fields described right under `parent` (`''` for the top): `images.*.alt` is under `images`. */
function childrenOf(fields: readonly FieldDescription[], parent: string): FieldDescription[] {
	return fields.filter((f) => f.path.slice(0, -f.key.length - 1).replace(/\.\*$/, '') === parent);
}

/** The widget of one value (an item, for a list of plain values). */
function valueWidget(
	kind: EditedKind,
	f: FieldDescription,
	all: readonly FieldDescription[],
	provinces?: Provinces,
): Record<string, unknown> {
	switch (f.type) {
		case 'object':
			return { widget: 'object', collapsed: false, fields: childrenOf(all, f.path).map((c) => toCmsField(kind, c, all, provinces)) };
		case 'bilingual':
		case 'localName':
			// { vi, en }: the schema describes the pair, the form shows its two texts with the pair's help.
			return {
				widget: 'object',
				collapsed: false,
				fields: (['vi', 'en'] as const).map((lang) => ({
					name: lang,
					label: lang,
					widget: 'string',
					required: lang === 'vi' || f.type === 'bilingual',
					hint: hint(f.help),
				})),
			};
		case 'choice':
			return { widget: 'select', options: f.options ?? [] };
		case 'boolean':
			return { widget: 'boolean', default: f.default ?? false };
		case 'integer':
		case 'number':
			return {
				widget: 'number',
				value_type: f.type === 'integer' ? 'int' : 'float',
				...(f.min !== undefined ? { min: f.min } : {}),
				...(f.max !== undefined ? { max: f.max } : {}),
				...(f.type === 'number' ? { step: 0.0001 } : {}),
			};
		case 'date':
			return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
		case 'image':
			return { widget: 'image', choose_url: false };
		case 'email':
		case 'url':
			return { widget: 'string', type: f.type, ...(f.pattern ? { pattern: [f.pattern, f.help.vi] } : {}) };
		case 'reference':
			// A province is chosen from the list when there is one; otherwise it is written as its id.
			if (f.ref === 'province' && provinces) return { widget: 'select', options: provinces.map((p) => ({ label: p.name, value: p.id })) };
			return { widget: 'string', ...(f.pattern ? { pattern: [f.pattern, f.help.vi] } : {}) };
		default:
			return { widget: 'string', ...(f.pattern ? { pattern: [f.pattern, f.help.vi] } : {}) };
	}
}

/** One described field as a Sveltia field; `all` is its kind's whole description (for a group's fields). */
export function toCmsField(kind: EditedKind, f: FieldDescription, all: readonly FieldDescription[], provinces?: Provinces): CmsField {
	const base = { name: f.key, label: f.label.vi, widget: 'string', required: f.required, hint: hint(f.help) };
	const min = f.minItems ? { min: f.minItems } : {};
	const listDefault = f.multiple && f.default !== undefined ? { default: f.default } : {};
	if (f.type === 'reference' && f.ref && f.ref !== 'province') {
		return {
			...base,
			widget: 'relation',
			collection: COLLECTION[f.ref],
			value_field: '{{slug}}',
			search_fields: ['name.vi', '{{slug}}'],
			display_fields: ['{{name.vi}} ({{slug}})'],
			...(f.multiple ? { multiple: true, ...min, ...listDefault } : {}),
		};
	}
	if (!f.multiple) return { ...base, ...valueWidget(kind, f, all, provinces) };
	if (f.type === 'object')
		return {
			...base,
			widget: 'list',
			fields: childrenOf(all, f.path).map((c) => toCmsField(kind, c, all, provinces)),
			...min,
			...listDefault,
		};
	if (f.type === 'choice') return { ...base, widget: 'select', multiple: true, options: f.options ?? [], ...min };
	return { ...base, widget: 'list', field: { ...base, required: true, ...valueWidget(kind, f, all, provinces) }, ...min, ...listDefault };
}

/** The fields of one kind as Sveltia fields. */
export function cmsFields(kind: EditedKind, extra: { provinces?: Provinces } = {}): CmsField[] {
	const all = describeSchema(kind);
	return childrenOf(all, '').map((f) => toCmsField(kind, f, all, extra.provinces));
}

/** A folder collection of one YAML file per entry, named by its id. */
function yamlCollection(name: string, label: string, folder: string, kind: EditedKind, extra: { provinces?: Provinces }) {
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
 * content/synonyms.yaml (src/lib/search/synonyms.ts), a file collection: the file is a list at its
 * top level, which Sveltia writes with a `root` list field. The content check reads it as it reads
 * any edit (OCOP-E032, OCOP-E033). Saving from the form drops the file's comments (the guide says
 * what it holds).
 */
function synonymsCollection(content: string) {
	return {
		name: 'settings',
		label: 'Cài đặt tìm kiếm',
		label_singular: 'Cài đặt tìm kiếm',
		description:
			'Sản phẩm có một trong các từ của mục trong tên hoặc nhóm thì cũng được tìm thấy bằng các từ còn lại. (A product whose name or group holds one of an entry’s words is also found by the others.)',
		files: [
			{
				name: 'synonyms',
				label: 'Từ đồng nghĩa cho tìm kiếm',
				file: `${content}/${SYNONYMS_FILE}`,
				format: 'yaml',
				fields: [
					{
						name: 'entries',
						label: 'Từ đồng nghĩa',
						widget: 'list',
						root: true,
						summary: '{{fields.words}}',
						fields: [
							{
								name: 'words',
								label: 'Từ như danh mục viết',
								widget: 'string',
								required: true,
								hint: 'Ví dụ: cà phê. (The words as the catalogue writes them.)',
							},
							{
								name: 'also',
								label: 'Cách gõ khác',
								widget: 'list',
								required: true,
								hint: 'Mỗi dòng một cách, ví dụ: cafe, coffee. (What people also type, one a line.)',
							},
						],
					},
				],
			},
		],
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
			synonymsCollection(content),
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
