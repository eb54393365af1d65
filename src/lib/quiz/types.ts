import type { FieldId } from '../data/types.ts';

/** The six kinds of question (DESIGN.md). */
export const QUESTION_KINDS = [
	'field-of-city',
	'city-of-field',
	'country-of-city',
	'city-in-country',
	'odd-one-out',
	'type-city'
] as const;

export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** What a card tests about a city: its creative field or its country. */
export type Facet = 'field' | 'country';

/** A card is one (city, facet) pair; the scheduler reviews cards, questions test them. */
export interface Card {
	city: string;
	facet: Facet;
}

/** A random source returning numbers in [0, 1), like Math.random; tests pass a seeded one. */
export type Random = () => number;

/** What the options of a choice question are ids of. */
export type OptionType = 'field' | 'city' | 'country';

export interface ChoiceQuestion {
	kind: Exclude<QuestionKind, 'type-city'>;
	/** The `data-subject` hook: city id, field id, or `COUNTRY/FIELD` (DESIGN.md, stable hooks). */
	subject: string;
	/** The card this question reviews; its answer is logged against it. */
	card: Card;
	optionType: OptionType;
	/** Option ids, in display order; exactly one is right. */
	options: string[];
	/** The id of the one right option. */
	answer: string;
	/** Set when the question names a city, a field or a country in its prompt. */
	city?: string;
	field?: FieldId;
	country?: string;
}

export interface TypedQuestion {
	kind: 'type-city';
	/** `COUNTRY/FIELD`, e.g. `GB/film`. */
	subject: string;
	card: Card;
	field: FieldId;
	country: string;
	/** Every city that is a right answer (any of them counts). */
	answers: string[];
}

export type Question = ChoiceQuestion | TypedQuestion;
