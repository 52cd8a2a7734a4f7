import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldReference, GUIDE_FILES, GuideMarkerError, markdownText, regenerate } from '../../src/lib/editors/guide.ts';
import { MESSAGES } from '../../src/lib/check/messages.ts';
import { describeSchema } from '../../src/lib/content/describe.ts';
import { ROOT } from '../helpers/paths.ts';

const guide = (lang: 'vi' | 'en') => readFileSync(join(ROOT, GUIDE_FILES[lang]), 'utf8');

describe('the editor guide', () => {
	it.each(['vi', 'en'] as const)(
		'%s: its generated sections are up to date with the schema and the check (else run npm run guide)',
		(lang) => {
			const text = guide(lang);
			expect(regenerate(text, lang)).toBe(text);
		},
	);

	it.each(['vi', 'en'] as const)(
		'%s: its field reference names every field of every kind of file with its label and help in that language',
		(lang) => {
			const text = guide(lang);
			for (const kind of ['product', 'story', 'producer', 'centre', 'district', 'province', 'retired'] as const) {
				for (const f of describeSchema(kind)) {
					expect(text, `${kind}: ${f.path}`).toContain(`| \`${f.path}\` | ${f.label[lang].replace(/\|/g, '\\|')} |`);
					expect(text, `${kind}: ${f.path}`).toContain(`${f.help[lang].replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')} |`);
				}
			}
		},
	);

	it.each(['vi', 'en'] as const)('%s: its message list gives every message id of the content check with its fix', (lang) => {
		const text = guide(lang);
		for (const m of MESSAGES) expect(text, m.id).toContain(`- **${m.id}** \`${m.name}\`: ${markdownText(m.title[lang])}`);
	});

	it('rewrites a stale generated section and leaves the written text alone', () => {
		const stale =
			'# Guide\n\nWritten by hand.\n\n<!-- generated:fields -->\nold table\n<!-- /generated:fields -->\n\n<!-- generated:messages -->\n<!-- /generated:messages -->\n\nThe end.\n';
		const fresh = regenerate(stale, 'en');
		expect(fresh).not.toContain('old table');
		expect(fresh).toContain(fieldReference('en').trimEnd());
		expect(fresh.startsWith('# Guide\n\nWritten by hand.\n\n<!-- generated:fields -->\n')).toBe(true);
		expect(fresh.endsWith('<!-- /generated:messages -->\n\nThe end.\n')).toBe(true);
		expect(regenerate(fresh, 'en')).toBe(fresh);
	});

	it('refuses a guide that lost the markers of a generated section', () => {
		expect(() => regenerate('# Guide\n\n<!-- generated:fields -->\n<!-- /generated:fields -->\n', 'vi')).toThrow(GuideMarkerError);
	});

	it('uses the new story file names only', () => {
		for (const lang of ['vi', 'en'] as const) {
			const text = guide(lang);
			expect(text).toContain('story.vi.mdx');
			// The old names appear only where the guide says they are no longer accepted, and in the
			// message that refuses them (OCOP-E019).
			const rest = text.split('\n').filter((line) => !/Tên cũ|The old names|OCOP-E019/.test(line));
			expect(rest.join('\n')).not.toMatch(/(?<![\w.])(vi|en)\.mdx?\b/);
		}
	});
});
