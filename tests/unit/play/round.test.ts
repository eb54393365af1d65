import { describe, expect, it } from 'vitest';
import { cityById } from '../../../src/lib/data/index.ts';
import { planRound, ROUND_LENGTH } from '../../../src/lib/play/plan.ts';
import {
	answerQuestion,
	currentAnswer,
	currentQuestion,
	elapsedMs,
	formatDuration,
	nextQuestion,
	startRound,
	summarizeRound,
	type Round
} from '../../../src/lib/play/round.ts';
import { questionFor, seededRandom, type Question } from '../../../src/lib/quiz/index.ts';
import { replay } from '../../../src/lib/srs/index.ts';
import { T0, review } from '../review.ts';
import { scheduler } from '../scheduler.ts';

const question = (city: string, kind: 'field-of-city' | 'type-city') =>
	questionFor({ city, facet: 'field' }, { random: seededRandom(1), kinds: [kind] }) as Question;

/** Plays `given` answers, one per question, each `ms` after its question appeared. */
function play(questions: Question[], given: string[], ms = 1000): Round {
	let now = T0;
	let round = startRound(questions, now);
	for (const text of given) {
		now += ms;
		round = nextQuestion(answerQuestion(round, text, now), now);
	}
	return round;
}

describe('a round being played', () => {
	it('takes one answer per question, timed from when it was shown', () => {
		const round = startRound([question('hangzhou', 'field-of-city'), question('busan', 'type-city')], T0);
		const answered = answerQuestion(round, 'crafts-folk-art', T0 + 2500);
		expect(currentAnswer(answered)).toMatchObject({ given: 'crafts-folk-art', correct: true, right: 'crafts-folk-art', ms: 2500, at: T0 + 2500 });
		// A second press on an answered question changes nothing.
		expect(answerQuestion(answered, 'film', T0 + 2600)).toBe(answered);
		expect(answered.answers).toHaveLength(1);
	});

	it('moves on only after an answer, and ends after the last question', () => {
		let round = startRound([question('hangzhou', 'field-of-city'), question('busan', 'type-city')], T0);
		expect(nextQuestion(round, T0 + 1)).toBe(round);
		round = nextQuestion(answerQuestion(round, 'music', T0 + 1000), T0 + 1000);
		expect(currentQuestion(round)?.kind).toBe('type-city');
		round = answerQuestion(round, '釜山', T0 + 5000);
		expect(currentAnswer(round)).toMatchObject({ correct: true, right: 'busan', ms: 4000 });
		round = nextQuestion(round, T0 + 6000);
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

	it('asks ten questions in a quick quiz', () => {
		expect(planRound({ ...base, reviews: [], states: new Map(), mode: { kind: 'quick' } })).toHaveLength(ROUND_LENGTH);
	});

	it('asks only about one field in field practice', () => {
		const questions = planRound({ ...base, reviews: [], states: new Map(), mode: { kind: 'field', field: 'music' } });
		expect(questions).toHaveLength(ROUND_LENGTH);
		expect(questions.every((q) => cityById(q.card.city)!.field === 'music')).toBe(true);
		expect(questions.every((q) => q.kind !== 'odd-one-out')).toBe(true);
	});

	it('asks only about missed cities, and nothing when none is missed', () => {
		const reviews = [review({ city: 'busan', correct: false, rating: 1 }), review({ city: 'seoul', at: T0 + 1 })];
		const questions = planRound({ ...base, reviews, states: replay(reviews, scheduler), mode: { kind: 'missed' } });
		expect(questions.length).toBeGreaterThan(0);
		expect(questions.every((q) => q.card.city === 'busan')).toBe(true);
		const none = reviews.slice(1);
		expect(planRound({ ...base, reviews: none, states: replay(none, scheduler), mode: { kind: 'missed' } })).toEqual([]);
	});
});
