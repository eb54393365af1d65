// Finding cities by any form of their name: a search box, not an answer check, so a part of a name matches,
// and pinyin finds every city (it is how a reader looks up 光州 too).
import { countryById } from './index.ts';
import { cityForms, normalizeAnswer } from './names.ts';
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
	const readings = [city.names.pinyin, ...Object.values(city.readings ?? {})];
	return [...cityForms(city), ...readings, ...(country ? [country.names.en, country.names['zh-Hans'], country.names['zh-Hant']] : [])].map(
		normalizeAnswer
	);
}
