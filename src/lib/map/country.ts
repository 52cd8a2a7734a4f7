/**
 * The map of Viet Nam, drawn at build time as SVG (no script, no other host): the country's outline and
 * its neighbours' from Natural Earth (public domain) as the npm package world-atlas ships it (1:50m,
 * TopoJSON), projected with d3-geo, and the points of the catalogue (provinces, OCOP centres, sales
 * points) projected into the same frame. Hoàng Sa and Trường Sa are drawn and named as Viet Nam's.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { createRequire } from 'node:module';

/** The map's frame: width and height of the SVG viewBox. */
export const MAP_SIZE = { width: 360, height: 560 } as const;

/** What the map shows, longitude and latitude: the mainland, the islands and both archipelagos. */
const EXTENT: Feature = {
	type: 'Feature',
	properties: {},
	geometry: {
		type: 'MultiPoint',
		coordinates: [
			[102.1, 8.3],
			[115.2, 8.3],
			[115.2, 23.4],
			[102.1, 23.4],
		],
	},
};

/** Natural Earth's id of Viet Nam (ISO 3166-1 numeric). */
const VIET_NAM = '704';

/** The projected map: the paths and a function that places a point in the same frame. */
export interface CountryMap {
	/** SVG path data of Viet Nam's land. */
	country: string;
	/** SVG path data of the neighbouring countries' land, drawn faintly for context. */
	neighbours: string;
	/** [x, y] in the viewBox of a point, rounded to 0.1. */
	project(point: { lat: number; lng: number }): [number, number];
}

let cached: CountryMap | undefined;

/** The map, projected once per build. */
export function countryMap(): CountryMap {
	if (cached) return cached;
	const require = createRequire(import.meta.url);
	const topology = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
	const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
	const projection: GeoProjection = geoMercator().fitExtent(
		[
			[8, 8],
			[MAP_SIZE.width - 8, MAP_SIZE.height - 8],
		],
		EXTENT,
	);
	// Neighbours are cut at the frame: China's whole outline would weigh 40 kB.
	projection.clipExtent([
		[0, 0],
		[MAP_SIZE.width, MAP_SIZE.height],
	]);
	const path = geoPath(projection).digits(1);
	const vn = countries.features.filter((f) => String(f.id) === VIET_NAM);
	// Neighbours that show in the frame: China, Laos, Cambodia, Thailand.
	const near = countries.features.filter((f) => ['156', '418', '116', '764'].includes(String(f.id)));
	const round = (n: number) => Math.round(n * 10) / 10;
	cached = {
		country: vn.map((f) => path(f) ?? '').join(''),
		neighbours: near.map((f) => path(f) ?? '').join(''),
		project: ({ lat, lng }) => {
			const [x, y] = projection([lng, lat]) ?? [0, 0];
			return [round(x), round(y)];
		},
	};
	return cached;
}
