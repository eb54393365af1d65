import { describe, expect, it } from 'vitest';
import { cities, cityById, fields } from '../../../src/lib/data/index.ts';
import { planHistory } from '../../../src/lib/play/history.ts';
import { planRound, ROUND_LENGTH, type PlayMode } from '../../../src/lib/play/plan.ts';
import {
	answerQuestion,
	currentAnswer,
	currentQuestion,
	elapsedMs,
	formatDuration,
	nextStep,
	questionNumber,
	startRound,
	summarizeRound,
	undoAnswer,
	type Round,
	type Step
} from '../../../src/lib/play/round.ts';
import { citiesAsked, questionFor, seededRandom, type Question } from '../../../src/lib/quiz/index.ts';
import { replay } from '../../../src/lib/srs/index.ts';
import { HOUR, T0, review } from '../review.ts';
import { scheduler } from '../scheduler.ts';

const question = (city: string, kind: 'field-of-city' | 'type-city') =>
	questionFor({ city, facet: 'field' }, { random: seededRandom(1), kinds: [kind] }) as Question;
const asked = (...questions: Question[]): Step[] => questions.map((q) => ({ kind: 'question', question: q }));

/** Plays `given` answers, one per question, each `ms` after its question appeared. */
function play(questions: Question[], given: string[], ms = 1000): Round {
	let now = T0;
	let round = startRound(asked(...questions), now);
	for (const text of given) {
		now += ms;
		round = nextStep(answerQuestion(round, text, now), now);
	}
	return round;
}

describe('a round being played', () => {
	it('takes one answer per question, timed from when it was shown', () => {
		const round = startRound(asked(question('hangzhou', 'field-of-city'), question('busan', 'type-city')), T0);
		const answered = answerQuestion(round, 'crafts-folk-art', T0 + 2500);
		expect(currentAnswer(answered)).toMatchObject({ given: 'crafts-folk-art', correct: true, right: 'crafts-folk-art', ms: 2500, at: T0 + 2500 });
		// A second press on an answered question changes nothing.
		expect(answerQuestion(answered, 'film', T0 + 2600)).toBe(answered);
		expect(answered.answers.filter(Boolean)).toHaveLength(1);
	});

	it('takes an answer back on Undo: the question shows again, unanswered, timed afresh', () => {
		let round = startRound(asked(question('hangzhou', 'field-of-city'), question('busan', 'field-of-city')), T0);
		round = answerQuestion(round, 'film', T0 + 1000);
		round = undoAnswer(round, T0 + 3000);
		expect(currentAnswer(round)).toBeUndefined();
		expect(currentQuestion(round)?.subject).toBe('hangzhou');
		round = answerQuestion(round, 'crafts-folk-art', T0 + 5000);
		expect(currentAnswer(round)).toMatchObject({ correct: true, ms: 2000 });
		round = nextStep(round, T0 + 6000);
		expect(summarizeRound(round)).toEqual({ right: 1, total: 1, missed: [] });
	});

	it('shows a learn card before a question, which goes on without an answer', () => {
		let round = startRound([{ kind: 'learn', city: 'hangzhou' }, ...asked(question('hangzhou', 'field-of-city'))], T0);
		expect(currentQuestion(round)).toBeUndefined();
		expect(answerQuestion(round, 'film', T0 + 1)).toBe(round);
		expect(questionNumber(round)).toBe(1);
		round = nextStep(round, T0 + 4000);
		expect(currentQuestion(round)?.subject).toBe('hangzhou');
		expect(questionNumber(round)).toBe(1);
		round = answerQuestion(round, 'crafts-folk-art', T0 + 5000);
		// Timed from the question, not from the learn card.
		expect(currentAnswer(round)?.ms).toBe(1000);
	});

	it('moves on only after an answer, and ends after the last question', () => {
		let round = startRound(asked(question('hangzhou', 'field-of-city'), question('busan', 'type-city')), T0);
		expect(nextStep(round, T0 + 1)).toBe(round);
		round = nextStep(answerQuestion(round, 'music', T0 + 1000), T0 + 1000);
		expect(currentQuestion(round)?.kind).toBe('type-city');
		round = answerQuestion(round, '釜山', T0 + 5000);
		expect(currentAnswer(round)).toMatchObject({ correct: true, right: 'busan', ms: 4000 });
		round = nextStep(round, T0 + 6000);
		expect(round.finishedAt).toBe(T0 + 6000);
		expect(currentQuestion(round)).toBeUndefined();
		expect(answerQuestion(round, 'busan', T0 + 7000)).toBe(round);
		expect(summarizeRound(round)).toEqual({ right: 1, total: 2, missed: ['hangzhou'] });
		expect(elapsedMs(round, T0 + 99_000)).toBe(6000);
	});

	it('scores and lists each missed city once, in order', () => {
		const questions = ['busan', 'seoul', 'hangzhou'].map((city) => question(city, 'field-of-city'));
		const round = play(questions, ['design', 'design', 'film']);
		expect(summarizeRound(round)).toEqual({ right: 1, total: 3, missed: ['busan', 'hangzhou'] });
	});

	it('formats its time as minutes and seconds', () => {
		expect(formatDuration(92_500)).toBe('1:33');
		expect(formatDuration(5_000)).toBe('0:05');
	});
});

describe('planning a round', () => {
	const base = { now: new Date(T0), random: seededRandom(4), newPerDay: 10, scheduler };
	const questionsOf = (steps: Step[]) => steps.flatMap((s) => (s.kind === 'question' ? [s.question] : []));

	it('asks ten questions in a quick quiz, each new city taught by a learn card first', () => {
		const { steps } = planRound({ ...base, history: planHistory([]), states: new Map(), mode: { kind: 'quick' } });
		expect(questionsOf(steps)).toHaveLength(ROUND_LENGTH);
		steps.forEach((step, i) => {
			if (step.kind === 'question') expect(steps[i - 1]).toEqual({ kind: 'learn', city: step.question.card.city });
		});
	});

	it('asks only about one field in field practice', () => {
		const questions = questionsOf(planRound({ ...base, history: planHistory([]), states: new Map(), mode: { kind: 'field', field: 'music' } }).steps);
		expect(questions).toHaveLength(ROUND_LENGTH);
		expect(questions.every((q) => cityById(q.card.city)!.field === 'music')).toBe(true);
		expect(questions.every((q) => q.kind !== 'odd-one-out')).toBe(true);
	});

	it('asks each missed city once, with no learn card, and nothing when none is missed', () => {
		const reviews = [
			review({ city: 'busan', correct: false, rating: 1 }),
			review({ city: 'busan', facet: 'country', correct: false, rating: 1 }),
			review({ city: 'jaipur', correct: false, rating: 1 }),
			review({ city: 'parma', facet: 'country', correct: false, rating: 1 }),
			review({ city: 'seoul', at: T0 + 1 })
		];
		const { steps } = planRound({ ...base, history: planHistory(reviews), states: replay(reviews, scheduler), mode: { kind: 'missed' } });
		expect(steps.every((s) => s.kind === 'question')).toBe(true);
		expect(questionsOf(steps).map((q) => q.card.city).sort()).toEqual(['busan', 'jaipur', 'parma']);
		const none = reviews.slice(4);
		expect(planRound({ ...base, history: planHistory(none), states: replay(none, scheduler), mode: { kind: 'missed' } }).steps).toEqual([]);
	});

	it("says when the day's new cities are used up, and takes more when asked", () => {
		const today = cities.slice(0, 3).map((c, i) => review({ city: c.id, at: T0 - i * 60_000 }));
		const plan = { ...base, history: planHistory(today), states: replay(today, scheduler), newPerDay: 3, mode: { kind: 'quick' } as const };
		const usedUp = planRound(plan);
		expect(usedUp.newCitiesUsedUp).toBe(true);
		expect(usedUp.steps.some((s) => s.kind === 'learn')).toBe(false);
		const more = planRound({ ...plan, extraNew: 5 });
		expect(more.newCitiesUsedUp).toBe(false);
		expect(more.steps.filter((s) => s.kind === 'learn')).toHaveLength(5);
	});

	it('asks about a city at most once a round, as subject or right answer, in every mode over a thousand rounds', () => {
		const modes: PlayMode[] = [{ kind: 'quick' }, { kind: 'missed' }, ...fields.map((f) => ({ kind: 'field' as const, field: f.id }))];
		for (let seed = 1; seed <= 120; seed++) {
			const random = seededRandom(seed);
			// A history of a few hundred answers, some wrong, so every mode has something to ask.
			const reviews = Array.from({ length: 200 }, (_, i) =>
				review({
					city: cities[Math.floor(random() * cities.length)]!.id,
					facet: random() < 0.5 ? 'field' : 'country',
					correct: random() < 0.7,
					at: T0 - (200 - i) * 6 * HOUR
				})
			).map((r) => ({ ...r, rating: r.correct ? (3 as const) : (1 as const) }));
			const states = replay(reviews, scheduler);
			for (const mode of modes) {
				const questions = questionsOf(planRound({ ...base, random, history: planHistory(reviews), states, mode }).steps);
				const asked = questions.flatMap((q) => citiesAsked(q));
				expect(new Set(asked).size, `seed ${seed}, ${JSON.stringify(mode)}`).toBe(asked.length);
			}
		}
	}, 60_000);
});
