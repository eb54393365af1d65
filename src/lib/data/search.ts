// Finding cities by any form of their name: a search box, not an answer check, so a part of a name matches.
import { normalizeAnswer, cityForms } from '../quiz/answer.ts';
import { countryById } from './index.ts';
import type { City, FieldId } from './types.ts';

export interface CityFilter {
	query: string;
	field: FieldId | '';
	country: string;
}

export function filterCities(list: readonly City[], { query, field, country }: CityFilter): City[] {
	const needle = normalizeAnswer(query);
	return list.filter(
		(city) =>
			(!field || city.field === field) &&
			(!country || city.country === country) &&
			(!needle || searchForms(city).some((form) => form.includes(needle)))
	);
}

function searchForms(city: City): string[] {
	const country = countryById(city.country);
	return [...cityForms(city), ...(country ? [country.names.en, country.names['zh-Hans'], country.names['zh-Hant']] : [])].map(
		normalizeAnswer
	);
}
