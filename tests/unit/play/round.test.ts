import { describe, expect, it } from 'vitest';
import { cityById } from '../../../src/lib/data/index.ts';
import { planRound, ROUND_LENGTH } from '../../../src/lib/play/plan.ts';
import { formatDuration, summarizeRound, type RoundAnswer } from '../../../src/lib/play/round.ts';
import { questionFor, seededRandom, type Question } from '../../../src/lib/quiz/index.ts';
import { replay } from '../../../src/lib/srs/index.ts';
import { T0, review } from '../review.ts';

function answer(city: string, correct: boolean): RoundAnswer {
	const question = questionFor({ city, facet: 'field' }, { random: seededRandom(1), kinds: ['field-of-city'] }) as Question;
	return { question, correct, chosen: 'x', answer: 'y', ms: 1000 };
}

describe('a round', () => {
	it('scores and lists each missed city once, in order', () => {
		const summary = summarizeRound([answer('busan', false), answer('seoul', true), answer('hangzhou', false), answer('busan', false)]);
		expect(summary).toEqual({ right: 1, total: 4, missed: ['busan', 'hangzhou'] });
	});

	it('formats its time as minutes and seconds', () => {
		expect(formatDuration(92_500)).toBe('1:33');
		expect(formatDuration(5_000)).toBe('0:05');
	});
});

describe('planning a round', () => {
	const base = { now: new Date(T0), random: seededRandom(4), newPerDay: 10 };

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
		const questions = planRound({ ...base, reviews, states: replay(reviews), mode: { kind: 'missed' } });
		expect(questions.length).toBeGreaterThan(0);
		expect(questions.every((q) => q.card.city === 'busan')).toBe(true);
		expect(planRound({ ...base, reviews: reviews.slice(1), states: replay(reviews.slice(1)), mode: { kind: 'missed' } })).toEqual([]);
	});
});
