// The learner's answer to a question, and the one review record made of it. Built once, here.
import type { Question } from '../quiz/types.ts';
import { inferGrade } from './grade.ts';
import { isKnown, type CardState } from './replay.ts';
import { REVIEW_SCHEMA_VERSION, type ReviewRecord } from './types.ts';

/** The learner's answer to one question of a round. */
export interface Answer {
	question: Question;
	/** What the learner gave: an option id, or the typed text ('' for "I don't know"). */
	given: string;
	correct: boolean;
	/** The right answer: the right option's id; for a typed question the city accepted, or else one right city. */
	right: string;
	/** When it was given, epoch ms: the one reading of the clock for this answer. */
	at: number;
	/** From the question being shown to the answer. */
	ms: number;
}

/** The record of an answer, graded from the card's state before it (`before`, undefined for a new card). */
export function reviewRecord(before: CardState | undefined, answer: Answer, id: string): ReviewRecord {
	const { question, given, correct, at, ms } = answer;
	return {
		id,
		city: question.card.city,
		facet: question.card.facet,
		kind: question.kind,
		rating: inferGrade({ correct, ms, kind: question.kind }, isKnown(before)),
		correct,
		at,
		ms,
		v: REVIEW_SCHEMA_VERSION,
		chosen: given
	};
}
