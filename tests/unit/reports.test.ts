import { describe, expect, it } from 'vitest';
import { buildCatalogue, type CatalogueInput } from '../../src/lib/catalogue.ts';
import {
	certificateReport,
	certificateText,
	daysBetween,
	paginateGroups,
	stockReport,
	stockText,
	translationReport,
	translationText,
} from '../../src/lib/editors/reports.ts';
import { facts, place } from '../helpers/catalogue-input.ts';

/** The report's day. Certificates last 36 months: one dated 2023-12-01 runs out on 2026-12-01. */
const AS_OF = '2026-11-22';
const cert = (date: string, revoked?: string) => ({
	number: '1',
	date,
	issuer: { vi: 'a', en: 'a' },
	...(revoked ? { revoked: { date: revoked, reason: { vi: 'r', en: 'r' } } } : {}),
});

const input: CatalogueInput<string> = {
	provinces: [{ id: 'pv', data: { id: 'pv', name: { vi: 'Tỉnh', en: 'Province' }, kind: 'province' } }],
	districts: [
		{ id: 'd1', data: { name: { vi: 'Huyện Bắc', en: 'North District' }, province: 'pv' } },
		{ id: 'd2', data: { name: { vi: 'Huyện An', en: 'An District' }, province: 'pv' } },
	],
	producers: [{ id: 'p1', data: { name: { vi: 'Chủ thể' }, kind: 'household', district: 'd1', commune: 'C', contact: {}, sample: true } }],
	centres: [{ id: 'c1', data: place('d1', 'Trung tâm Bắc') }],
	salesPoints: [
		{ id: 's1', data: place('d1', 'Điểm bán Bắc') },
		{ id: 's2', data: place('d2', 'Điểm bán An') },
	],
	products: [
		// valid for years: in no certificate report
		{ id: 'fresh', data: facts({ code: 'x-1', stars: 5, certificate: cert('2026-01-10'), centres: ['c1'], salesPoints: ['s1'] }) },
		// runs out on 2026-12-01, 9 days after the report's day: expiring
		{ id: 'soon', data: facts({ code: 'x-2', stars: 4, certificate: cert('2023-12-01'), centres: ['c1'], salesPoints: ['s1', 's2'] }) },
		// runs out on 2027-02-20, day 90: still expiring; 2027-02-21 (day 91) would not be
		{ id: 'edge', data: facts({ code: 'x-3', stars: 3, district: 'd2', certificate: cert('2024-02-20') }) },
		{ id: 'later', data: facts({ code: 'x-4', stars: 3, district: 'd2', certificate: cert('2024-02-21') }) },
		// ran out on 2025-06-15: expired
		{ id: 'old', data: facts({ code: 'x-5', stars: 3, district: 'd2', certificate: cert('2022-06-15'), salesPoints: ['s2'] }) },
		// revoked on 2025-08-01 although still within 36 months: revoked
		{ id: 'gone', data: facts({ code: 'x-6', stars: 4, certificate: cert('2024-05-01', '2025-08-01'), centres: ['c1'] }) },
	],
	stories: [
		{ id: 'fresh/vi', data: { name: 'Chè', summary: 's' } },
		{ id: 'fresh/en', data: { name: 'Tea', summary: 's' } },
		{ id: 'soon/vi', data: { name: 'Bánh', summary: 's' } },
		{ id: 'edge/vi', data: { name: 'Gạo', summary: 's' } },
		{ id: 'edge/en', data: { name: 'Rice', summary: 's' } },
		{ id: 'later/vi', data: { name: 'Mật', summary: 's' } },
		{ id: 'later/en', data: { name: 'Honey', summary: 's' } },
		{ id: 'old/vi', data: { name: 'Tiêu', summary: 's' } },
		{ id: 'gone/vi', data: { name: 'Đậu', summary: 's' } },
		{ id: 'gone/en', data: { name: 'Peanuts', summary: 's' } },
	],
};
const c = buildCatalogue(input, AS_OF);

describe('the translation report', () => {
	const r = translationReport(c);

	it('counts the products with an English story and lists those without, by district', () => {
		expect([r.total, r.translated]).toEqual([6, 4]);
		expect(r.missing.map((p) => p.slug).sort()).toEqual(['old', 'soon']);
		expect(r.districts.map((g) => [g.district.id, g.total, g.rows.map((p) => p.slug)])).toEqual([
			['d2', 3, ['old']],
			['d1', 3, ['soon']],
		]);
	});

	it('prints one line per missing product under its district, in both languages', () => {
		expect(translationText(r)).toMatchInlineSnapshot(`
			"Bản dịch tiếng Anh / English translations: 4/6 sản phẩm có / products have one; 2 thiếu / missing.

			Huyện An / An District — 1/3 thiếu / missing:
			  x-5  Tiêu  (old)

			Huyện Bắc / North District — 1/3 thiếu / missing:
			  x-2  Bánh  (soon)"
		`);
	});
});

describe('the certificate report', () => {
	const r = certificateReport(c);

	it('is computed for the catalogue day, with a 90-day window', () => {
		expect(r.asOf).toBe(AS_OF);
		expect(r.horizon).toBe('2027-02-20');
		expect(daysBetween(AS_OF, r.horizon)).toBe(90);
	});

	it('flags revoked, expired and expiring certificates, and leaves valid ones out', () => {
		expect(r.rows.map((row) => [row.slug, row.flag, row.daysLeft])).toEqual([
			['gone', 'revoked', daysBetween(AS_OF, '2027-05-01')],
			['old', 'expired', -525],
			['soon', 'expiring', 9],
			['edge', 'expiring', 90],
		]);
		expect(r.counts).toEqual({ revoked: 1, expired: 1, expiring: 2 });
		expect(r.rows.find((row) => row.slug === 'gone')?.revokedOn).toBe('2025-08-01');
	});

	it('groups them by district and by the OCOP centre that shows them', () => {
		expect(r.districts.map((g) => [g.district.id, g.rows.map((row) => row.slug)])).toEqual([
			['d2', ['old', 'edge']],
			['d1', ['gone', 'soon']],
		]);
		expect(r.centres.map((g) => [g.centre.id, g.rows.map((row) => row.slug)])).toEqual([['c1', ['gone', 'soon']]]);
	});

	it('does not depend on the clock: another day gives another report', () => {
		const later = certificateReport(buildCatalogue(input, '2026-12-01'));
		expect(later.rows.find((row) => row.slug === 'soon')?.flag).toBe('expired');
		expect(later.rows.some((row) => row.slug === 'later')).toBe(true);
	});

	it('prints each flagged certificate with its day, in both languages', () => {
		const text = certificateText(r);
		expect(text).toContain('1 bị thu hồi / revoked, 1 hết hạn / expired, 2 sắp hết hạn / expiring within 90 days');
		expect(text).toContain('[hết hạn / expired] x-5  Tiêu  (old) — hết hạn từ / expired on 2025-06-15 (525 ngày trước / days ago)');
		expect(text).toContain(
			'[sắp hết hạn / expiring] x-2  Bánh  (soon) — còn hiệu lực đến / valid until 2026-11-30 (còn / 9 ngày / days left)',
		);
		expect(text).toContain('[bị thu hồi / revoked] x-6  Đậu  (gone) — thu hồi ngày / revoked on 2025-08-01');
	});
});

describe('the stock report', () => {
	const r = stockReport(c);

	it('lists every centre, then every sales point, with what it stocks, best rated first, then by Vietnamese name', () => {
		expect(r.map((s) => [s.place.type, s.place.id, s.products.map((p) => p.slug)])).toEqual([
			['centre', 'c1', ['fresh', 'soon', 'gone']],
			['salesPoint', 's2', ['soon', 'old']],
			['salesPoint', 's1', ['fresh', 'soon']],
		]);
	});

	it('counts the products on a shelf whose certificate is no longer valid', () => {
		expect(r.map((s) => s.notValid)).toEqual([1, 1, 0]);
	});

	it('prints each place with its products and their stars', () => {
		expect(stockText(r).split('\n').slice(0, 4)).toEqual([
			'Trung tâm OCOP / OCOP centre: Trung tâm Bắc (c1, Huyện Bắc / North District) — 3 sản phẩm / products; 1 không còn hiệu lực / no longer valid',
			'  ★★★★★  x-1  Chè  (fresh)',
			'  ★★★★  x-2  Bánh  (soon)',
			'  ★★★★  x-6  Đậu  (gone)  [bị thu hồi / revoked]',
		]);
	});
});

describe('splitting a report into pages', () => {
	const groups = [
		{ group: 'a', rows: [1, 2, 3] },
		{ group: 'empty', rows: [] },
		{ group: 'b', rows: [4, 5, 6, 7, 8] },
	];
	const shape = (size: number) =>
		paginateGroups(groups, size).map((p) => [p.page, p.pages, p.groups.map((g) => [g.group, g.rows, g.continued])]);

	it('keeps every group whole on one page when it fits', () => {
		expect(shape(100)).toEqual([
			[
				1,
				1,
				[
					['a', [1, 2, 3], false],
					['empty', [], false],
					['b', [4, 5, 6, 7, 8], false],
				],
			],
		]);
	});

	it('cuts a group where a page is full and marks the rest as continued, a group without rows taking one place', () => {
		expect(shape(4)).toEqual([
			[
				1,
				3,
				[
					['a', [1, 2, 3], false],
					['empty', [], false],
				],
			],
			[2, 3, [['b', [4, 5, 6, 7], false]]],
			[3, 3, [['b', [8], true]]],
		]);
	});

	it('gives a report without groups one empty page', () => {
		expect(paginateGroups([], 10)).toEqual([{ page: 1, pages: 1, groups: [] }]);
	});
});
