// Card states are derived, never stored: replaying the review log through the scheduler gives them.
import type { Card as FsrsCard } from 'ts-fsrs';
import type { Facet } from './types.ts';
import { REVIEW, type Scheduler } from './scheduler.ts';
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
export function byTime(a: { at: number; id: string }, b: { at: number; id: string }): number {
	return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Applies one review to the states, in place. Reviews must come in log order. */
export function applyReview(states: CardStates, review: ReviewRecord, scheduler: Scheduler): CardStates {
	const key = cardKey(review.city, review.facet);
	const card = scheduler.next(states.get(key)?.card, review.at, review.rating);
	states.set(key, { city: review.city, facet: review.facet, card, last: review });
	return states;
}

export function replay(reviews: Iterable<ReviewRecord>, scheduler: Scheduler): CardStates {
	const states: CardStates = new Map();
	for (const review of [...reviews].sort(byTime)) applyReview(states, review, scheduler);
	return states;
}

/** Whether a card has graduated to review: used to decide whether a quick answer earns Easy. */
export function isKnown(state: CardState | undefined): boolean {
	return state?.card.state === REVIEW;
}
