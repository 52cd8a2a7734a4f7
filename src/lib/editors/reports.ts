/**
 * The reports editors ask for, as plain data computed from the catalogue: which products lack an
 * English story, which certificates are expired, run out within 90 days or were revoked (by
 * district and by OCOP centre), and what each centre and sales point stocks. Pure: the build's
 * editors' pages (src/views/EditorsPage.astro) and `npm run report` (scripts/report.ts) call the same
 * functions on a catalogue loaded once, and unit tests call them on plain objects.
 *
 * Certificates are judged on the catalogue's day (`Catalogue.asOf`: the build date, or
 * `OCOP_AS_OF`), never on the clock, so a report is reproducible.
 */
import { addDays, type CertificateStatus } from '../certificate.ts';
import { compareProducts, type Catalogue, type PlaceView, type ProductView } from '../catalogue.ts';

/** A certificate that runs out within this many days of the report's day is "expiring". */
export const EXPIRING_WITHIN_DAYS = 90;

/** Both languages of a name. */
export interface Names {
	vi: string;
	en: string;
}

/** A product as a report row names it. */
export interface ReportProduct {
	slug: string;
	code: string;
	/** Vietnamese name and, when there is an English story, the English one (else the Vietnamese). */
	name: Names;
	stars: number;
	district: { id: string; name: Names };
	certificate: { status: CertificateStatus; validUntil: string };
}

function row<I>(p: ProductView<I>): ReportProduct {
	return {
		slug: p.slug,
		code: p.facts.code,
		name: { vi: p.text.vi.name, en: p.text.en?.name ?? p.text.vi.name },
		stars: p.facts.stars,
		district: { id: p.district.id, name: p.district.name },
		certificate: { status: p.certificate.status, validUntil: p.certificate.validUntil },
	};
}

/** A district with its products of one report, in catalogue order. */
export interface DistrictGroup<R> {
	district: { id: string; name: Names };
	rows: R[];
}

/** Groups rows by district, districts by Vietnamese name. */
function byDistrict<R extends { district: { id: string; name: Names } }>(rows: readonly R[]): DistrictGroup<R>[] {
	const groups = new Map<string, DistrictGroup<R>>();
	for (const r of rows) {
		let g = groups.get(r.district.id);
		if (!g) groups.set(r.district.id, (g = { district: r.district, rows: [] }));
		g.rows.push(r);
	}
	return [...groups.values()].sort((a, b) => a.district.name.vi.localeCompare(b.district.name.vi, 'vi'));
}

// ─── Translation status ──────────────────────────────────────────────────────────────────────────

/** Which products have an English story, overall and by district. */
export interface TranslationReport {
	total: number;
	translated: number;
	/** Products without an English story (their English page shows the Vietnamese story). */
	missing: ReportProduct[];
	/** Per district: how many products, how many lack English, and which. */
	districts: Array<DistrictGroup<ReportProduct> & { total: number }>;
}

/** The translation status of the catalogue. */
export function translationReport<I>(c: Catalogue<I>): TranslationReport {
	const missing = c.products.filter((p) => !p.text.en).map(row);
	const districts = byDistrict(missing).map((g) => ({ ...g, total: c.byDistrict.get(g.district.id)?.length ?? 0 }));
	return { total: c.products.length, translated: c.products.length - missing.length, missing, districts };
}

// ─── Certificates ────────────────────────────────────────────────────────────────────────────────

/** Why a certificate is in the report. */
export type CertificateFlag = 'expired' | 'expiring' | 'revoked';

/** A product whose certificate needs attention. */
export interface CertificateRow extends ReportProduct {
	flag: CertificateFlag;
	/** First day on which the certificate is no longer valid. */
	expires: string;
	/** Days from the report's day to `expires`: positive while valid, 0 or less once expired. */
	daysLeft: number;
	/** Day of the revocation, for revoked certificates. */
	revokedOn?: string;
	/** OCOP centres that show the product. */
	centres: Array<{ id: string; name: Names }>;
}

/** Certificates that need attention, as of a day. */
export interface CertificateReport {
	/** The day the statuses are computed for (the build date, or OCOP_AS_OF). */
	asOf: string;
	/** Last day of the "expiring" window: asOf + 90 days. */
	horizon: string;
	counts: Record<CertificateFlag, number>;
	/** Every flagged certificate: revoked, then expired, then expiring; soonest first within each. */
	rows: CertificateRow[];
	districts: DistrictGroup<CertificateRow>[];
	/** Per OCOP centre, the flagged products it shows (centres with none are left out). */
	centres: Array<{ centre: { id: string; name: Names }; rows: CertificateRow[] }>;
}

/** Whole days from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const FLAG_ORDER: Record<CertificateFlag, number> = { revoked: 0, expired: 1, expiring: 2 };

/** The certificates that are revoked, expired, or run out within `EXPIRING_WITHIN_DAYS` of the catalogue's day. */
export function certificateReport<I>(c: Catalogue<I>): CertificateReport {
	const asOf = c.asOf;
	const horizon = addDays(asOf, EXPIRING_WITHIN_DAYS);
	const rows: CertificateRow[] = [];
	for (const p of c.products) {
		const { status, expires } = p.certificate;
		const flag: CertificateFlag | undefined =
			status === 'revoked' ? 'revoked' : status === 'expired' ? 'expired' : expires <= horizon ? 'expiring' : undefined;
		if (!flag) continue;
		const revokedOn = p.facts.certificate.revoked?.date;
		rows.push({
			...row(p),
			flag,
			expires,
			daysLeft: daysBetween(asOf, expires),
			...(flag === 'revoked' && revokedOn ? { revokedOn } : {}),
			centres: p.centres.map((centre) => ({ id: centre.id, name: centre.name })),
		});
	}
	rows.sort((a, b) => FLAG_ORDER[a.flag] - FLAG_ORDER[b.flag] || a.expires.localeCompare(b.expires) || a.code.localeCompare(b.code));
	const counts: Record<CertificateFlag, number> = { revoked: 0, expired: 0, expiring: 0 };
	for (const r of rows) counts[r.flag]++;
	const centres = new Map<string, { centre: { id: string; name: Names }; rows: CertificateRow[] }>();
	for (const r of rows) {
		for (const centre of r.centres) {
			let g = centres.get(centre.id);
			if (!g) centres.set(centre.id, (g = { centre, rows: [] }));
			g.rows.push(r);
		}
	}
	return {
		asOf,
		horizon,
		counts,
		rows,
		districts: byDistrict(rows),
		centres: [...centres.values()].sort((a, b) => a.centre.name.vi.localeCompare(b.centre.name.vi, 'vi')),
	};
}

// ─── Stock ───────────────────────────────────────────────────────────────────────────────────────

/** What one centre or sales point stocks. */
export interface PlaceStock {
	place: { id: string; type: PlaceView['type']; name: Names; district: { id: string; name: Names } };
	/** Its products, more stars first, then by name. */
	products: ReportProduct[];
	/** How many of them have a certificate that is not valid (expired or revoked): they should come off the shelf. */
	notValid: number;
}

/** What every centre and sales point stocks: centres first, then sales points, each by Vietnamese name. */
export function stockReport<I>(c: Catalogue<I>): PlaceStock[] {
	const stock = (place: PlaceView, index: ReadonlyMap<string, ProductView<I>[]>): PlaceStock => {
		const products = [...(index.get(place.id) ?? [])].sort(compareProducts).map(row);
		return {
			place: { id: place.id, type: place.type, name: place.name, district: { id: place.districtView.id, name: place.districtView.name } },
			products,
			notValid: products.filter((p) => p.certificate.status !== 'valid').length,
		};
	};
	const byName = (a: PlaceView, b: PlaceView) => a.name.vi.localeCompare(b.name.vi, 'vi');
	return [
		...[...c.centres.values()].sort(byName).map((p) => stock(p, c.byCentre)),
		...[...c.salesPoints.values()].sort(byName).map((p) => stock(p, c.bySalesPoint)),
	];
}

// ─── Pages, for the site ─────────────────────────────────────────────────────────────────────────

/**
 * Rows per page of a report in the site. At 13,000 products the certificate report flags about
 * 5,000 certificates and the stock report lists some 20,000 shelf places: one page holding them all
 * would be megabytes. 120 table rows stay within the page budgets (50 kB gzip; 1,400 elements: at
 * 200 rows the stock report's pages of a 1,000-product catalogue had 1,668, and at 150 the
 * certificate report's busiest page of the 13,000-product catalogue had 1,495, its rows of about
 * nine elements split into many small district groups).
 */
export const REPORT_PAGE_SIZE = 120;

/** A group of a report (a district, a centre, a place) with its rows: all of them, or the run that fits on one page. */
export interface GroupSlice<G, R> {
	group: G;
	rows: R[];
	/** The group began on an earlier page (its heading says "continued"). */
	continued: boolean;
}

/** One page of a report: runs of its groups, in order. */
export interface ReportPage<G, R> {
	/** 1-based page number. */
	page: number;
	/** Number of pages, at least 1. */
	pages: number;
	groups: Array<GroupSlice<G, R>>;
}

/**
 * Splits a report's groups into pages of at most `size` rows (a group without rows counts as one,
 * for its heading), cutting a long group where the page is full; every row is on exactly one page,
 * in order. Always at least one page, possibly empty.
 */
export function paginateGroups<G, R>(
	groups: ReadonlyArray<{ group: G; rows: readonly R[] }>,
	size = REPORT_PAGE_SIZE,
): Array<ReportPage<G, R>> {
	const pages: Array<Array<GroupSlice<G, R>>> = [[]];
	let used = 0;
	const room = () => {
		if (used >= size) {
			pages.push([]);
			used = 0;
		}
		return size - used;
	};
	for (const { group, rows } of groups) {
		if (!rows.length) {
			room();
			pages[pages.length - 1]?.push({ group, rows: [], continued: false });
			used++;
			continue;
		}
		for (let from = 0; from < rows.length;) {
			const take = Math.min(room(), rows.length - from);
			pages[pages.length - 1]?.push({ group, rows: rows.slice(from, from + take), continued: from > 0 });
			used += take;
			from += take;
		}
	}
	return pages.map((groups, i) => ({ page: i + 1, pages: pages.length, groups }));
}

/** A district of the translation report: how many products it has and how many lack English. */
export interface TranslationGroup {
	district: { id: string; name: Names };
	total: number;
	missing: number;
}

/** The pages of the translation report: districts, each with its products lacking English. */
export function translationPages(r: TranslationReport, size = REPORT_PAGE_SIZE): Array<ReportPage<TranslationGroup, ReportProduct>> {
	return paginateGroups(
		r.districts.map((g) => ({ group: { district: g.district, total: g.total, missing: g.rows.length }, rows: g.rows })),
		size,
	);
}

/** A group of the certificate report: a district, or an OCOP centre (after every district). */
export type CertificateGroup = { by: 'district'; id: string; name: Names } | { by: 'centre'; id: string; name: Names };

/** The pages of the certificate report: by district, then by OCOP centre. */
export function certificatePages(r: CertificateReport, size = REPORT_PAGE_SIZE): Array<ReportPage<CertificateGroup, CertificateRow>> {
	return paginateGroups<CertificateGroup, CertificateRow>(
		[
			...r.districts.map((g) => ({ group: { by: 'district' as const, ...g.district }, rows: g.rows })),
			...r.centres.map((g) => ({ group: { by: 'centre' as const, ...g.centre }, rows: g.rows })),
		],
		size,
	);
}

/** The pages of the stock report: places, each with the products it stocks. */
export function stockPages(
	places: readonly PlaceStock[],
	size = REPORT_PAGE_SIZE,
): Array<ReportPage<Omit<PlaceStock, 'products'> & { count: number }, ReportProduct>> {
	return paginateGroups(
		places.map(({ products, ...place }) => ({ group: { ...place, count: products.length }, rows: products })),
		size,
	);
}

// ─── Text, for the command line ──────────────────────────────────────────────────────────────────

/** The kinds of report, as `npm run report -- <kind>` names them. */
export const REPORT_KINDS = ['translations', 'certificates', 'stock'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

const FLAG_WORDS: Record<CertificateFlag, Names> = {
	revoked: { vi: 'bị thu hồi', en: 'revoked' },
	expired: { vi: 'hết hạn', en: 'expired' },
	expiring: { vi: 'sắp hết hạn', en: 'expiring' },
};

const both = (n: Names) => (n.vi === n.en ? n.vi : `${n.vi} / ${n.en}`);
const productLine = (p: ReportProduct) => `${p.code}  ${p.name.vi}  (${p.slug})`;

/** The translation report as text, in Vietnamese and English. */
export function translationText(r: TranslationReport): string {
	const lines = [
		`Bản dịch tiếng Anh / English translations: ${r.translated}/${r.total} sản phẩm có / products have one; ${r.missing.length} thiếu / missing.`,
	];
	for (const g of r.districts) {
		lines.push('', `${both(g.district.name)} — ${g.rows.length}/${g.total} thiếu / missing:`);
		for (const p of g.rows) lines.push(`  ${productLine(p)}`);
	}
	return lines.join('\n');
}

/** The certificate report as text, in Vietnamese and English. */
export function certificateText(r: CertificateReport): string {
	const lines = [
		`Giấy chứng nhận cần chú ý, tính đến ngày / Certificates needing attention as of ${r.asOf} (sắp hết hạn: trước / expiring: before ${r.horizon}):`,
		`  ${r.counts.revoked} bị thu hồi / revoked, ${r.counts.expired} hết hạn / expired, ${r.counts.expiring} sắp hết hạn / expiring within ${EXPIRING_WITHIN_DAYS} days`,
	];
	const detail = (c: CertificateRow) => {
		const when =
			c.flag === 'revoked'
				? `thu hồi ngày / revoked on ${c.revokedOn ?? ''}`
				: c.flag === 'expired'
					? `hết hạn từ / expired on ${c.expires} (${-c.daysLeft} ngày trước / days ago)`
					: `còn hiệu lực đến / valid until ${c.certificate.validUntil} (còn / ${c.daysLeft} ngày / days left)`;
		return `  [${FLAG_WORDS[c.flag].vi} / ${FLAG_WORDS[c.flag].en}] ${productLine(c)} — ${when}`;
	};
	lines.push('', 'Theo huyện / By district:');
	for (const g of r.districts) {
		lines.push(`${both(g.district.name)}:`);
		for (const c of g.rows) lines.push(detail(c));
	}
	lines.push('', 'Theo trung tâm OCOP / By OCOP centre:');
	if (!r.centres.length) lines.push('  (không có / none)');
	for (const g of r.centres) {
		lines.push(`${both(g.centre.name)}:`);
		for (const c of g.rows) lines.push(detail(c));
	}
	return lines.join('\n');
}

/** The stock report as text, in Vietnamese and English. */
export function stockText(places: readonly PlaceStock[]): string {
	const kind: Record<PlaceView['type'], string> = { centre: 'Trung tâm OCOP / OCOP centre', salesPoint: 'Điểm bán / Sales point' };
	const lines: string[] = [];
	for (const s of places) {
		if (lines.length) lines.push('');
		const warn = s.notValid ? `; ${s.notValid} không còn hiệu lực / no longer valid` : '';
		lines.push(
			`${kind[s.place.type]}: ${both(s.place.name)} (${s.place.id}, ${both(s.place.district.name)}) — ${s.products.length} sản phẩm / products${warn}`,
		);
		for (const p of s.products) {
			const status =
				p.certificate.status === 'valid' ? '' : `  [${FLAG_WORDS[p.certificate.status].vi} / ${FLAG_WORDS[p.certificate.status].en}]`;
			lines.push(`  ${'★'.repeat(p.stars)}  ${productLine(p)}${status}`);
		}
	}
	return lines.join('\n');
}
