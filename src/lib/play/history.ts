// What a round's plan needs from the answers themselves (the rest is in the card states): when each city was first
// answered, for the daily cap of new cities, and which fields the learner mixes up. A few hundred entries whatever
// the log's length, so the snapshot keeps it beside the card states and a long history plans its first round before
// the whole log has been read. Its own module: the state every page loads imports it, and nothing heavy with it.
import { confusionsFrom, type Confusions } from '../quiz/confusions.ts';
import type { ReviewRecord } from '../srs/types.ts';

export interface PlanHistory {
	firstSeen: ReadonlyMap<string, number>;
	confusions: Confusions;
}

/** When each city was first answered; `from` is what an earlier part of the log gave (copied, not changed). */
export function firstSeenByCity(reviews: Iterable<ReviewRecord>, from?: ReadonlyMap<string, number>): Map<string, number> {
	const firstSeen = new Map(from);
	for (const review of reviews) {
		const first = firstSeen.get(review.city);
		if (first === undefined || review.at < first) firstSeen.set(review.city, review.at);
	}
	return firstSeen;
}

/** The plan history of `reviews` (none voided), continuing `from` when they follow an earlier part of the log. */
export function planHistory(reviews: readonly ReviewRecord[], from?: PlanHistory): PlanHistory {
	return { firstSeen: firstSeenByCity(reviews, from?.firstSeen), confusions: confusionsFrom(reviews, from?.confusions) };
}
