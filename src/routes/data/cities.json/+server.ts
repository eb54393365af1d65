// The dataset, published as a prerendered /data/cities.json (format documented in the README).
import { json } from '@sveltejs/kit';
import { cities, countries, fields } from '$lib/data';
import { placeOf } from '$lib/map/geo';

export const prerender = true;

export function GET() {
	const located = cities.map((city) => ({ ...city, ...placeOf(city.id) }));
	return json({ format: 'creative-cities-dataset', version: 1, fields, countries, cities: located });
}
