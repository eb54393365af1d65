// The scheduler, made from ts-fsrs and passed to whatever needs it, as ts-fsrs itself is used (`fsrs(params)` gives
// an object you hold). The app loads the library on demand, so a first visit answers its first question before
// the scheduler arrives (a new learner has nothing to schedule yet); tests make their own.
import type { Card as FsrsCard } from 'ts-fsrs';
import type { Grade } from './types.ts';

type FsrsLibrary = typeof import('ts-fsrs');

/** ts-fsrs card states, as numbers so that reading them needs no import of the library. */
export const NEW = 0;
export const REVIEW = 2;

export interface Scheduler {
	/** The card after a review graded `grade` at `at`; `before` is undefined for a card never reviewed. */
	next(before: FsrsCard | undefined, at: number, grade: Grade): FsrsCard;
	/** The probability of recalling the card at `now`, 0..1. */
	retrievability(card: FsrsCard, now: Date): number;
}

export function createScheduler(library: FsrsLibrary): Scheduler {
	// Default FSRS parameters; fuzz off so the same log always gives the same schedule.
	const fsrs = library.fsrs({ enable_fuzz: false });
	return {
		next: (before, at, grade) => fsrs.next(before ?? library.createEmptyCard(at), at, grade).card,
		retrievability: (card, now) => fsrs.get_retrievability(card, now, false)
	};
}

/** Loads ts-fsrs (its own chunk) and makes the scheduler; rejects when the chunk cannot be fetched (offline). */
export function loadScheduler(): Promise<Scheduler> {
	return import('ts-fsrs').then(createScheduler);
}
