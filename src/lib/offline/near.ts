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

/** The near-me file: the places, and the provinces to pick from without a position. */
export interface NearFile {
	/** Each province with where its administrative centre is (the places of a picked province are listed nearest it first). */
	provinces: Array<{ id: string; name: { vi: string; en: string }; lat: number; lng: number }>;
	places: NearPlace[];
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
