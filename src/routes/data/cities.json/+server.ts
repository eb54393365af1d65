// The dataset, published as a prerendered /data/cities.json (format documented in the README).
import { json } from '@sveltejs/kit';
<<<<<<< HEAD
import { cities, countries, fields } from '$lib/data';
import { placeOf } from '$lib/map/geo';
=======
import { countries, fields, listedCities } from '$lib/data';
import { corrections } from '$lib/data/lazy/corrections.generated';
>>>>>>> main

export const prerender = true;

/** Every city of the source list, each with its `status`; where the source is wrong, `corrections` say how and why. */
export function GET() {
<<<<<<< HEAD
	const located = cities.map((city) => ({ ...city, ...placeOf(city.id) }));
	return json({ format: 'creative-cities-dataset', version: 1, fields, countries, cities: located });
=======
	return json({ format: 'creative-cities-dataset', version: 1, fields, countries, cities: listedCities, corrections });
>>>>>>> main
}
