// The question engine: pure functions over the dataset, with the randomness passed in.
export * from './types.ts';
export { seededRandom, shuffle } from './random.ts';
export { confusionsFrom, type Confusions } from './confusions.ts';
export { questionFor, questionKey, KINDS_FOR_FACET } from './question.ts';
export { buildSession, citiesAsked } from './session.ts';
export { matchesCity, checkTyped, checkChoice, oneSlipApart, type TypedCheck } from './answer.ts';
