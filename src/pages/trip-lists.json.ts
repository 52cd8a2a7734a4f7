/**
 * What "Save for the trip" stores for each province, district, OCOP centre and sales point: the slugs
 * of its products. Written during the build and read, then deleted, by src/integrations/service-worker.ts,
 * which adds the pages' and pictures' addresses and sizes and publishes one small file per place and
 * language (src/lib/offline/trips.ts).
 */
import type { APIRoute } from 'astro';
import { catalogue } from '../data/catalogue.ts';
import type { TripSource } from '../lib/offline/trips.ts';

export const GET: APIRoute = async () => {
	const c = await catalogue();
	const lists: TripSource[] = [];
	const slugs = (products: Array<{ slug: string }> | undefined) => (products ?? []).map((p) => p.slug);
	for (const p of c.provinces.values())
		lists.push({ key: 'provinces', id: p.id, name: p.name, province: p.id, slugs: slugs(c.byProvince.get(p.id)) });
	for (const d of c.districts.values())
		lists.push({ key: 'districts', id: d.id, name: d.name, province: d.province, slugs: slugs(c.byDistrict.get(d.id)) });
	for (const p of c.centres.values())
		lists.push({ key: 'centres', id: p.id, name: p.name, province: p.districtView.province, slugs: slugs(c.byCentre.get(p.id)) });
	for (const p of c.salesPoints.values())
		lists.push({ key: 'salesPoints', id: p.id, name: p.name, province: p.districtView.province, slugs: slugs(c.bySalesPoint.get(p.id)) });
	return new Response(JSON.stringify(lists), { headers: { 'Content-Type': 'application/json' } });
};
