// The dataset, published as a prerendered /data/cities.json (format documented in the README).
import { json } from '@sveltejs/kit';
import { countries, fields, listedCities } from '$lib/data';
import { corrections } from '$lib/data/lazy/corrections.generated';

export const prerender = true;

/** Every city of the source list, each with its `status`; where the source is wrong, `corrections` say how and why. */
export function GET() {
	return json({ format: 'creative-cities-dataset', version: 1, fields, countries, cities: listedCities, corrections });
}
