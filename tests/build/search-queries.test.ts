/**
 * What people really type, searched in the built sample site's index as the search page searches it
 * (helpers/pagefind.ts): both languages, with and without tone marks, syllables joined and split,
 * synonyms from content/synonyms.yaml. Each query holds its product in the first three results.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { routePath, type Locale } from '../../src/lib/routes.ts';
import { aliasesFor, joinedForms } from '../../src/lib/search/spellings.ts';
import { foldD } from '../../src/lib/search/search.ts';
import { openSiteSearch, type SiteSearch } from '../helpers/pagefind.ts';
import { SITE_DIR } from '../helpers/paths.ts';

/** [language of the search page, query, product expected in the first three results]. */
const QUERIES: Array<[Locale, string, string]> = [
	['vi', 'ca phe', 'ca-phe-robusta-buon-ma-thuot'],
	['vi', 'cà phê', 'ca-phe-robusta-buon-ma-thuot'],
	['vi', 'caphe', 'ca-phe-robusta-buon-ma-thuot'],
	['vi', 'cafe', 'ca-phe-robusta-buon-ma-thuot'],
	['vi', 'coffee', 'ca-phe-arabica-lang-biang'],
	['vi', 'caphe arabica', 'ca-phe-arabica-lang-biang'],
	['vi', 'ca phe rang xay', 'ca-phe-rang-xay-xuan-thoi-son'],
	['vi', 'nuoc mam', 'nuoc-mam-ca-com-thang-binh'],
	['vi', 'nước mắm', 'nuoc-mam-ca-com-thang-binh'],
	['vi', 'nuocmam', 'nuoc-mam-ca-com-thang-binh'],
	['vi', 'fish sauce', 'nuoc-mam-ca-com-thang-binh'],
	['vi', 'mat ong', 'mat-ong-rung-mai-chau'],
	['vi', 'matong', 'mat-ong-rung-mai-chau'],
	['vi', 'mật ong rừng', 'mat-ong-rung-mai-chau'],
	['vi', 'honey', 'mat-ong-hoa-ca-phe-ea-tu'],
	['vi', 'sau rieng', 'sau-rieng-say-lanh-krong-pac'],
	['vi', 'saurieng', 'sau-rieng-say-lanh-krong-pac'],
	['vi', 'durian', 'sau-rieng-say-lanh-krong-pac'],
	['vi', 'non la', 'non-la-phuong-trung'],
	['vi', 'nonla', 'non-la-phuong-trung'],
	['vi', 'tra atiso', 'tra-atiso-tui-loc-lac-duong'],
	// Trà (tea) before the pottery of Bát Tràng, whose name, producer and place hold "Tràng" (wholeWordsFirst).
	['vi', 'tra', 'tra-atiso-tui-loc-lac-duong'],
	['vi', 'trà', 'tra-atiso-tui-loc-lac-duong'],
	['vi', 'tea', 'tra-atiso-tui-loc-lac-duong'],
	['vi', 'dac san', 'banh-trang-dac-san-dai-loc'],
	['vi', 'dacsan', 'banh-trang-dac-san-dai-loc'],
	['vi', 'đặc sản đại lộc', 'banh-trang-dac-san-dai-loc'],
	['vi', 'gom bat trang', 'binh-gom-men-ran-bat-trang'],
	['vi', 'battrang', 'dia-gom-ve-tay-bat-trang'],
	['vi', 'tho cam', 'tho-cam-thai-mai-chau'],
	['vi', 'thocam', 'tho-cam-k-ho-lac-duong'],
	['vi', 'ruou can', 'ruou-can-ea-tu'],
	['vi', 'ruoucan', 'ruou-can-ea-tu'],
	['vi', 'cam cao phong', 'cam-cao-phong'],
	['vi', 'buoi tien phuoc', 'buoi-tien-phuoc'],
	['vi', 'tieu den', 'tieu-den-tien-phuoc'],
	['vi', 'muc mot nang', 'muc-mot-nang-tam-thanh'],
	['vi', 'gio lua', 'gio-lua-uoc-le'],
	['vi', 'nam bao ngu', 'nam-bao-ngu-xam-tan-thoi-nhi'],
	['vi', 'krong pac', 'sau-rieng-say-lanh-krong-pac'],
	['en', 'coffee', 'ca-phe-robusta-buon-ma-thuot'],
	['en', 'robusta coffee', 'ca-phe-robusta-buon-ma-thuot'],
	['en', 'caphe', 'ca-phe-arabica-lang-biang'],
	['en', 'ca phe', 'ca-phe-arabica-lang-biang'],
	['en', 'fish sauce', 'nuoc-mam-ca-com-thang-binh'],
	['en', 'nuocmam', 'nuoc-mam-ca-com-thang-binh'],
	['en', 'nuoc mam', 'nuoc-mam-ca-com-thang-binh'],
	['en', 'honey', 'mat-ong-rung-mai-chau'],
	['en', 'mat ong', 'mat-ong-rung-mai-chau'],
	['en', 'durian', 'sau-rieng-say-lanh-krong-pac'],
	['en', 'conical hat', 'non-la-phuong-trung'],
	['en', 'pomelo', 'buoi-tien-phuoc'],
	['en', 'brocade', 'tho-cam-thai-mai-chau'],
	['en', 'black pepper', 'tieu-den-tien-phuoc'],
	['en', 'squid', 'muc-mot-nang-tam-thanh'],
	['en', 'oyster mushroom', 'nam-bao-ngu-xam-tan-thoi-nhi'],
	['en', 'artichoke tea', 'tra-atiso-tui-loc-lac-duong'],
	['en', 'bat trang', 'binh-gom-men-ran-bat-trang'],
];

describe('queries people type find their product in the first three results', () => {
	let site: SiteSearch;
	beforeAll(async () => {
		site = await openSiteSearch(SITE_DIR);
	});
	afterAll(() => site.close());

	it('the table has at least 40 queries, in both languages', () => {
		expect(QUERIES.length).toBeGreaterThanOrEqual(40);
		expect(new Set(QUERIES.map(([l]) => l))).toEqual(new Set(['vi', 'en']));
	});

	it.each(QUERIES)('on the %s search page, “%s” finds %s', async (locale, query, slug) => {
		const found = await site.search(locale, query);
		expect(found.slice(0, 3), `${query}: ${found.slice(0, 5).join(' ')}`).toContain(routePath(locale, { key: 'products', id: slug }));
	});

	it('the pictures’ addresses are not words of the index', async () => {
		for (const query of ['webp', 'img', '_img']) expect(await site.search('vi', query), query).toEqual([]);
		// Pagefind answers it with a shorter word of the index (a number of a story), which is not a find.
		for (const query of ['webp', 'img', '192x144q50', '_img']) expect(await site.unmatched('vi', query), query).toEqual([query]);
	});

	it('tells the words that find nothing, even when Pagefind answers them with a shorter word (macca → Ma of Buôn Ma Thuột)', async () => {
		expect(await site.unmatched('vi', 'macca dak lak')).toEqual(['macca']);
		expect(await site.unmatched('vi', 'xyzw')).toEqual(['xyzw']);
		expect(await site.unmatched('en', 'honey xyzw')).toEqual(['xyzw']);
		expect(await site.unmatched('vi', 'ca phe dak lak')).toEqual([]);
		expect(await site.unmatched('vi', 'caphe nuocmam')).toEqual([]);
		expect(await site.unmatched('vi', 'mat on')).toEqual([]);
	});
});

describe('ranking', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ocop-ranking-'));
	let site: SiteSearch;
	beforeAll(async () => {
		// Two products: one whose name has "cafe", one that has it only through a synonym of "cà phê".
		const synonyms = [{ words: 'cà phê', also: ['cafe', 'coffee'] }];
		const { index } = await pagefind.createIndex({});
		for (const [url, name, producer, place] of [
			['/san-pham/ca-phe-robusta/', 'Cà phê Robusta Buôn Ma Thuột', 'HTX Cà phê Ea Tu', 'Ea Tu, Buôn Ma Thuột, Đắk Lắk'],
			['/san-pham/banh-cafe/', 'Bánh cafe nướng', 'Cơ sở Bánh Hà', 'Phường 1, Đà Lạt, Lâm Đồng'],
			// Pottery of Bát Tràng: "Tràng" in its name, producer and place, all weighted fields.
			['/san-pham/binh-gom-bat-trang/', 'Bình gốm Bát Tràng', 'HTX gốm Bát Tràng', 'Bát Tràng, Gia Lâm, Hà Nội'],
			['/san-pham/tra-shan-tuyet/', 'Trà Shan tuyết', 'HTX Chè Hà Giang', 'Lũng Phìn, Đồng Văn, Hà Giang'],
		] as const) {
			const aka = [...joinedForms([name]), ...aliasesFor([name], synonyms)].join(' ');
			const content = foldD([name, producer, place].join('\n'));
			const meta = { title: name, heading: foldD(name), producer: foldD(producer), place: foldD(place), aka };
			await index?.addCustomRecord({ url, content, language: 'vi', meta });
		}
		await index?.writeFiles({ outputPath: join(dir, 'pagefind') });
		await pagefind.close();
		site = await openSiteSearch(dir);
	});
	afterAll(async () => {
		await site.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('ranks a product whose real name has the word above one that has it only through a synonym', async () => {
		expect(await site.search('vi', 'cafe')).toEqual(['/san-pham/banh-cafe/', '/san-pham/ca-phe-robusta/']);
		expect((await site.search('vi', 'ca phe'))[0]).toBe('/san-pham/ca-phe-robusta/');
		expect(await site.search('vi', 'caphe')).toEqual(['/san-pham/ca-phe-robusta/']);
	});

	it('ranks a name that holds the word whole above a name, producer and place where it begins a longer word (tra: trà before Bát Tràng)', async () => {
		expect((await site.search('vi', 'tra'))[0]).toBe('/san-pham/tra-shan-tuyet/');
		expect((await site.search('vi', 'trà'))[0]).toBe('/san-pham/tra-shan-tuyet/');
		expect((await site.search('vi', 'bat trang'))[0]).toBe('/san-pham/binh-gom-bat-trang/');
		// A word still being typed is held whole by no page: Pagefind's order.
		expect(await site.search('vi', 'tran')).toEqual(['/san-pham/binh-gom-bat-trang/']);
	});
});
