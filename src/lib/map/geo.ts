// Where cities are, in degrees, and how far apart: for the map, the locator and map questions. Pure.
import { places } from './places.generated.ts';

export interface LatLon {
	lat: number;
	lon: number;
}

const byCity = new Map<string, LatLon>(places.map(([id, lat, lon]) => [id, { lat, lon }]));

/** A city's WGS84 coordinates (every city of the dataset has them: the import refuses one without). */
export function placeOf(city: string): LatLon {
	const place = byCity.get(city);
	if (!place) throw new Error(`no coordinates for city "${city}"`);
	return place;
}

/** Great-circle distance in km (haversine, mean Earth radius 6371 km). */
export function distanceKm(a: LatLon, b: LatLon): number {
	const rad = Math.PI / 180;
	const dLat = (b.lat - a.lat) * rad;
	const dLon = (b.lon - a.lon) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
