/**
 * The near-me files (docs/offline-and-maps.md), read by the near-me page on the phone
 * (src/scripts/near-me.ts), which works out there what is near: the visitor's position is sent nowhere.
 * - `<base>near-me.json` (src/pages/near-me.json.ts): the index, each province with its centre, the
 *   box around its places and their count;
 * - `<base>near-me/<province>.json` (src/pages/near-me/[province].json.ts): the province's OCOP centres
 *   and sales points, each with its position, hours and first products.
 * One file of every place was about 250 kB gzip at 13,000 products (2,300 places); a position needs
 * the files of the provinces around it only (nearestAcross in src/lib/offline/near.ts).
 */
import { catalogue } from './catalogue.ts';
import { PROVINCE_CENTRES } from '../lib/map/province-centres.ts';
import { boxAround, type NearIndex, type NearPlace } from '../lib/offline/near.ts';
import { LOCALES, routePath, type Locale } from '../lib/routes.ts';

/** Products named per place; the place's page lists them all. */
const PRODUCTS_SHOWN = 3;

let loading: Promise<{ index: NearIndex; places: Map<string, NearPlace[]> }> | undefined;

/** The index and every province's places, made once per build. */
export function nearFiles(): Promise<{ index: NearIndex; places: Map<string, NearPlace[]> }> {
	loading ??= (async () => {
		const c = await catalogue();
		const perLocale = (path: (locale: Locale) => string) => Object.fromEntries(LOCALES.map((l) => [l, path(l)])) as Record<Locale, string>;
		const places = new Map<string, NearPlace[]>();
		for (const place of [...c.centres.values(), ...c.salesPoints.values()]) {
			const key = place.type === 'centre' ? 'centres' : 'salesPoints';
			const products = (place.type === 'centre' ? c.byCentre : c.bySalesPoint).get(place.id) ?? [];
			const province = place.districtView.province;
			const list = places.get(province) ?? [];
			places.set(province, list);
			list.push({
				type: place.type,
				name: place.name,
				province,
				lat: place.coordinates.lat,
				lng: place.coordinates.lng,
				hours: place.hours,
				url: perLocale((l) => routePath(l, { key, id: place.id })),
				count: products.length,
				products: products.slice(0, PRODUCTS_SHOWN).map((p) => ({
					name: { vi: p.text.vi.name, en: (p.text.en ?? p.text.vi).name },
					url: perLocale((l) => routePath(l, { key: 'products', id: p.slug })),
				})),
			});
		}
		const index: NearIndex = {
			provinces: [...c.provinces.values()].map((p) => {
				const own = places.get(p.id) ?? [];
				const box = boxAround(own);
				return { id: p.id, name: p.name, ...(PROVINCE_CENTRES[p.id] ?? { lat: 16, lng: 107 }), count: own.length, ...(box ? { box } : {}) };
			}),
		};
		return { index, places };
	})();
	return loading;
}
