// Chooses a kind of question for a card and builds it, never repeating one already asked.
import { cityById, isMember, type City } from '../data/index.ts';
import type { Confusions } from './confusions.ts';
import { cityInCountry, cityOfField, countryOfCity, fieldOfCity, mapQuestion, oddOneOut, typeCity, type BuildContext } from './generate.ts';
import { shuffle } from './random.ts';
import type { Card, Facet } from '../srs/types.ts';
import type { Question, QuestionKind, Random } from './types.ts';

/** The kinds that test each facet of a city. */
export const KINDS_FOR_FACET: Record<Facet, readonly QuestionKind[]> = {
	field: ['field-of-city', 'city-of-field', 'city-in-country', 'odd-one-out', 'type-city'],
	country: ['country-of-city', 'city-in-country'],
	place: ['where-is', 'which-city']
};

const BUILDERS: Record<QuestionKind, (city: City, ctx: BuildContext, facet: Facet) => Question | null> = {
	'field-of-city': fieldOfCity,
	'city-of-field': cityOfField,
	'country-of-city': countryOfCity,
	// Asked for a field card or a country card (KINDS_FOR_FACET), never for a place card.
	'city-in-country': (city, ctx, facet) => cityInCountry(city, ctx, facet === 'country' ? 'country' : 'field'),
	'odd-one-out': oddOneOut,
	'type-city': typeCity,
	'where-is': (city, ctx) => mapQuestion('where-is', city, ctx),
	'which-city': (city, ctx) => mapQuestion('which-city', city, ctx)
};

export interface QuestionContext {
	random: Random;
	/** Limit to these kinds, e.g. to practise one kind; default all. */
	kinds?: readonly QuestionKind[];
	confusions?: Confusions;
	/** Whether a question may be asked (in a round: no city twice); default any. */
	allowed?: (question: Question) => boolean;
}

/** The question's content: two questions with one key are the same question. */
export function questionKey(question: Question): string {
	// Any right city answers a typed question, so its prompt alone identifies it.
	if (question.kind === 'type-city') return `${question.kind}|${question.subject}`;
	return `${question.kind}|${question.subject}|${question.answer}`;
}

export function questionFor(card: Card, { random, kinds, confusions, allowed }: QuestionContext): Question | null {
	const city = cityById(card.city);
	// A city the source lists wrongly (Vienna) is never asked as a member, even if an old answer names it.
	if (!city || !isMember(city)) return null;
	const kindsOfCard = KINDS_FOR_FACET[card.facet].filter((kind) => !kinds || kinds.includes(kind));
	for (const kind of shuffle(kindsOfCard, random)) {
		const question = BUILDERS[kind](city, { random, confusions }, card.facet);
		if (question && (!allowed || allowed(question))) return question;
	}
	return null;
}
