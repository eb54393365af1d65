// True retention, as Anki reports it: the share of right answers among answers on cards already in review
// (not new, not still in their learning steps), per field. Honest: learning-phase answers would flatter it.
import { cityById, FIELD_IDS, type FieldId } from '../data/index.ts';
import type { CardStates } from '../srs/replay.ts';

export interface Retention {
	right: number;
	total: number;
	/** 0..100, or null with no answers on cards in review yet. */
	percent: number | null;
}

/** From the card states, which count their answers in review as the log is replayed: no second replay of the log. */
export function trueRetention(states: CardStates): Record<FieldId, Retention> {
	const tally = Object.fromEntries(FIELD_IDS.map((f) => [f, { right: 0, total: 0 }])) as Record<FieldId, { right: number; total: number }>;
	for (const state of states.values()) {
		const field = cityById(state.city)?.field;
		if (!field) continue;
		tally[field].total += state.reviewAnswers;
		tally[field].right += state.reviewAnswersRight;
	}
	const result = {} as Record<FieldId, Retention>;
	for (const field of FIELD_IDS) {
		const { right, total } = tally[field];
		result[field] = { right, total, percent: total === 0 ? null : Math.round((100 * right) / total) };
	}
	return result;
}
