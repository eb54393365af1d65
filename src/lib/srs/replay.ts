// Card states are derived, never stored: replaying the review log through ts-fsrs gives them.
import type { Card as FsrsCard } from 'ts-fsrs';
import type { Facet } from '../quiz/types.ts';
import { fsrs, REVIEW } from './fsrs.ts';
import type { ReviewRecord } from './types.ts';

export interface CardState {
	city: string;
	facet: Facet;
	card: FsrsCard;
	last: ReviewRecord;
}

/** Keyed by cardKey(city, facet). */
export type CardStates = Map<string, CardState>;

export function cardKey(city: string, facet: Facet): string {
	return `${city}:${facet}`;
}

/** Log order: by time, ties broken by id so every replay agrees. */
export function byTime(a: ReviewRecord, b: ReviewRecord): number {
	return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Applies one review to the states, in place. Reviews must come in log order. Needs ts-fsrs loaded. */
export function applyReview(states: CardStates, review: ReviewRecord): CardStates {
	const { lib, scheduler } = fsrs();
	const key = cardKey(review.city, review.facet);
	const before: FsrsCard = states.get(key)?.card ?? lib.createEmptyCard(review.at);
	const { card } = scheduler.next(before, review.at, review.rating);
	states.set(key, { city: review.city, facet: review.facet, card, last: review });
	return states;
}

export function replay(reviews: Iterable<ReviewRecord>): CardStates {
	const states: CardStates = new Map();
	for (const review of [...reviews].sort(byTime)) applyReview(states, review);
	return states;
}

/** Whether a card has graduated to review: used to decide whether a quick answer earns Easy. */
export function isKnown(state: CardState | undefined): boolean {
	return state?.card.state === REVIEW;
}
