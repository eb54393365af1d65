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
	/** Answers given while the card was already in review, and how many were right: its part of true retention. */
	reviewAnswers: number;
	reviewAnswersRight: number;
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
	const before = states.get(key);
	const card = scheduler.next(before?.card, review.at, review.rating);
	const inReview = isKnown(before);
	states.set(key, {
		city: review.city,
		facet: review.facet,
		card,
		last: review,
		reviewAnswers: (before?.reviewAnswers ?? 0) + (inReview ? 1 : 0),
		reviewAnswersRight: (before?.reviewAnswersRight ?? 0) + (inReview && review.correct ? 1 : 0)
	});
	return states;
}

export function replay(reviews: Iterable<ReviewRecord>, scheduler: Scheduler): CardStates {
	const states: CardStates = new Map();
	for (const review of inLogOrder(reviews)) applyReview(states, review, scheduler);
	return states;
}

/** The records in log order; the app keeps its log sorted, so a sorted array is used as it is, neither copied nor sorted. */
export function inLogOrder<T extends { at: number; id: string }>(records: Iterable<T>): readonly T[] {
	if (Array.isArray(records) && isInLogOrder(records)) return records;
	return [...records].sort(byTime);
}

function isInLogOrder(records: readonly { at: number; id: string }[]): boolean {
	for (let i = 1; i < records.length; i++) if (byTime(records[i - 1]!, records[i]!) > 0) return false;
	return true;
}

/** Whether a card has graduated to review: used to decide whether a quick answer earns Easy. */
export function isKnown(state: CardState | undefined): boolean {
	return state?.card.state === REVIEW;
}
