import { describe, expect, it } from 'vitest';
import { buildCatalogue, placesToBuy, productText, type CatalogueInput } from '../../src/lib/catalogue.ts';
import { facts, place } from '../helpers/catalogue-input.ts';

const input: CatalogueInput<string> = {
	provinces: [{ id: 'pv', data: { id: 'pv', name: { vi: 'Tỉnh', en: 'Province' }, kind: 'province' } }],
	districts: [
		{ id: 'd1', data: { name: { vi: 'Huyện 1', en: 'District 1' }, province: 'pv' } },
		{ id: 'd2', data: { name: { vi: 'Huyện 2', en: 'District 2' }, province: 'pv' } },
	],
	producers: [{ id: 'p1', data: { name: { vi: 'Chủ thể' }, kind: 'household', district: 'd1', commune: 'C', contact: {}, sample: true } }],
	centres: [{ id: 'c2', data: place('d2') }],
	salesPoints: [
		{ id: 's2', data: place('d2') },
		{ id: 's1', data: place('d1') },
	],
	products: [
		{ id: 'b-three', data: facts({ code: 'x-1', stars: 3, salesPoints: ['s2', 's1'], centres: ['c2'] }) },
		{ id: 'a-five', data: facts({ code: 'x-2', stars: 5, category: 4, district: 'd2', salesPoints: ['s2'] }) },
	],
	stories: [
		{ id: 'b-three/vi', data: { name: 'Bánh', summary: 'Tóm tắt' } },
		{ id: 'a-five/vi', data: { name: 'Áo', summary: 'Tóm tắt' } },
		{ id: 'a-five/en', data: { name: 'Shirt', summary: 'Summary' } },
	],
};

describe('the catalogue', () => {
	const c = buildCatalogue(input, '2026-11-22');

	it('sorts products by stars, best first', () => {
		expect(c.products.map((p) => p.slug)).toEqual(['a-five', 'b-three']);
	});

	it('groups products by district, province, producer, centre, sales point, group and stars', () => {
		expect(c.byDistrict.get('d1')?.map((p) => p.slug)).toEqual(['b-three']);
		expect(c.byProvince.get('pv')?.length).toBe(2);
		expect(c.byProducer.get('p1')?.length).toBe(2);
		expect(c.byCentre.get('c2')?.map((p) => p.slug)).toEqual(['b-three']);
		expect(c.bySalesPoint.get('s2')?.map((p) => p.slug)).toEqual(['a-five', 'b-three']);
		expect(c.byCategory.get(4)?.map((p) => p.slug)).toEqual(['a-five']);
		expect(c.byStars.get(3)?.map((p) => p.slug)).toEqual(['b-three']);
	});

	it('groups districts by province and places and producers by district', () => {
		expect(c.districtsByProvince.get('pv')?.map((d) => d.id)).toEqual(['d1', 'd2']);
		expect(c.salesPointsByDistrict.get('d1')?.map((s) => s.id)).toEqual(['s1']);
		expect(c.centresByDistrict.get('d2')?.map((s) => s.id)).toEqual(['c2']);
		expect(c.producersByDistrict.get('d1')?.map((s) => s.id)).toEqual(['p1']);
	});

	it('lists places to buy in the product’s own district first', () => {
		const p = c.productsBySlug.get('b-three');
		expect(p && placesToBuy(p).map((pl) => pl.id)).toEqual(['s1', 'c2', 's2']);
	});

	it('falls back to the Vietnamese name where there is no English story', () => {
		const three = c.productsBySlug.get('b-three');
		const five = c.productsBySlug.get('a-five');
		expect(three && productText(three, 'en').name).toBe('Bánh');
		expect(five && productText(five, 'en').name).toBe('Shirt');
	});

	it('refuses a product whose producer does not exist, naming both', () => {
		const broken = {
			...input,
			products: [{ id: 'z', data: facts({ producer: 'ghost' }) }],
			stories: [{ id: 'z/vi', data: { name: 'Z', summary: 'Z' } }],
		};
		expect(() => buildCatalogue(broken, '2026-11-22')).toThrow(/product z: unknown producer "ghost"/);
	});
});
