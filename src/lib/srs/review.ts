// The learner's answer to a question, and the one review record made of it. Built once, here.
import type { Question } from '../quiz/types.ts';
import { HARD, inferGrade } from './grade.ts';
import { isKnown, type CardState } from './replay.ts';
import { REVIEW_SCHEMA_VERSION, type Card, type ReviewRecord } from './types.ts';

/** The learner's answer to one question of a round. */
export interface Answer {
	question: Question;
	/** What the learner gave: an option id, or the typed text ('' for "I don't know"). */
	given: string;
	correct: boolean;
	/** The right answer: the right option's id; for a typed question the city accepted, or else one right city. */
	right: string;
	/** A typed name one slip from a right one: taken as right, graded Hard, and told "watch the spelling". */
	slip?: boolean;
	/** When it was given, epoch ms: the one reading of the clock for this answer. */
	at: number;
	/** From the question being shown to the answer. */
	ms: number;
}

/**
 * The city an answer tells about. A typed question accepts any right city: a right one is logged for the city the
 * learner named (they showed they know Shanghai, not Wuhan); a wrong one for the question's own card.
 */
export function answeredCard(answer: Answer): Card {
	const { question, correct, right } = answer;
	return question.kind === 'type-city' && correct ? { city: right, facet: question.card.facet } : question.card;
}

/** The record of an answer, graded from its card's state before it (`before`, undefined for a new card). */
export function reviewRecord(before: CardState | undefined, answer: Answer, id: string): ReviewRecord {
	const { question, given, correct, at, ms, slip } = answer;
	const grade = inferGrade({ correct, ms, kind: question.kind }, isKnown(before));
	return {
		id,
		...answeredCard(answer),
		kind: question.kind,
		// A slip in the spelling is right, but not yet sure.
		rating: correct && slip ? HARD : grade,
		correct,
		at,
		ms,
		v: REVIEW_SCHEMA_VERSION,
		chosen: given
	};
}
