import type { FieldId } from '../data/types.ts';
import type { Card } from '../srs/types.ts';
import { isMapKind, type MapKind, type QuestionKind } from './kinds.ts';

export { isMapKind, MAP_KINDS, QUESTION_KINDS, type MapKind, type QuestionKind } from './kinds.ts';

/** A random source returning numbers in [0, 1), like Math.random; tests pass a seeded one. */
export type Random = () => number;

/** What the options of a choice question are ids of. */
export type OptionType = 'field' | 'city' | 'country';

export interface ChoiceQuestion {
	kind: Exclude<QuestionKind, 'type-city' | MapKind>;
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

/**
 * A map question as a round holds it: which city, and a seed. Its dots or names are laid out from the seed by
 * `src/lib/map/questions.ts` when it is drawn, so the map data loads with the first map question, not with /play;
 * the same seed always lays out the same options. Exactly one option is right: the city itself.
 */
export interface MapQuestion {
	kind: MapKind;
	/** The city asked about (`data-subject`). */
	subject: string;
	/** The city's `place` card. */
	card: Card;
	optionType: 'city';
	answer: string;
	city: string;
	seed: number;
}

export type Question = ChoiceQuestion | TypedQuestion | MapQuestion;

export function isMapQuestion(question: Question): question is MapQuestion {
	return isMapKind(question.kind);
}
