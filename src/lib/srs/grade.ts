// The grade is inferred from the answer, never asked: wrong → Again; right → Good,
// Hard when slow, Easy when quick on a card that is already known.
import type { QuestionKind } from '../quiz/kinds.ts';
import type { Grade } from './types.ts';

/** Right but slower than this → Hard. Typing a name takes longer than tapping an option. */
export const SLOW_MS = { choice: 15_000, typed: 25_000 } as const;
/** Right, faster than this, on a card in review → Easy. */
export const FAST_MS = { choice: 4_000, typed: 8_000 } as const;

export const AGAIN: Grade = 1;
export const HARD: Grade = 2;
export const GOOD: Grade = 3;
export const EASY: Grade = 4;

/** `known`: whether the card had graduated to review (ts-fsrs state Review) before this answer. */
export function inferGrade(answer: { correct: boolean; ms: number; kind: QuestionKind }, known: boolean): Grade {
	if (!answer.correct) return AGAIN;
	const speed = answer.kind === 'type-city' ? 'typed' : 'choice';
	if (answer.ms > SLOW_MS[speed]) return HARD;
	if (known && answer.ms < FAST_MS[speed]) return EASY;
	return GOOD;
}
