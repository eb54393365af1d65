import { describe, expect, it } from 'vitest';
import { applyReview, cardKey, inferGrade, replay, retrievability, cardPhase, type CardStates } from '../../../src/lib/srs/index.ts';
import { seededRandom, shuffle } from '../../../src/lib/quiz/index.ts';
import { DAY, HOUR, T0, review } from '../review.ts';
import { scheduler } from '../scheduler.ts';

function history() {
	const cities = ['hangzhou', 'edinburgh', 'busan', 'kinshasa'];
	return Array.from({ length: 60 }, (_, i) =>
		review({
			city: cities[i % 4],
			facet: i % 3 === 0 ? 'country' : 'field',
			at: T0 + i * 7 * HOUR,
			correct: i % 5 !== 0,
			rating: i % 5 === 0 ? 1 : i % 7 === 0 ? 4 : 3
		})
	);
}

describe('replaying the review log', () => {
	it('gives the same states as answering live, one review at a time', () => {
		const log = history();
		const live: CardStates = new Map();
		for (const r of log) applyReview(live, r, scheduler);
		expect(replay(log, scheduler)).toEqual(live);
	});

	it('does not depend on the order records are stored in', () => {
		const log = history();
		expect(replay(shuffle(log, seededRandom(3)), scheduler)).toEqual(replay(log, scheduler));
	});

	it('schedules a right answer later than a wrong one', () => {
		const right = replay([review({ city: 'busan', rating: 3 })], scheduler).get(cardKey('busan', 'field'))!;
		const wrong = replay([review({ city: 'busan', rating: 1, correct: false })], scheduler).get(cardKey('busan', 'field'))!;
		expect(right.card.due.getTime()).toBeGreaterThan(wrong.card.due.getTime());
	});

	it('counts a card mature once its stability reaches 21 days', () => {
		const log = [0, 1, 4, 14, 45, 120].map((d) => review({ city: 'busan', at: T0 + d * DAY, rating: 3 }));
		const state = replay(log, scheduler).get(cardKey('busan', 'field'))!;
		expect(state.card.stability).toBeGreaterThanOrEqual(21);
		expect(cardPhase(state)).toBe('mature');
		expect(cardPhase(replay(log.slice(0, 1), scheduler).get(cardKey('busan', 'field')))).toBe('learning');
		expect(cardPhase(undefined)).toBe('new');
	});

	it('lets retrievability decay with time and treats unseen cards as 0', () => {
		const state = replay([review({ city: 'busan' })], scheduler).get(cardKey('busan', 'field'))!;
		const soon = retrievability(state, new Date(T0 + HOUR), scheduler);
		const later = retrievability(state, new Date(T0 + 30 * DAY), scheduler);
		expect(soon).toBeGreaterThan(0.9);
		expect(later).toBeLessThan(soon);
		expect(retrievability(undefined, new Date(T0), scheduler)).toBe(0);
	});
});

describe('grades are inferred from the answer', () => {
	it('wrong is Again whatever the speed', () => {
		expect(inferGrade({ correct: false, ms: 1000, kind: 'field-of-city' }, true)).toBe(1);
	});
	it('right is Good, Hard when slow, Easy when quick on a known card', () => {
		expect(inferGrade({ correct: true, ms: 6000, kind: 'field-of-city' }, false)).toBe(3);
		expect(inferGrade({ correct: true, ms: 15_001, kind: 'field-of-city' }, true)).toBe(2);
		expect(inferGrade({ correct: true, ms: 3000, kind: 'field-of-city' }, true)).toBe(4);
		expect(inferGrade({ correct: true, ms: 3000, kind: 'field-of-city' }, false)).toBe(3);
	});
	it('gives typed answers more time', () => {
		expect(inferGrade({ correct: true, ms: 20_000, kind: 'type-city' }, false)).toBe(3);
		expect(inferGrade({ correct: true, ms: 25_001, kind: 'type-city' }, false)).toBe(2);
		expect(inferGrade({ correct: true, ms: 7000, kind: 'type-city' }, true)).toBe(4);
	});
});
