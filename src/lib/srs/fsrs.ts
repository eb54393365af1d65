// The scheduler made from ts-fsrs: loaded with the library, in its chunk, off the first load of every page.
import type { Card as FsrsCard } from 'ts-fsrs';
import { LEARNING, NEW, RELEARNING, REVIEW, type Scheduler } from './scheduler.ts';

type FsrsLibrary = typeof import('ts-fsrs');

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export function createScheduler(library: FsrsLibrary): Scheduler {
	// Default FSRS parameters; fuzz off so the same log always gives the same schedule.
	const fsrs = library.fsrs({ enable_fuzz: false });
	return {
		next: fastNext(library, fsrs),
		retrievability: (card, now) => fsrs.get_retrievability(card, now, false)
	};
}

/** `fsrs.next(card, at, grade).card` the way ts-fsrs computes it, for comparison in tests. */
export function libraryNext(library: FsrsLibrary): Scheduler['next'] {
	const fsrs = library.fsrs({ enable_fuzz: false });
	return (before, at, grade) => fsrs.next(before ?? library.createEmptyCard(at), at, grade).card;
}

/**
 * `fsrs.next(card, at, grade).card` of ts-fsrs's short-term scheduler (its default), without the rest of what
 * `fsrs.next` makes: it builds a scheduler object, copies the card five times, previews all four grades, logs each
 * and makes a fuzz seed string, for the one card asked. A learner's whole log is replayed on every start, so that
 * was most of the start-up time of a long history. The memory model (difficulty, stability, intervals, learning
 * steps) is still ts-fsrs's own, called through its lower-level API; this only walks the card's states as
 * ts-fsrs's BasicScheduler does. tests/unit/srs/fast-scheduler.test.ts proves the same cards over a large random
 * log. Any other parameters (fuzz on, short-term off) take the library's own path.
 */
function fastNext(library: FsrsLibrary, fsrs: ReturnType<FsrsLibrary['fsrs']>): Scheduler['next'] {
	const params = fsrs.parameters;
	if (params.enable_fuzz || !params.enable_short_term) return libraryNext(library);
	// The learning steps for a state and step never change for one scheduler: worked out once each.
	const stepsCache = new Map<number, ReturnType<typeof library.BasicLearningStepsStrategy>>();
	const steps = (state: number, step: number) => {
		const key = state * 1000 + step;
		let found = stepsCache.get(key);
		if (!found) stepsCache.set(key, (found = library.BasicLearningStepsStrategy(params, state, step)));
		return found;
	};
	const memory = (card: FsrsCard, t: number, grade: number, r?: number) =>
		fsrs.next_state({ difficulty: card.difficulty, stability: card.stability }, t, grade, r);

	return (before, at, grade) => {
		const last: FsrsCard = before ?? library.createEmptyCard<FsrsCard>(at);
		const reviewTime = new Date(at);
		const elapsed = last.state !== NEW && last.last_review ? library.dateDiffInDays(last.last_review, reviewTime) : 0;
		const lapses = last.state === REVIEW && grade === 1 ? last.lapses + 1 : last.lapses;
		if (last.state === REVIEW && grade !== 1) {
			// Hard, Good and Easy intervals are kept apart (hard ≤ good < easy), so a grade's interval needs the others'.
			const r = fsrs.forgetting_curve(elapsed, last.stability);
			const hard = memory(last, elapsed, 2, r);
			const good = memory(last, elapsed, 3, r);
			let hardDays: number = fsrs.next_interval(hard.stability, elapsed);
			let goodDays: number = fsrs.next_interval(good.stability, elapsed);
			hardDays = Math.min(hardDays, goodDays);
			goodDays = Math.max(goodDays, hardDays + 1);
			let chosen = grade === 2 ? hard : good;
			let days = grade === 2 ? hardDays : goodDays;
			if (grade === 4) {
				chosen = memory(last, elapsed, 4, r);
				days = Math.max(fsrs.next_interval(chosen.stability, elapsed), goodDays + 1);
			}
			return makeCard(last, reviewTime, elapsed, lapses, chosen.difficulty, chosen.stability, REVIEW, 0, days, at + days * DAY_MS);
		}

		// New, learning, relearning, or a card in review answered Again: through the learning steps.
		const r = last.state === REVIEW ? fsrs.forgetting_curve(elapsed, last.stability) : undefined;
		const { difficulty, stability } = memory(last, elapsed, grade, r);
		const step = steps(last.state, last.learning_steps || 0)[grade];
		const minutes = Math.max(0, step?.scheduled_minutes ?? 0);
		const nextStep = Math.max(0, step?.next_step ?? 0);
		if (minutes > 0 && minutes < 1440) {
			const state = last.state === NEW ? LEARNING : last.state === REVIEW ? RELEARNING : last.state;
			return makeCard(last, reviewTime, elapsed, lapses, difficulty, stability, state, nextStep, 0, at + Math.round(minutes) * MINUTE_MS);
		}
		if (minutes >= 1440) {
			return makeCard(last, reviewTime, elapsed, lapses, difficulty, stability, REVIEW, nextStep, Math.floor(minutes / 1440), at + Math.round(minutes) * MINUTE_MS);
		}
		const days = fsrs.next_interval(stability, elapsed);
		return makeCard(last, reviewTime, elapsed, lapses, difficulty, stability, REVIEW, 0, days, at + days * DAY_MS);
	};
}

/** One literal of one shape for every card (no spreads): the replay of a long log makes one per review. */
function makeCard(
	last: FsrsCard,
	reviewTime: Date,
	elapsed: number,
	lapses: number,
	difficulty: number,
	stability: number,
	state: number,
	step: number,
	days: number,
	due: number
): FsrsCard {
	return {
		due: new Date(due),
		stability,
		difficulty,
		elapsed_days: elapsed,
		scheduled_days: days,
		learning_steps: step,
		reps: last.reps + 1,
		lapses,
		state,
		last_review: reviewTime
	};
}

