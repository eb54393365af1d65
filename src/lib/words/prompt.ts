// The question's wording in the interface language, with names in the learner's chosen script.
import { cityById, countryById, fieldById } from '$lib/data';
import { m } from '$lib/paraglide/messages';
import type { MapQuestion, Question } from '$lib/quiz/types';
import { cityLabel, countryLabel, fieldLabel } from './labels';

/** Map questions are worded by `map-prompt.ts`, which loads with the map. */
export function promptText(question: Exclude<Question, MapQuestion>): string {
	const field = question.field ? fieldLabel(fieldById(question.field)) : '';
	const country = question.country ? countryLabel(countryById(question.country)!, { inSentence: true }) : '';
	const city = 'city' in question && question.city ? cityLabel(cityById(question.city)!) : '';
	switch (question.kind) {
		case 'field-of-city':
			return m.prompt_field_of_city({ city });
		case 'city-of-field':
			return m.prompt_city_of_field({ field });
		case 'country-of-city':
			return m.prompt_country_of_city({ city });
		case 'city-in-country':
			return m.prompt_city_in_country({ country, field });
		case 'odd-one-out':
			return m.prompt_odd_one_out({ field });
		case 'type-city':
			return m.prompt_type_city({ field, country });

	}
}
