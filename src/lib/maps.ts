/** Links to maps for a place, from its coordinates. */

/** Latitude and longitude in decimal degrees. */
export interface LatLng {
	lat: number;
	lng: number;
}

/** OpenStreetMap page centred on the point, with a marker. */
export function osmUrl({ lat, lng }: LatLng, zoom = 17): string {
	return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=${zoom}/${lat}/${lng}`;
}

/** A `geo:` URI, which phones open in their map app. */
export function geoUri({ lat, lng }: LatLng): string {
	return `geo:${lat},${lng}`;
}

/** OpenStreetMap directions to the point (the visitor fills in where they start). */
export function directionsUrl({ lat, lng }: LatLng): string {
	return `https://www.openstreetmap.org/directions?route=%3B${lat}%2C${lng}`;
}
