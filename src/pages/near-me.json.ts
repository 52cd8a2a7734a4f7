/**
 * The near-me file (`<base>near-me.json`): every OCOP centre and sales point with its position, hours
 * and first products, read by the near-me page on the phone (src/scripts/near-me.ts), which works it
 * out there: the visitor's position is sent nowhere. Kept in the service worker's shell, so that the
 * page works offline. A few hundred bytes a place (about 250 kB gzip for 2,000 places, 13,000 products).
 */
import type { APIRoute } from 'astro';
import { catalogue } from '../data/catalogue.ts';
import { PROVINCE_CENTRES } from '../lib/map/province-centres.ts';
import type { NearFile, NearPlace } from '../lib/offline/near.ts';
import { LOCALES, routePath, type Locale } from '../lib/routes.ts';

/** Products named per place; the place's page lists them all. */
const PRODUCTS_SHOWN = 3;

export const GET: APIRoute = async () => {
	const c = await catalogue();
	const perLocale = (path: (locale: Locale) => string) => Object.fromEntries(LOCALES.map((l) => [l, path(l)])) as Record<Locale, string>;
	const places: NearPlace[] = [...c.centres.values(), ...c.salesPoints.values()].map((place) => {
		const key = place.type === 'centre' ? 'centres' : 'salesPoints';
		const products = (place.type === 'centre' ? c.byCentre : c.bySalesPoint).get(place.id) ?? [];
		return {
			type: place.type,
			name: place.name,
			province: place.districtView.province,
			lat: place.coordinates.lat,
			lng: place.coordinates.lng,
			hours: place.hours,
			url: perLocale((l) => routePath(l, { key, id: place.id })),
			count: products.length,
			products: products.slice(0, PRODUCTS_SHOWN).map((p) => ({
				name: { vi: p.text.vi.name, en: (p.text.en ?? p.text.vi).name },
				url: perLocale((l) => routePath(l, { key: 'products', id: p.slug })),
			})),
		};
	});
	const provinces = [...c.provinces.values()].map((p) => ({
		id: p.id,
		name: p.name,
		...(PROVINCE_CENTRES[p.id] ?? { lat: 16, lng: 107 }),
	}));
	const file: NearFile = { provinces, places };
	return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
