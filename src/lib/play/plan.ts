// Which questions a round asks: the scheduler picks the cards, the quiz engine words them. Pure.
import type { FieldId } from '../data/types.ts';
import { buildSession, confusionsFrom } from '../quiz/index.ts';
import { QUESTION_KINDS, type Question, type Random } from '../quiz/types.ts';
import { missedCities, newCitiesSeenToday, sessionCards, type CardStates, type Scheduler } from '../srs/index.ts';
import type { ReviewRecord } from '../srs/types.ts';

/** The three ways in: a quick mixed quiz, one field, or the cities last answered wrong. */
export type PlayMode = { kind: 'quick' } | { kind: 'field'; field: FieldId } | { kind: 'missed' };

export const ROUND_LENGTH = 10;

export interface RoundPlan {
	reviews: readonly ReviewRecord[];
	states: CardStates;
	now: Date;
	random: Random;
	newPerDay: number;
	mode: PlayMode;
	scheduler: Scheduler;
}

export function planRound({ reviews, states, now, random, newPerDay, mode, scheduler }: RoundPlan): Question[] {
	const missed = mode.kind === 'missed' ? missedCities(states) : undefined;
	if (missed && missed.length === 0) return [];
	const cards = sessionCards({
		states,
		now,
		// Ask for spare cards: some cannot make a question that has not been asked already.
		length: ROUND_LENGTH * 2,
		// Practice of one field or of missed cities is the learner's choice: no cap on new cities there.
		newPerDay: mode.kind === 'quick' ? newPerDay : Number.POSITIVE_INFINITY,
		newSeenToday: newCitiesSeenToday(reviews, now),
		field: mode.kind === 'field' ? mode.field : undefined,
		cities: missed,
		random,
		scheduler
	});
	// "Which is not a City of Literature?" names another field: off-topic when practising one.
	const kinds = mode.kind === 'field' ? QUESTION_KINDS.filter((kind) => kind !== 'odd-one-out') : undefined;
	return buildSession(cards, { random, length: ROUND_LENGTH, kinds, confusions: confusionsFrom(reviews) });
}
