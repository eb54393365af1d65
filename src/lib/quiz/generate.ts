// Builds one question of each kind around a card's city. Distractors are chosen to be plausible:
// nearby cities and countries, and the fields this learner confuses.
import { cities, citiesOfField, countries, countryById, FIELD_IDS, type City, type FieldId } from '../data/index.ts';
import { mostConfusedWith, type Confusions } from './confusions.ts';
import { shuffle, takePreferred } from './random.ts';
import type { ChoiceQuestion, MapKind, MapQuestion, Random, TypedQuestion } from './types.ts';

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

/**
 * Wrong city options, from groups in order of preference, such that the right city is never the only name in its
 * script. The source list mixes scripts (約克, 林茨); shown as the source spells them, an option list where only the
 * answer is in Simplified gives it away. Names that read the same in both scripts (雪梨) give nothing away.
 */
export function cityDistractors(answer: City, groups: readonly (readonly City[])[], random: Random): City[] {
	const taken = takePreferred(groups, DISTRACTORS, random);
	const script = answer.sourceScript;
	const giveAway = script && !taken.some((c) => c.sourceScript === script) && taken.some((c) => c.sourceScript);
	if (!giveAway) return taken;
	const spare = takePreferred(groups, Infinity, random).find((c) => c.sourceScript === script && !taken.includes(c));
	if (!spare) return taken;
	const odd = taken.findIndex((c) => c.sourceScript);
	return taken.map((c, i) => (i === odd ? spare : c));
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
	const distractors = cityDistractors(
		city,
		[others.filter((c) => c.country === city.country), others.filter((c) => regionOf(c) === regionOf(city)), others],
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
	const distractors = cityDistractors(
		city,
		[
			wrong.filter((c) => c.country === city.country),
			wrong.filter((c) => c.field === city.field && regionOf(c) === regionOf(city)),
			wrong.filter((c) => c.field === city.field),
			wrong
		],
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
	const distractors = cityDistractors(city, [members.filter((c) => regionOf(c) === regionOf(city)), members], random).map((c) => c.id);
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

/** Where is 杭州? / Which city is this? — the city and a seed: the map lays out the options when it draws them. */
export function mapQuestion(kind: MapKind, city: City, { random }: BuildContext): MapQuestion {
	const seed = Math.floor(random() * 2 ** 32);
	return { kind, subject: city.id, card: { city: city.id, facet: 'place' }, optionType: 'city', answer: city.id, city: city.id, seed };
}
