// Mastery of a field, 0–100: the mean, over the field's cities, of what the learner really knows of each city's
// field card (DESIGN.md). A card counts 0 when unseen or when its latest answer was wrong; otherwise its
// retrievability now × min(1, stability / 21 days). So a wrong answer never raises mastery, one lucky guess counts
// little, a card counts fully only once mature, and mastery fades while the learner stays away. Only the field card
// counts: the country and the place on the map are other facts about the city, which a wrong answer on makes the
// city "missed" (city-progress.ts) but never the field less known.
import { citiesOfField, FIELD_IDS, type FieldId } from '../data/index.ts';
import { cardPhase, MATURE_STABILITY_DAYS, retrievability } from './memory.ts';
import { cardKey, type CardState, type CardStates } from './replay.ts';
import type { Scheduler } from './scheduler.ts';

export interface FieldMastery {
	/** 0..100, rounded. */
	mastery: number;
	new: number;
	learning: number;
	mature: number;
	total: number;
}

/** What the learner knows of one card now, 0..1. */
export function cardMastery(state: CardState | undefined, now: Date, scheduler: Scheduler): number {
	if (!state || !state.last.correct) return 0;
	return retrievability(state, now, scheduler) * Math.min(1, state.card.stability / MATURE_STABILITY_DAYS);
}

/** Mastery of the city's field card, 0..100: the dot colour on the map, the ring on the home page. */
export function cityMastery(city: string, states: CardStates, now: Date, scheduler: Scheduler): number {
	return Math.round(100 * cardMastery(states.get(cardKey(city, 'field')), now, scheduler));
}

export function fieldMastery(states: CardStates, now: Date, scheduler: Scheduler): Record<FieldId, FieldMastery> {
	const result = {} as Record<FieldId, FieldMastery>;
	for (const field of FIELD_IDS) {
		const members = citiesOfField(field);
		const counts = { new: 0, learning: 0, mature: 0 };
		let sum = 0;
		for (const city of members) {
			const state = states.get(cardKey(city.id, 'field'));
			sum += cardMastery(state, now, scheduler);
			counts[cardPhase(state)]++;
		}
		result[field] = { mastery: Math.round((100 * sum) / members.length), ...counts, total: members.length };
	}
	return result;
}
