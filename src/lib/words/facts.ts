// What the app says about a city after its name: where it is and which field it holds.
import { countryById, fieldById, isMember, type City } from '$lib/data';
import { m } from '$lib/paraglide/messages';
import { countryLabel, fieldLabel } from './labels';

/** "is in China and is a City of Design." — to follow the city's name. */
export function cityFact(city: City): string {
	const country = countryLabel(countryById(city.country)!, { inSentence: true });
	// A city the source lists wrongly (Vienna) holds no field: its page says so beside this (CityNotes).
	if (!isMember(city)) return m.fact_rest_not_member({ country });
	return m.fact_rest({ country, field: fieldLabel(fieldById(city.field)) });
}
