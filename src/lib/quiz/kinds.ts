/** The six kinds of question (DESIGN.md). A file of its own: the review record names them too. */
export const QUESTION_KINDS = [
	'field-of-city',
	'city-of-field',
	'country-of-city',
	'city-in-country',
	'odd-one-out',
	'type-city'
] as const;

export type QuestionKind = (typeof QUESTION_KINDS)[number];
