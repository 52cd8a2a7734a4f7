/**
 * What `npm run new` writes for the editor to replace (src/lib/content/placeholders.ts) passes the check but
 * is warned about, on its line, until it is replaced: the story, the default summary, and picture
 * descriptions that only name the product (`placeholder-text`, OCOP-W008).
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/cli.ts';
import type { JsonReport } from '../../src/lib/check/index.ts';
import { altPlaceholder, STORY_PLACEHOLDER, summaryPlaceholder } from '../../src/lib/content/placeholders.ts';
import { writeScaffold } from '../../src/lib/editors/scaffold.ts';
import { AS_OF, ROOT, TMP } from '../helpers/paths.ts';

const DIR = join(TMP, `placeholders-${process.pid}`);
const CONTENT = join(DIR, 'content');
const FOLDER = 'content/products/non-moi';

afterAll(() => rmSync(DIR, { recursive: true, force: true }));

/** A new product as `npm run new product` writes it with the suggested answers, and its cover added. */
function scaffold() {
	rmSync(DIR, { recursive: true, force: true });
	mkdirSync(DIR, { recursive: true });
	cpSync(join(ROOT, 'tests/fixtures/minimal'), CONTENT, { recursive: true });
	writeScaffold(CONTENT, {
		kind: 'product',
		slug: 'non-moi',
		values: {
			code: 'tn-003',
			stars: 4,
			category: 4,
			producer: 'ho-thu-nghiem',
			district: 'thanh-oai',
			commune: 'Phương Trung',
			certificate: { number: '12/QĐ-UBND', date: '2026-03-01', issuer: { vi: 'UBND TP. Hà Nội', en: 'Hanoi People’s Committee' } },
			standards: [],
			centres: [],
			salesPoints: [],
			marketplaces: [],
			images: [{ src: './cover.jpg', alt: { vi: altPlaceholder.vi('Nón lá mới'), en: altPlaceholder.en('New conical hat') } }],
			sample: false,
			formerSlugs: [],
		},
		stories: {
			vi: { name: 'Nón lá mới', summary: summaryPlaceholder.vi('Nón lá mới', 4, 'Huyện Thanh Oai') },
			en: { name: 'New conical hat', summary: 'A conical hat woven from young palm leaves in Phuong Trung.' },
		},
	});
	copyFileSync(join(CONTENT, 'products/non-thu-nghiem/cover.jpg'), join(CONTENT, 'products/non-moi/cover.jpg'));
}

const check = () => {
	const run = runCheck({ contentDir: CONTENT, root: DIR, asOf: AS_OF, json: true });
	const report = JSON.parse(run.stdout) as JsonReport;
	return { code: run.code, report, placeholders: report.warnings.filter((w) => w.name === 'placeholder-text') };
};

function replace(file: string, from: string, to: string) {
	const path = join(DIR, file);
	const text = readFileSync(path, 'utf8');
	expect(text).toContain(from);
	writeFileSync(path, text.replace(from, to));
}

describe('placeholder text left by the scaffolder', () => {
	it('passes the check, with a warning on the line of each placeholder left in', () => {
		scaffold();
		const { code, report, placeholders } = check();
		expect(code).toBe(0);
		expect(report.errors).toEqual([]);
		expect(placeholders.map((p) => [p.id, p.file, p.field, p.line])).toEqual([
			['OCOP-W008', `${FOLDER}/product.yaml`, 'images[0].alt.vi', expect.any(Number)],
			['OCOP-W008', `${FOLDER}/product.yaml`, 'images[0].alt.en', expect.any(Number)],
			['OCOP-W008', `${FOLDER}/story.en.md`, '', 5],
			['OCOP-W008', `${FOLDER}/story.vi.md`, 'summary', 3],
			['OCOP-W008', `${FOLDER}/story.vi.md`, '', 5],
		]);
		const yamlLines = readFileSync(join(DIR, FOLDER, 'product.yaml'), 'utf8').split('\n');
		expect(yamlLines[(placeholders[0]?.line ?? 0) - 1]).toContain('Ảnh Nón lá mới');
		expect(placeholders[1]?.en).toMatchInlineSnapshot(
			`"The picture description "Picture of New conical hat" only names the product: it is the default written by \`npm run new\`. Fix: say what the picture shows, e.g. “A white conical hat on a sedge mat”."`,
		);
	});

	it('stops warning once the story, the summary and the picture descriptions are written', () => {
		scaffold();
		replace(`${FOLDER}/story.vi.md`, STORY_PLACEHOLDER.vi, 'Nón được chằm tay từ lá cọ non phơi sương.');
		replace(`${FOLDER}/story.en.md`, STORY_PLACEHOLDER.en, 'The hat is stitched by hand from young palm leaves.');
		replace(`${FOLDER}/story.vi.md`, summaryPlaceholder.vi('Nón lá mới', 4, 'Huyện Thanh Oai'), 'Nón lá trắng chằm tay ở Phương Trung.');
		replace(`${FOLDER}/product.yaml`, altPlaceholder.vi('Nón lá mới'), 'Chiếc nón lá trắng trên chiếu cói');
		replace(`${FOLDER}/product.yaml`, altPlaceholder.en('New conical hat'), 'A white conical hat on a sedge mat');
		const { code, placeholders } = check();
		expect(code).toBe(0);
		expect(placeholders).toEqual([]);
	});
});
