// Which steps a round takes: the scheduler picks the cards, the quiz engine words them, and a new city gets a learn
// card before its first question. Pure.
import { cities, type FieldId } from '../data/index.ts';
import { buildSession } from '../quiz/index.ts';
import { QUESTION_KINDS, type Random } from '../quiz/types.ts';
import { missedCities, newCitiesSeenToday, sessionCards, type CardStates, type Scheduler } from '../srs/index.ts';
import type { PlanHistory } from './history.ts';
import type { Step } from './round.ts';

/** The three ways in: a quick mixed quiz, one field, or the cities last answered wrong. */
export type PlayMode = { kind: 'quick' } | { kind: 'field'; field: FieldId } | { kind: 'missed' };

export const ROUND_LENGTH = 10;
/** How many more new cities "learn more today" allows. */
export const EXTRA_NEW = 5;

export interface RoundPlan {
	history: PlanHistory;
	states: CardStates;
	now: Date;
	random: Random;
	newPerDay: number;
	/** New cities the learner asked for beyond today's allowance ("learn more today"). */
	extraNew?: number;
	mode: PlayMode;
	scheduler: Scheduler;
}

export interface PlannedRound {
	steps: Step[];
	/** A quick quiz has met today's new cities while unseen ones remain: the round says so and offers more. */
	newCitiesUsedUp: boolean;
}

export function planRound({ history, states, now, random, newPerDay, extraNew = 0, mode, scheduler }: RoundPlan): PlannedRound {
	const missed = mode.kind === 'missed' ? missedCities(states) : undefined;
	if (missed && missed.length === 0) return { steps: [], newCitiesUsedUp: false };
	const newSeenToday = newCitiesSeenToday(history.firstSeen, now);
	const allowance = newPerDay + extraNew;
	const seen = new Set([...states.values()].map((s) => s.city));
	const cards = sessionCards({
		states,
		now,
		// Ask for spare cards: some cannot make a question, and a city is asked at most once a round.
		length: ROUND_LENGTH * 3,
		// Practice of one field or of missed cities is the learner's choice: no cap on new cities there.
		newPerDay: mode.kind === 'quick' ? allowance : Number.POSITIVE_INFINITY,
		newSeenToday,
		field: mode.kind === 'field' ? mode.field : undefined,
		cities: missed,
		random,
		scheduler
	});
	// "Which is not a City of Literature?" names another field: off-topic when practising one.
	const kinds = mode.kind === 'field' ? QUESTION_KINDS.filter((kind) => kind !== 'odd-one-out') : undefined;
	const questions = buildSession(cards, { random, length: ROUND_LENGTH, kinds, confusions: history.confusions });
	// New cities are taught before they are tested.
	const steps = questions.flatMap((question): Step[] =>
		seen.has(question.card.city)
			? [{ kind: 'question', question }]
			: [
					{ kind: 'learn', city: question.card.city },
					{ kind: 'question', question }
				]
	);
	// With 0 new cities a day set on purpose, the empty quick quiz says so itself.
	const newCitiesUsedUp = mode.kind === 'quick' && allowance > 0 && newSeenToday >= allowance && cities.some((c) => !seen.has(c.id));
	return { steps, newCitiesUsedUp };
}
