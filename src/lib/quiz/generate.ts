// Builds one question of each kind around a card's city. Distractors are chosen to be plausible:
// nearby cities and countries, and the fields this learner confuses.
import { cities, citiesOfField, countries, countryById, FIELD_IDS, type City, type FieldId } from '../data/index.ts';
import { mostConfusedWith, type Confusions } from './confusions.ts';
import { shuffle, takePreferred } from './random.ts';
import type { ChoiceQuestion, Random, TypedQuestion } from './types.ts';

export const OPTION_COUNT = 4;
const DISTRACTORS = OPTION_COUNT - 1;

export interface BuildContext {
	random: Random;
	confusions?: Confusions;
}

const regionOf = (city: City) => countryById(city.country)!.region;

function choice(question: Omit<ChoiceQuestion, 'options'>, distractors: string[], random: Random): ChoiceQuestion | null {
	if (distractors.length < DISTRACTORS) return null;
	return { ...question, options: shuffle([question.answer, ...distractors], random) };
}

/** Which creative field is 杭州 a city of? — confused fields first among the wrong options. */
export function fieldOfCity(city: City, { random, confusions }: BuildContext): ChoiceQuestion | null {
	const others = FIELD_IDS.filter((f) => f !== city.field);
	const confused = mostConfusedWith(confusions, city.field).slice(0, 2);
	const distractors = takePreferred<string>([confused, others], DISTRACTORS, random);
	const card = { city: city.id, facet: 'field' } as const;
	return choice({ kind: 'field-of-city', subject: city.id, card, optionType: 'field', answer: city.field, city: city.id }, distractors, random);
}

/** Which of these is a City of Music? — wrong options from the same country, then the same region. */
export function cityOfField(city: City, { random }: BuildContext): ChoiceQuestion | null {
	const others = cities.filter((c) => c.field !== city.field);
	const distractors = takePreferred(
		[others.filter((c) => c.country === city.country), others.filter((c) => regionOf(c) === regionOf(city)), others],
		DISTRACTORS,
		random
	).map((c) => c.id);
	const card = { city: city.id, facet: 'field' } as const;
	return choice({ kind: 'city-of-field', subject: city.field, card, optionType: 'city', answer: city.id, field: city.field }, distractors, random);
}

/** In which country is 富川? — wrong options are neighbouring countries where there are enough. */
export function countryOfCity(city: City, { random }: BuildContext): ChoiceQuestion | null {
	const region = regionOf(city);
	const others = countries.filter((c) => c.id !== city.country);
	const distractors = takePreferred([others.filter((c) => c.region === region), others], DISTRACTORS, random).map((c) => c.id);
	const card = { city: city.id, facet: 'country' } as const;
	return choice({ kind: 'country-of-city', subject: city.id, card, optionType: 'country', answer: city.country, city: city.id }, distractors, random);
}

/** Which city in 日本 is a City of Design? — no other option is both in that country and of that field. */
export function cityInCountry(city: City, { random }: BuildContext, facet: 'field' | 'country' = 'field'): ChoiceQuestion | null {
	const wrong = cities.filter((c) => !(c.country === city.country && c.field === city.field));
	const distractors = takePreferred(
		[
			wrong.filter((c) => c.country === city.country),
			wrong.filter((c) => c.field === city.field && regionOf(c) === regionOf(city)),
			wrong.filter((c) => c.field === city.field),
			wrong
		],
		DISTRACTORS,
		random
	).map((c) => c.id);
	return choice(
		{
			kind: 'city-in-country',
			subject: `${city.country}/${city.field}`,
			card: { city: city.id, facet },
			optionType: 'city',
			answer: city.id,
			country: city.country,
			field: city.field
		},
		distractors,
		random
	);
}

/** Which of these is not a City of Literature? — the card's city is the odd one out. */
export function oddOneOut(city: City, { random, confusions }: BuildContext): ChoiceQuestion | null {
	const candidates = FIELD_IDS.filter((f) => f !== city.field && citiesOfField(f).length >= DISTRACTORS);
	const confused = mostConfusedWith(confusions, city.field).filter((f) => candidates.includes(f));
	const [field] = takePreferred<FieldId>([confused.slice(0, 1), candidates], 1, random);
	if (!field) return null;
	const members = citiesOfField(field);
	const distractors = takePreferred([members.filter((c) => regionOf(c) === regionOf(city)), members], DISTRACTORS, random).map(
		(c) => c.id
	);
	const card = { city: city.id, facet: 'field' } as const;
	return choice({ kind: 'odd-one-out', subject: field, card, optionType: 'city', answer: city.id, field }, distractors, random);
}

/** Name a City of Film in the United Kingdom — any city of that field in that country is right. */
export function typeCity(city: City): TypedQuestion {
	const others = citiesOfField(city.field).filter((c) => c.country === city.country && c.id !== city.id);
	return {
		kind: 'type-city',
		subject: `${city.country}/${city.field}`,
		card: { city: city.id, facet: 'field' },
		field: city.field,
		country: city.country,
		// The card's city first: it is the one shown when the answer is wrong.
		answers: [city.id, ...others.map((c) => c.id)]
	};
}
