// True retention, as Anki reports it: the share of right answers among answers on cards already in review
// (not new, not still in their learning steps), per field. Honest: learning-phase answers would flatter it.
import { cityById, FIELD_IDS, type FieldId } from '../data/index.ts';
import { applyReview, byTime, cardKey, isKnown, type CardStates } from '../srs/replay.ts';
import type { Scheduler } from '../srs/scheduler.ts';
import type { ReviewRecord } from '../srs/types.ts';

export interface Retention {
	right: number;
	total: number;
	/** 0..100, or null with no answers on cards in review yet. */
	percent: number | null;
}

export function trueRetention(reviews: readonly ReviewRecord[], scheduler: Scheduler): Record<FieldId, Retention> {
	const tally = Object.fromEntries(FIELD_IDS.map((f) => [f, { right: 0, total: 0 }])) as Record<FieldId, { right: number; total: number }>;
	const states: CardStates = new Map();
	for (const review of [...reviews].sort(byTime)) {
		const field = cityById(review.city)?.field;
		if (field && isKnown(states.get(cardKey(review.city, review.facet)))) {
			tally[field].total++;
			if (review.correct) tally[field].right++;
		}
		applyReview(states, review, scheduler);
	}
	const result = {} as Record<FieldId, Retention>;
	for (const field of FIELD_IDS) {
		const { right, total } = tally[field];
		result[field] = { right, total, percent: total === 0 ? null : Math.round((100 * right) / total) };
	}
	return result;
}
