/** The schema is the one description of the content: every field has a bilingual label and help, and the walker reads it right. */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { CONTENT_KINDS, describeObject, describeSchema, fieldAt, undescribedFields } from '../../src/lib/content/describe.ts';
import { field } from '../../src/lib/content/schema.ts';
import { MESSAGES } from '../../src/lib/check/index.ts';

const byPath = (kind: (typeof CONTENT_KINDS)[number]) => Object.fromEntries(describeSchema(kind).map((f) => [f.path, f]));

describe('the schema’s field descriptions', () => {
	it.each(CONTENT_KINDS)('give every %s field a label and a help text in Vietnamese and English', (kind) => {
		expect(undescribedFields(kind)).toEqual([]);
		for (const f of describeSchema(kind)) {
			for (const text of [f.label.vi, f.label.en, f.help.vi, f.help.en]) expect(text.trim(), `${kind}:${f.path}`).not.toBe('');
		}
	});

	it('notice a field that has no description', () => {
		const schema = z.object({
			named: field(z.string(), { label: { vi: 'Tên', en: 'Name' }, help: { vi: 'ghi tên', en: 'write the name' } }),
			bare: z.string(),
			group: field(z.object({ inner: z.number() }), { label: { vi: 'Nhóm', en: 'Group' }, help: { vi: 'nhóm', en: 'group' } }),
		});
		expect(describeObject(schema).missing).toEqual(['bare', 'group.inner']);
	});

	it('say what kind of value each product field holds, whether it is required and what it refers to', () => {
		const p = byPath('product');
		expect(p['district']).toMatchObject({ type: 'reference', ref: 'district', required: true, multiple: false });
		expect(p['producer']).toMatchObject({ type: 'reference', ref: 'producer', required: true });
		expect(p['centres']).toMatchObject({ type: 'reference', ref: 'centre', required: false, multiple: true, default: [] });
		expect(p['salesPoints']).toMatchObject({ type: 'reference', ref: 'salesPoint', multiple: true });
		expect(p['code']).toMatchObject({ type: 'text', required: true, pattern: '^[a-z0-9]{2,8}-[0-9]{1,5}$', example: 'hcm-001' });
		expect(p['stars']).toMatchObject({ type: 'choice', options: [3, 4, 5] });
		expect(p['category']).toMatchObject({ type: 'choice', options: [1, 2, 3, 4, 5, 6] });
		expect(p['certificate.date']).toMatchObject({ type: 'date', required: true });
		expect(p['certificate.revoked']).toMatchObject({ type: 'object', required: false });
		expect(p['certificate.revoked.reason']).toMatchObject({ type: 'bilingual', required: true });
		expect(p['packaging']).toMatchObject({ type: 'bilingual', required: false });
		expect(p['price.min']).toMatchObject({ type: 'integer', min: 1 });
		expect(p['images']).toMatchObject({ type: 'object', multiple: true, minItems: 1, required: true });
		expect(p['images.*.src']).toMatchObject({ type: 'image', required: true });
		expect(p['marketplaces.*.url']).toMatchObject({ type: 'url' });
		expect(p['sample']).toMatchObject({ type: 'boolean', required: false, default: false });
	});

	it('describe the other kinds too', () => {
		expect(byPath('producer')['name']).toMatchObject({ type: 'localName', required: true });
		expect(byPath('producer')['kind']).toMatchObject({ type: 'choice', options: ['household', 'cooperative', 'enterprise'] });
		expect(byPath('producer')['contact.email']).toMatchObject({ type: 'email', required: false });
		expect(byPath('centre')['hours.*.days']).toMatchObject({ type: 'choice', multiple: true, minItems: 1 });
		expect(byPath('salesPoint')['coordinates.lat']).toMatchObject({ type: 'number', min: 8, max: 24 });
		expect(byPath('district')['province']).toMatchObject({ type: 'reference', ref: 'province' });
		expect(byPath('story')['summary']).toMatchObject({ type: 'text', max: 300 });
	});

	it('find the description of a field from the path a problem is reported at', () => {
		expect(fieldAt('product', ['images', 0, 'alt', 'vi'])?.path).toBe('images.*.alt');
		expect(fieldAt('centre', ['hours', 2, 'open'])?.path).toBe('hours.*.open');
		expect(fieldAt('product', ['nothing'])).toBeUndefined();
	});
});

describe('the message list', () => {
	it('gives every message a unique id and name, a meaning and a fix in both languages', () => {
		expect(new Set(MESSAGES.map((m) => m.id)).size).toBe(MESSAGES.length);
		expect(new Set(MESSAGES.map((m) => m.name)).size).toBe(MESSAGES.length);
		for (const m of MESSAGES) {
			expect(m.id).toMatch(m.severity === 'error' ? /^OCOP-E\d{3}$/ : /^OCOP-W\d{3}$/);
			for (const text of [m.title.vi, m.title.en, m.fix.vi, m.fix.en]) expect(text.trim()).not.toBe('');
		}
	});
});
