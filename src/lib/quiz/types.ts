import type { FieldId } from '../data/types.ts';
import type { Card } from '../srs/types.ts';
import type { QuestionKind } from './kinds.ts';

export { QUESTION_KINDS, type QuestionKind } from './kinds.ts';

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
