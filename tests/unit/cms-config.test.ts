import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cmsConfig, cmsFields, cmsSettings, type CmsField, type EditedKind } from '../../src/lib/editors/cms-config.ts';
import { describeSchema, fieldAt, SCHEMAS } from '../../src/lib/content/describe.ts';

const config = cmsConfig(cmsSettings({}), { provinces: [{ id: 'lam-dong', name: 'Lâm Đồng' }] });
const collection = (name: string) => {
	const found = config.collections.find((c) => c.name === name);
	if (!found) throw new Error(`no collection ${name}`);
	return found as { fields: CmsField[] } & Record<string, unknown>;
};

/** Every leaf path of a zod object's JSON Schema (input side), with its required flag, walked independently of cms-config.ts. */
function schemaLeaves(schema: z.ZodType): Map<string, boolean> {
	const out = new Map<string, boolean>();
	const walk = (node: Record<string, unknown>, path: string, required: boolean) => {
		const props = node['properties'] as Record<string, Record<string, unknown>> | undefined;
		const items = node['items'] as Record<string, unknown> | undefined;
		if (props) {
			const req = new Set((node['required'] as string[] | undefined) ?? []);
			for (const [name, child] of Object.entries(props)) walk(child, path ? `${path}.${name}` : name, req.has(name));
		} else if (items?.['properties']) walk(items, `${path}.*`, required);
		else out.set(path, required);
	};
	walk(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>, '', true);
	return out;
}

/** Every leaf of a Sveltia field tree, with its widget and required flag. */
function cmsLeaves(fields: readonly CmsField[], prefix = ''): Map<string, { widget: string; required: boolean; field: CmsField }> {
	const out = new Map<string, { widget: string; required: boolean; field: CmsField }>();
	for (const f of fields) {
		const path = prefix ? `${prefix}.${f.name}` : f.name;
		const sub = f['fields'] as CmsField[] | undefined;
		if (sub && f.widget === 'object') for (const [k, v] of cmsLeaves(sub, path)) out.set(k, v);
		else if (sub && f.widget === 'list') for (const [k, v] of cmsLeaves(sub, `${path}.*`)) out.set(k, v);
		else out.set(path, { widget: f.widget, required: f.required === true, field: f });
	}
	return out;
}

const COLLECTION_OF: Record<EditedKind, string> = {
	product: 'products',
	story: 'stories',
	producer: 'producers',
	district: 'districts',
	centre: 'centres',
	salesPoint: 'sales-points',
};

describe("the form editor's configuration, generated from the schema", () => {
	for (const [kind, name] of Object.entries(COLLECTION_OF) as [EditedKind, string][]) {
		it(`has every ${kind} field of the schema, and no other, each with the schema's required flag`, () => {
			const schema = schemaLeaves(SCHEMAS[kind]);
			const cms = cmsLeaves(collection(name).fields.filter((f) => f.name !== 'body'));
			expect([...cms.keys()].sort()).toEqual([...schema.keys()].sort());
			for (const [path, required] of schema) expect(cms.get(path)?.required, `${kind} ${path}`).toBe(required);
		});
	}

	it("gives every field the bilingual help of the schema's description as its hint", () => {
		for (const kind of Object.keys(COLLECTION_OF) as EditedKind[]) {
			for (const [path, { field }] of cmsLeaves(cmsFields(kind))) {
				const help = fieldAt(kind, path.split('.'))?.help;
				expect(help, `${kind} ${path} has help in the schema`).toBeDefined();
				if (help) expect(field['hint'], `${kind} ${path}`).toBe(`${help.vi} (${help.en})`);
			}
		}
	});

	it('uses the widget that fits each kind of value', () => {
		const product = cmsLeaves(collection('products').fields);
		const widgets = Object.fromEntries([...product].map(([k, v]) => [k, v.widget]));
		expect(widgets).toMatchObject({
			code: 'string',
			stars: 'select',
			category: 'select',
			producer: 'relation',
			district: 'relation',
			centres: 'relation',
			salesPoints: 'relation',
			'certificate.date': 'datetime',
			'certificate.revoked.date': 'datetime',
			'certificate.issuer.vi': 'string',
			'price.min': 'number',
			'images.*.src': 'image',
			'images.*.alt.en': 'string',
			'marketplaces.*.url': 'string',
			standards: 'list',
			formerSlugs: 'list',
			sample: 'boolean',
		});
		expect(product.get('stars')?.field['options']).toEqual([3, 4, 5]);
		expect(product.get('category')?.field['options']).toEqual([1, 2, 3, 4, 5, 6]);
		expect(product.get('marketplaces.*.url')?.field['type']).toBe('url');
		expect(product.get('price.min')?.field).toMatchObject({ value_type: 'int', min: 1 });
		const centre = cmsLeaves(collection('centres').fields);
		expect(centre.get('coordinates.lat')?.field).toMatchObject({ widget: 'number', value_type: 'float', min: 8, max: 24 });
		expect(centre.get('hours.*.days')?.field).toMatchObject({
			widget: 'select',
			multiple: true,
			min: 1,
			options: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
		});
		expect(cmsLeaves(collection('producers').fields).get('contact.email')?.field['type']).toBe('email');
		expect(cmsLeaves(collection('districts').fields).get('province')?.field).toMatchObject({
			widget: 'select',
			options: [{ label: 'Lâm Đồng', value: 'lam-dong' }],
		});
	});

	it("checks the schema's patterns in the form, as regular expressions that accept and refuse what the schema does", () => {
		const product = cmsLeaves(collection('products').fields);
		const pattern = (path: string) => new RegExp((product.get(path)?.field['pattern'] as [string, string])[0]);
		expect(pattern('code').test('hn-012')).toBe(true);
		expect(pattern('code').test('HN 12')).toBe(false);
		const former = new RegExp(((product.get('formerSlugs')?.field['field'] as CmsField)['pattern'] as [string, string])[0]);
		expect(['ca-phe-cu', '2024', 'Ca-phe'].map((s) => former.test(s))).toEqual([true, false, false]);
	});

	it('chooses references from lists of the other collections, several where the schema has a list', () => {
		const relation = (c: string, name: string) => collection(c).fields.find((f) => f.name === name);
		expect(relation('products', 'producer')).toMatchObject({ widget: 'relation', collection: 'producers', value_field: '{{slug}}' });
		expect(relation('products', 'centres')).toMatchObject({ widget: 'relation', collection: 'centres', multiple: true });
		expect(relation('products', 'salesPoints')).toMatchObject({ widget: 'relation', collection: 'sales-points', multiple: true });
		for (const c of ['products', 'producers', 'centres', 'sales-points'])
			expect(relation(c, 'district')).toMatchObject({ widget: 'relation', collection: 'districts' });
	});

	it("writes the project's layout: product.yaml with pictures beside it, and story.vi.mdx / story.en.mdx in the same folder", () => {
		expect(collection('products')).toMatchObject({
			folder: 'content/products',
			path: '{{slug}}/product',
			extension: 'yaml',
			format: 'yaml',
			media_folder: '',
			public_folder: '.',
		});
		expect(collection('stories')).toMatchObject({
			folder: 'content/products',
			path: '{{slug}}/story',
			extension: 'mdx',
			format: 'frontmatter',
			i18n: true,
		});
		expect(config.i18n).toMatchObject({ structure: 'multiple_files', locales: ['vi', 'en'], default_locale: 'vi' });
		expect(collection('stories').fields.map((f) => [f.name, f.widget, f.required, f['i18n']])).toEqual([
			['name', 'string', true, true],
			['summary', 'string', true, true],
			['body', 'markdown', true, true],
		]);
		for (const c of ['producers', 'districts', 'centres', 'sales-points'])
			expect(collection(c)).toMatchObject({ folder: `content/${c}`, extension: 'yaml' });
	});

	it('lets editors extend content/synonyms.yaml: one file whose top-level list holds entries of words and what people also type', () => {
		const settings = collection('settings') as unknown as { files: Array<{ file: string; format: string; fields: CmsField[] }> };
		expect(settings.files).toHaveLength(1);
		const [file] = settings.files;
		expect(file).toMatchObject({ file: 'content/synonyms.yaml', format: 'yaml' });
		expect(file?.fields).toHaveLength(1);
		expect(file?.fields[0]).toMatchObject({ widget: 'list', root: true });
		const entry = (file?.fields[0]?.['fields'] as CmsField[]).map((f) => [f.name, f.widget, f.required]);
		expect(entry).toEqual([
			['words', 'string', true],
			['also', 'list', true],
		]);
	});

	it("is a valid configuration by Sveltia CMS's own JSON schema", () => {
		const schema = JSON.parse(readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8')) as object;
		const validate = new Ajv({ allErrors: true, strict: false, formats: { regex: true, uri: true } }).compile(schema);
		const ok = validate(JSON.parse(JSON.stringify(config)));
		expect(validate.errors?.filter((e) => e.keyword === 'additionalProperties' || e.keyword === 'type') ?? [], 'errors').toEqual([]);
		expect(ok).toBe(true);
	}, 30_000); // compiling Sveltia's schema takes seconds on a loaded machine

	it('reads its git host from the environment, and refuses a malformed one', () => {
		expect(cmsConfig(cmsSettings({ CMS_REPO: 'tinh-lam-dong/ocop', CMS_BRANCH: 'xuat-ban' })).backend).toMatchObject({
			name: 'github',
			repo: 'tinh-lam-dong/ocop',
			branch: 'xuat-ban',
		});
		expect(cmsConfig(cmsSettings({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b', CMS_APP_ID: 'x1' })).backend).toMatchObject({
			name: 'gitlab',
			app_id: 'x1',
			auth_type: 'pkce',
		});
		expect(cmsConfig(cmsSettings({ CMS_AUTH_URL: 'https://auth.example.workers.dev' })).backend).toMatchObject({
			base_url: 'https://auth.example.workers.dev',
		});
		expect(() => cmsSettings({ CMS_REPO: 'no-owner' })).toThrow(/owner\/name/);
		expect(() => cmsSettings({ CMS_BACKEND: 'svn' })).toThrow(/github, gitlab or gitea/);
	});

	it("takes each field's name, label and order from describeSchema, the walker the scaffolder and the guide read", () => {
		for (const kind of Object.keys(COLLECTION_OF) as EditedKind[]) {
			const top = describeSchema(kind).filter((f) => !f.path.includes('.'));
			expect(
				cmsFields(kind).map((f) => [f.name, f.label]),
				kind,
			).toEqual(top.map((f) => [f.key, f.label.vi]));
		}
	});

	it('checks every regex of a field at once: a folder name must be a slug and hold a letter, as the schema says', () => {
		const former = describeSchema('product').find((f) => f.path === 'formerSlugs');
		expect(former?.pattern && new RegExp(former.pattern).test('2024')).toBe(false);
		expect(former?.pattern && new RegExp(former.pattern).test('ca-phe-cu')).toBe(true);
	});
});
