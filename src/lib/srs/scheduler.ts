// The scheduler, made from ts-fsrs and passed to whatever needs it, as ts-fsrs itself is used (`fsrs(params)` gives
// an object you hold). The app loads the library on demand, so a first visit answers its first question before
// the scheduler arrives (a new learner has nothing to schedule yet); tests make their own (createScheduler in fsrs.ts).
import type { Card as FsrsCard } from 'ts-fsrs';
import type { Grade } from './types.ts';

/** ts-fsrs card states, as numbers so that reading them needs no import of the library. */
export const NEW = 0;
export const LEARNING = 1;
export const REVIEW = 2;
export const RELEARNING = 3;

export interface Scheduler {
	/** The card after a review graded `grade` at `at`; `before` is undefined for a card never reviewed. */
	next(before: FsrsCard | undefined, at: number, grade: Grade): FsrsCard;
	/** The probability of recalling the card at `now`, 0..1. */
	retrievability(card: FsrsCard, now: Date): number;
}

/** Loads ts-fsrs and the code that makes the scheduler from it (their own chunks); rejects when they cannot be fetched (offline). */
export function loadScheduler(): Promise<Scheduler> {
	return Promise.all([import('ts-fsrs'), import('./fsrs.ts')]).then(([library, { createScheduler }]) => createScheduler(library));
}
