/** The kinds of question (DESIGN.md): six about fields and countries, two on the map. A file of its own: the review record names them too. */
export const QUESTION_KINDS = [
	'field-of-city',
	'city-of-field',
	'country-of-city',
	'city-in-country',
	'odd-one-out',
	'type-city',
	'where-is',
	'which-city'
] as const;

export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The map questions: "Where is 杭州?" and "Which city is this?", each reviewing a city's `place` card. */
export const MAP_KINDS = ['where-is', 'which-city'] as const;
export type MapKind = (typeof MAP_KINDS)[number];

export function isMapKind(kind: QuestionKind): kind is MapKind {
	return kind === 'where-is' || kind === 'which-city';
}
