// One city's learning state as a learner reads it: new, learning, mature or missed; last answer; next review.
import type { City } from '../data/types.ts';
import { cardPhase, type Phase } from './memory.ts';
import { byTime, cardKey, type CardStates } from './replay.ts';
import type { ReviewRecord } from './types.ts';

export type CityState = Phase | 'missed';

export interface CityProgress {
	state: CityState;
	last?: ReviewRecord;
	/** The earliest due date among the city's cards, if any was seen. */
	nextDue?: Date;
}

export function cityProgress(city: City, states: CardStates): CityProgress {
	const cards = [states.get(cardKey(city.id, 'field')), states.get(cardKey(city.id, 'country'))].filter((s) => s !== undefined);
	if (cards.length === 0) return { state: 'new' };
	const last = cards.map((s) => s.last).sort(byTime).at(-1)!;
	const nextDue = new Date(Math.min(...cards.map((s) => s.card.due.getTime())));
	// A wrong latest answer marks the city missed, whatever its card's phase.
	const state: CityState = last.correct ? cardPhase(states.get(cardKey(city.id, 'field'))) : 'missed';
	return { state: state === 'new' ? 'learning' : state, last, nextDue };
}
