// Per-field mastery: the mean current retrievability of the field's cities' field cards, unseen counting 0.
import { citiesOfField, FIELD_IDS, type FieldId } from '../data/index.ts';
import { cardPhase, retrievability } from './memory.ts';
import { cardKey, type CardStates } from './replay.ts';

export interface FieldMastery {
	/** 0..100, rounded. */
	mastery: number;
	new: number;
	learning: number;
	mature: number;
	total: number;
}

export function fieldMastery(states: CardStates, now: Date): Record<FieldId, FieldMastery> {
	const result = {} as Record<FieldId, FieldMastery>;
	for (const field of FIELD_IDS) {
		const members = citiesOfField(field);
		const counts = { new: 0, learning: 0, mature: 0 };
		let sum = 0;
		for (const city of members) {
			const state = states.get(cardKey(city.id, 'field'));
			sum += retrievability(state, now);
			counts[cardPhase(state)]++;
		}
		result[field] = { mastery: Math.round((100 * sum) / members.length), ...counts, total: members.length };
	}
	return result;
}
