// One city's learning state as a learner reads it: new, learning, mature or missed; last answer; next review.
import type { City } from '../data/types.ts';
import { cardPhase, retrievability, type Phase } from './memory.ts';
import { byTime, cardKey, type CardState, type CardStates } from './replay.ts';
import type { Scheduler } from './scheduler.ts';
import { FACETS, type Facet, type ReviewRecord } from './types.ts';

export type CityState = Phase | 'missed';

export interface CityProgress {
	state: CityState;
	last?: ReviewRecord;
	/** The earliest due date among the city's cards, if any was seen. */
	nextDue?: Date;
}

/** The city's cards seen so far: field, country and place on the map. */
function cityCards(city: string, states: CardStates): CardState[] {
	return FACETS.map((facet) => states.get(cardKey(city, facet))).filter((s) => s !== undefined);
}

/** The city's latest answer, on any facet. */
export function lastAnswer(city: string, states: CardStates): ReviewRecord | undefined {
	return cityCards(city, states)
		.map((s) => s.last)
		.sort(byTime)
		.at(-1);
}

/** "Missed" has this one meaning: the city's latest answer, on any facet, was wrong. */
export function isMissed(city: string, states: CardStates): boolean {
	return lastAnswer(city, states)?.correct === false;
}

/** Missed cities, most recently missed first. */
export function missedCities(states: CardStates): string[] {
	const latest = new Map<string, ReviewRecord>();
	for (const { city } of states.values()) if (!latest.has(city)) latest.set(city, lastAnswer(city, states)!);
	return [...latest.values()]
		.filter((r) => !r.correct)
		.sort((a, b) => byTime(b, a))
		.map((r) => r.city);
}

export function cityProgress(city: City, states: CardStates): CityProgress {
	const cards = cityCards(city.id, states);
	const last = lastAnswer(city.id, states);
	if (!last) return { state: 'new' };
	const nextDue = new Date(Math.min(...cards.map((s) => s.card.due.getTime())));
	if (!last.correct) return { state: 'missed', last, nextDue };
	const phase = cardPhase(states.get(cardKey(city.id, 'field')));
	// Seen only on its other cards: started, so learning rather than new.
	return { state: phase === 'new' ? 'learning' : phase, last, nextDue };
}

export interface CardSummary {
	facet: Facet;
	phase: Phase;
	/** When the card is next due; undefined when never asked. */
	due?: Date;
	/** Chance of recall now, 0..100; 0 when never asked. */
	recall: number;
}

/** A city's cards as its page shows them. */
export function cardSummaries(city: string, states: CardStates, now: Date, scheduler: Scheduler): CardSummary[] {
	return FACETS.map((facet) => {
		const state = states.get(cardKey(city, facet));
		return { facet, phase: cardPhase(state), due: state?.card.due, recall: Math.round(100 * retrievability(state, now, scheduler)) };
	});
}

/** A city's answers, newest first. */
export function answersAbout(city: string, log: readonly ReviewRecord[]): ReviewRecord[] {
	return log.filter((r) => r.city === city).sort((a, b) => byTime(b, a));
}
