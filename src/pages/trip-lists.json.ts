/**
 * What "Save for the trip" stores for each province, district, OCOP centre and sales point: the slugs
 * of its products. Written during the build and read, then deleted, by src/integrations/service-worker.ts,
 * which adds the pages' and pictures' addresses and sizes and publishes them, a file per province and
 * language holding the lists of all its places (src/lib/offline/trips.ts).
 */
import type { APIRoute } from 'astro';
import { catalogue } from '../data/catalogue.ts';
import type { TripSource } from '../lib/offline/trips.ts';

export const GET: APIRoute = async () => {
	const c = await catalogue();
	const lists: TripSource[] = [];
	const slugs = (products: Array<{ slug: string }> | undefined) => (products ?? []).map((p) => p.slug);
	for (const p of c.provinces.values())
		lists.push({ key: 'provinces', id: p.id, province: p.id, name: p.name, slugs: slugs(c.byProvince.get(p.id)) });
	for (const d of c.districts.values())
		lists.push({ key: 'districts', id: d.id, province: d.province, name: d.name, slugs: slugs(c.byDistrict.get(d.id)) });
	for (const [key, places, products] of [
		['centres', c.centres, c.byCentre],
		['salesPoints', c.salesPoints, c.bySalesPoint],
	] as const)
		for (const p of places.values())
			lists.push({ key, id: p.id, province: p.districtView.province, name: p.name, slugs: slugs(products.get(p.id)) });
	return new Response(JSON.stringify(lists), { headers: { 'Content-Type': 'application/json' } });
};
