// What the app says about a city after its name: where it is and which field it holds.
import { countryById, fieldById, type City } from '$lib/data';
import { m } from '$lib/paraglide/messages';
import { countryLabel, fieldLabel } from './labels';

/** "is in China and is a City of Design." — to follow the city's name. */
export function cityFact(city: City): string {
	return m.fact_rest({ country: countryLabel(countryById(city.country)!), field: fieldLabel(fieldById(city.field)) });
}
