/** The spellings people type (joined syllables, synonyms), the synonyms file's check, and the suggestions for a word that found nothing. */
import { describe, expect, it } from 'vitest';
import { aliasesFor, joinedForms, plain, suggestions, syllables, vocabulary } from '../../src/lib/search/spellings.ts';
import { parseSynonyms } from '../../src/lib/search/synonyms.ts';
import { recordUrl, splitRecordUrl } from '../../src/lib/search/search.ts';

describe('spellings', () => {
	it('writes text as a keyboard without Vietnamese types it: no marks, đ as d, lower case', () => {
		expect(plain('Đắk Lắk')).toBe('dak lak');
		expect(syllables('Nước mắm cá cơm (Thăng Bình)')).toEqual(['nuoc', 'mam', 'ca', 'com', 'thang', 'binh']);
	});

	it('joins a name’s syllables two and three at a time, as people type them run together', () => {
		expect(joinedForms(['Mắc ca Đắk Nông'])).toEqual(['macca', 'maccadak', 'cadak', 'cadaknong', 'daknong']);
		expect(joinedForms(['Cà phê', 'Nước mắm'])).toEqual(['caphe', 'nuocmam']);
		expect(joinedForms(['Trà'])).toEqual([]);
	});

	it('gives a name the other words of each synonym entry it holds, as whole words, marks and case aside', () => {
		const synonyms = [
			{ words: 'cà phê', also: ['cafe', 'coffee'] },
			{ words: 'mật ong', also: ['honey'] },
			{ words: 'cam', also: ['orange'] },
		];
		expect(aliasesFor(['Cà phê Robusta Buôn Ma Thuột'], synonyms)).toEqual(['cafe', 'coffee']);
		expect(aliasesFor(['Robusta Coffee'], synonyms)).toEqual(['ca phe', 'cafe']);
		// "cam" is a word of "Cam Cao Phong", not of "cảm" nor of "camera".
		expect(aliasesFor(['Cam Cao Phong'], synonyms)).toEqual(['orange']);
		expect(aliasesFor(['Máy camera', 'Trà'], synonyms)).toEqual([]);
	});

	it('lists the vocabulary most used first, pairs of syllables only when used twice, no numbers', () => {
		const words = vocabulary(['Mắc ca Đắk Nông', 'Mắc ca rang 500g', 'Cà phê'], 100);
		expect(words.slice(0, 3)).toEqual(['ca', 'mắc', 'mắc ca']);
		expect(words).toContain('đắk');
		expect(words).not.toContain('ca đắk');
		expect(words.some((w) => /\d/.test(w))).toBe(false);
		expect(vocabulary(['a b c d e f'], 2)).toHaveLength(0);
		expect(vocabulary(['ab cd ef'], 2)).toHaveLength(2);
	});

	it('suggests the nearest words, marks and spaces aside, and nothing far away', () => {
		const words = ['cà phê', 'mắc ca', 'mật ong', 'mai châu', 'đắk lắk'];
		expect(suggestions('macxa', words)).toEqual(['mắc ca']);
		expect(suggestions('matong', words)).toEqual([]);
		expect(suggestions('mat ongg', words)).toEqual(['mật ong']);
		expect(suggestions('dak lac', words)).toEqual(['đắk lắk']);
		expect(suggestions('xyz', words)).toEqual([]);
		expect(suggestions('', words)).toEqual([]);
	});

	it('carries a result’s picture address in its URL, after a #, and gets both back', () => {
		expect(recordUrl('/san-pham/x/', '/_img/ab/0123-192x144q50.webp')).toBe('/san-pham/x/#/_img/ab/0123-192x144q50.webp');
		expect(splitRecordUrl('/san-pham/x/#https://media.example/_img/a.webp')).toEqual({
			path: '/san-pham/x/',
			image: 'https://media.example/_img/a.webp',
		});
		expect(splitRecordUrl(recordUrl('/san-pham/x/', undefined))).toEqual({ path: '/san-pham/x/' });
	});
});

describe('content/synonyms.yaml', () => {
	const check = (text: string) => parseSynonyms('content/synonyms.yaml', text);

	it('reads valid entries', () => {
		expect(check('- words: cà phê\n  also: [cafe, coffee]\n- words: mật ong\n  also:\n    - honey\n')).toEqual({
			synonyms: [
				{ words: 'cà phê', also: ['cafe', 'coffee'] },
				{ words: 'mật ong', also: ['honey'] },
			],
			problems: [],
		});
		expect(check('# nothing yet\n')).toEqual({ synonyms: [], problems: [] });
	});

	it('reports an entry without words or also with its line, message id and the fix in both languages, and keeps the others', () => {
		const { synonyms, problems } = check('- words: cà phê\n  also: [cafe]\n- words: mật ong\n- also: [x]\n');
		expect(synonyms).toEqual([{ words: 'cà phê', also: ['cafe'] }]);
		expect(problems.map((p) => [p.id, p.file, p.line, p.field])).toEqual([
			['OCOP-E032', 'content/synonyms.yaml', 3, '[1].also'],
			['OCOP-E032', 'content/synonyms.yaml', 4, '[2].words'],
		]);
		expect(problems[0]).toMatchInlineSnapshot(`
			{
			  "en": "Write \`also:\` as a list of other ways people type them, e.g. \`also: [cafe, caphe, coffee]\`.",
			  "field": "[1].also",
			  "file": "content/synonyms.yaml",
			  "id": "OCOP-E032",
			  "line": 3,
			  "name": "synonym-invalid",
			  "severity": "error",
			  "vi": "Ghi \`also:\` là danh sách các cách gõ khác, ví dụ \`also: [cafe, caphe, coffee]\`.",
			}
		`);
	});

	it('reports a word listed twice, marks and case aside, on the second one’s line', () => {
		const { problems } = check('- words: cà phê\n  also: [cafe]\n- words: Trà\n  also: [tea, Cà Phê]\n');
		expect(problems.map((p) => [p.id, p.line, p.field])).toEqual([['OCOP-E033', 4, '[1].also[1]']]);
		expect(problems[0]?.en).toBe(
			'“Cà Phê” is already listed in the entry starting on line 1: merge the entries or remove the word from one.',
		);
	});

	it('reports a file that is not a list, a word without letters, and YAML it cannot read', () => {
		expect(check('words: cà phê\n').problems.map((p) => p.id)).toEqual(['OCOP-E032']);
		expect(check('- words: cà phê\n  also: ["123"]\n').problems.map((p) => [p.id, p.line])).toEqual([['OCOP-E032', 2]]);
		expect(check('- words: [cà phê\n').problems.map((p) => p.id)).toEqual(['OCOP-E001']);
	});
});
