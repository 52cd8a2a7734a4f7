/**
 * The outline of Viet Nam and its neighbours as one SVG file (`<base>viet-nam.svg`), under the small
 * maps of place pages (src/components/CountryMap.astro): one download for every page, then cached.
 * Natural Earth, public domain (src/lib/map/country.ts).
 */
import type { APIRoute } from 'astro';
import { countryMap, MAP_SIZE } from '../lib/map/country.ts';

export const GET: APIRoute = () => {
	const map = countryMap();
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_SIZE.width} ${MAP_SIZE.height}">` +
		`<path fill="#ecece8" stroke="#b9bdb8" stroke-width="0.4" d="${map.neighbours}"/>` +
		`<path fill="#f4f1e4" stroke="#6b7f73" stroke-width="0.6" d="${map.country}"/></svg>\n`;
	return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
