import { describe, expect, it } from 'vitest';
import { buildCatalogue, type CatalogueInput } from '../../src/lib/catalogue.ts';
import { openDataFiles, type CatalogueRecord } from '../../src/lib/buyers/open-data.ts';
import { facts, place } from '../helpers/catalogue-input.ts';

const SITE = 'https://ocop.example.org/';
const input: CatalogueInput<string> = {
	provinces: [
		{ id: 'da-nang', data: { id: 'da-nang', name: { vi: 'Đà Nẵng', en: 'Da Nang' }, kind: 'city' } },
		{ id: 'ha-noi', data: { id: 'ha-noi', name: { vi: 'Hà Nội', en: 'Hanoi' }, kind: 'city' } },
	],
	districts: [
		{ id: 'd1', data: { name: { vi: 'Huyện Đại Lộc', en: 'Dai Loc District' }, province: 'da-nang' } },
		{ id: 'd2', data: { name: { vi: 'Huyện Ba Vì', en: 'Ba Vi District' }, province: 'ha-noi' } },
	],
	producers: [
		{
			id: 'p1',
			data: {
				name: { vi: 'Hộ Đại Hiệp' },
				kind: 'household',
				district: 'd1',
				commune: 'C',
				contact: { phone: '0900 000 001' },
				tradeContact: { person: 'Bà A', zalo: '0900 000 001' },
				sample: true,
			},
		},
		{
			id: 'p2',
			data: {
				name: { vi: 'HTX Ba Vì' },
				kind: 'cooperative',
				district: 'd2',
				commune: 'C',
				contact: { phone: '024 000 002' },
				sample: true,
			},
		},
	],
	centres: [{ id: 'c1', data: place('d1', 'Trung tâm OCOP Đại Lộc') }],
	salesPoints: [],
	products: [
		{ id: 'banh-trang', data: facts({ trade: { exportMarkets: ['JP'], gtin: '9520001000010' } }) },
		{ id: 'mien', data: facts({ code: 'x-2', district: 'd2', producer: 'p2' }) },
	],
	stories: [
		{ id: 'banh-trang/vi', data: { name: 'Bánh tráng, "đặc sản"', summary: 'Đặc sản Đại Lộc.' } },
		{ id: 'mien/vi', data: { name: 'Miến', summary: 'Miến Ba Vì.' } },
	],
};
const c = buildCatalogue(input, '2026-11-22');
const text = (name: string, files = openDataFiles(c, [], SITE)) => files.find((f) => f.name === name)?.body.toString('utf8') ?? '';

describe('the open data files', () => {
	it('leave out a household’s phone and Zalo and every contact person, and keep a cooperative’s phone', () => {
		const data = JSON.parse(text('catalogue.json')) as CatalogueRecord;
		expect(data.producers.find((p) => p.id === 'p1')).toMatchObject({ contact: {}, tradeContact: {} });
		expect(text('catalogue.json')).not.toContain('0900 000 001');
		expect(text('catalogue.json')).not.toContain('Bà A');
		expect(data.producers.find((p) => p.id === 'p2')?.contact.phone).toBe('024 000 002');
	});

	it('write CSV with a byte-order mark, quoting a field that holds a comma or a quote', () => {
		const csv = text('products.csv');
		expect(csv.startsWith('\uFEFFcode,permalink,')).toBe(true);
		expect(csv).toContain('"Bánh tráng, ""đặc sản"""');
	});

	it('split the catalogue and each table by province when a file would pass the size limit', () => {
		const files = openDataFiles(c, [], SITE, 600);
		const names = files.map((f) => f.name);
		expect(names).toEqual(expect.arrayContaining(['catalogue-da-nang.json', 'catalogue-ha-noi.json', 'products-da-nang.csv']));
		expect(names).not.toContain('catalogue.json');
		const part = JSON.parse(text('catalogue-ha-noi.json', files)) as CatalogueRecord;
		expect(part.products.map((p) => p.code)).toEqual(['x-2']);
		expect(part.producers.map((p) => p.id)).toEqual(['p2']);
	});
});
