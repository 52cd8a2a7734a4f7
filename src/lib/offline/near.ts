/**
 * "Near me": the places (OCOP centres and sales points) nearest a position, with their opening hours
 * today. Pure, and shared by the build (which writes the places' file, src/pages/near-me.json.ts) and
 * the page's script (src/scripts/near-me.ts), which runs it on the visitor's phone: the position never
 * leaves the browser.
 */

/** Latitude and longitude in decimal degrees. */
export interface Point {
	lat: number;
	lng: number;
}

/** Days in the order of the content's opening hours. */
const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** A day of the week as content writes it. */
export type WeekDay = (typeof WEEK)[number];

/** One line of opening hours, as content writes it. */
export interface HoursLine {
	days: readonly WeekDay[];
	open: string;
	close: string;
}

/** A place as the near-me file holds it: what the list shows, in both languages. */
export interface NearPlace {
	type: 'centre' | 'salesPoint';
	name: { vi: string; en: string };
	/** Province id (content/provinces.yaml). */
	province: string;
	lat: number;
	lng: number;
	hours: HoursLine[];
	/** The place's page per language (URL paths under the base). */
	url: { vi: string; en: string };
	/** How many products it shows, and the first few (name and page per language). */
	count: number;
	products: Array<{ name: { vi: string; en: string }; url: { vi: string; en: string } }>;
}

/** A province in the near-me index. */
export interface NearProvince {
	id: string;
	name: { vi: string; en: string };
	/** Where its administrative centre is (the places of a picked province are listed nearest it first). */
	lat: number;
	lng: number;
	/** How many places its file holds (none: it has no file). */
	count: number;
	/** The box around its places: south, west, north, east (absent when it has none). */
	box?: [number, number, number, number];
}

/**
 * The near-me index (`<base>near-me.json`): the provinces, to pick from without a position and to
 * know which provinces' files (`<base>near-me/<province>.json`, each the province's places) a
 * position needs. One file of every place was about 250 kB gzip at 13,000 products.
 */
export interface NearIndex {
	provinces: NearProvince[];
}

/** The URL path of a province's places, under the base: `/near-me/ha-noi.json`. */
export function nearProvinceFile(province: string): string {
	return `/near-me/${encodeURIComponent(province)}.json`;
}

/** The box around `points`: south, west, north, east; undefined for none. */
export function boxAround(points: readonly Point[]): [number, number, number, number] | undefined {
	if (!points.length) return undefined;
	const lats = points.map((p) => p.lat);
	const lngs = points.map((p) => p.lng);
	return [Math.min(...lats), Math.min(...lngs), Math.max(...lats), Math.max(...lngs)];
}

/**
 * No place in `box` is nearer `from` than this (km). The nearest point of the box is taken as the
 * position moved into the box along latitude and longitude; on the sphere the true nearest point may
 * be a little nearer when the box lies east or west, so the distance is lowered by 5 %, far more than
 * that difference over a province, and a province is then loaded once in a while when not needed.
 */
export function boxDistanceKm(from: Point, box: readonly [number, number, number, number]): number {
	const [south, west, north, east] = box;
	const inside = { lat: Math.min(north, Math.max(south, from.lat)), lng: Math.min(east, Math.max(west, from.lng)) };
	return 0.95 * distanceKm(from, inside);
}

/**
 * The `limit` places nearest `from` over all provinces, loading only the provinces' files it needs:
 * in order of how near their places could be, until `limit` places are known that are nearer than
 * any place of a province not loaded. Usually the province the visitor is in and one or two beside
 * it. `load` gives a province's places (and throws when its file cannot be had).
 */
export async function nearestAcross(
	index: NearIndex,
	from: Point,
	load: (province: string) => Promise<NearPlace[]>,
	limit = 10,
): Promise<Array<NearPlace & { km: number }>> {
	const candidates = index.provinces
		.filter((p): p is NearProvince & { box: [number, number, number, number] } => p.count > 0 && p.box !== undefined)
		.map((p) => ({ id: p.id, least: boxDistanceKm(from, p.box) }))
		.sort((a, b) => a.least - b.least);
	let found: Array<NearPlace & { km: number }> = [];
	for (const province of candidates) {
		const last = found[limit - 1];
		if (last && last.km <= province.least) break;
		found = nearest([...found, ...(await load(province.id))], from, limit);
	}
	return found;
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: Point, b: Point): number {
	const dLat = rad(b.lat - a.lat);
	const dLng = rad(b.lng - a.lng);
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The `limit` places nearest `from`, nearest first, each with its distance in km. */
export function nearest<P extends Point>(places: readonly P[], from: Point, limit = 10): Array<P & { km: number }> {
	return places
		.map((p) => ({ ...p, km: distanceKm(from, p) }))
		.sort((a, b) => a.km - b.km)
		.slice(0, limit);
}

/** The day of the week of `date` in Viet Nam (UTC+7, no daylight saving), where the places are. */
export function weekDayInVietnam(date: Date): WeekDay {
	const local = new Date(date.getTime() + 7 * 3600_000);
	return WEEK[(local.getUTCDay() + 6) % 7] as WeekDay;
}

/** The opening hours on `day` (`07:30–17:00`, several joined by `, `), or undefined when closed all day. */
export function hoursOn(hours: readonly HoursLine[], day: WeekDay): string | undefined {
	const spans = hours
		.filter((line) => line.days.includes(day))
		.map((line) => `${line.open}–${line.close}`)
		.sort();
	return spans.length ? spans.join(', ') : undefined;
}

/** A distance as people say it: metres under 1 km, one decimal under 10 km, whole kilometres beyond. */
export function formatKm(km: number, locale: 'vi' | 'en'): string {
	const number = (n: number, digits: number) =>
		n.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
	if (km < 1) return `${number(Math.round((km * 1000) / 10) * 10, 0)} m`;
	return `${number(km, km < 10 ? 1 : 0)} km`;
}
