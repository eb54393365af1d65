import { countByDay } from '../../../src/lib/srs/days.ts';
import { describe, expect, it } from 'vitest';
import { replay } from '../../../src/lib/srs/index.ts';
import { cityStateCounts, dayStreak, dueForecast, heatmap, reviewsPerDay, trueRetention } from '../../../src/lib/stats/index.ts';
import { DAY, HOUR, T0, review } from '../review.ts';
import { scheduler } from '../scheduler.ts';

const now = new Date(T0 + 2 * HOUR); // Monday 5 January 2026, 11:00 local time

describe('reviews per day', () => {
	it('counts each local day of the last year, oldest first, today last', () => {
		const log = [review({ at: T0 }), review({ at: T0 + HOUR }), review({ at: T0 - DAY }), review({ at: T0 - 400 * DAY })];
		const days = reviewsPerDay(countByDay(log), now);
		expect(days).toHaveLength(365);
		expect(days.at(-1)).toEqual({ date: '2026-01-05', count: 2, level: 4 });
		expect(days.at(-2)).toEqual({ date: '2026-01-04', count: 1, level: 2 });
		expect(days.reduce((sum, d) => sum + d.count, 0)).toBe(3); // the one from 400 days ago is out
	});

	it('puts answers either side of local midnight on their own days, in time order or not', () => {
		const midnight = new Date('2026-01-05T00:00:00').getTime();
		const inOrder = [midnight - 1, midnight, midnight + 1, midnight + DAY - 1, midnight + DAY].map((at) => review({ at }));
		const expected = { '2026-01-04': 1, '2026-01-05': 3, '2026-01-06': 1 };
		const counts = (log: typeof inOrder) =>
			Object.fromEntries(reviewsPerDay(countByDay(log), new Date(midnight + DAY)).filter((d) => d.count > 0).map((d) => [d.date, d.count]));
		expect(counts(inOrder)).toEqual(expected);
		expect(counts([inOrder[4]!, inOrder[0]!, inOrder[2]!, inOrder[1]!, inOrder[3]!])).toEqual(expected);
	});

	it('lays the year out in week columns, Monday first', () => {
		const map = heatmap(countByDay([review({ at: T0 })]), now);
		expect(map.weeks.every((week) => week.length <= 7)).toBe(true);
		expect(map.weeks.flat().filter((d) => d !== null)).toHaveLength(365);
		// 5 January 2026 is a Monday: the last column holds just that day.
		expect(map.weeks.at(-1)).toEqual([{ date: '2026-01-05', count: 1, level: 4 }]);
		expect(map).toMatchObject({ total: 1, activeDays: 1, max: 1 });
	});
});

describe('the due forecast', () => {
	it('puts overdue cards on today and spreads the rest over the next days', () => {
		const log = [
			review({ city: 'busan', at: T0 - 60 * DAY }), // long overdue
			review({ city: 'seoul', at: T0 }) // just learned: due within minutes, today
		];
		const forecast = dueForecast(replay(log, scheduler), now, 30);
		expect(forecast).toHaveLength(30);
		expect(forecast[0]).toEqual({ date: '2026-01-05', count: 2 });
		expect(forecast.reduce((sum, d) => sum + d.count, 0)).toBe(2);
	});

	it('shows nothing due with no history', () => {
		expect(dueForecast(new Map(), now).every((d) => d.count === 0)).toBe(true);
	});
});

describe('true retention', () => {
	it('counts only answers on cards already in review', () => {
		const busan = (day: number, correct: boolean) =>
			review({ city: 'busan', at: T0 + day * DAY, correct, rating: correct ? 3 : 1 });
		// Two right answers a day apart graduate the card; days 5 and 15 are reviews (1 right of 2).
		// The lapse on day 15 sends it back to relearning, so day 16 is not a review answer.
		const log = [busan(0, true), busan(1, true), busan(5, true), busan(15, false), busan(16, true)];
		const states = replay(log.slice(0, 2), scheduler);
		expect([...states.values()][0]!.card.state).toBe(2); // in review after two right answers a day apart
		const retention = trueRetention(replay(log, scheduler));
		expect(retention.film).toEqual({ right: 1, total: 2, percent: 50 });
		expect(retention.music).toEqual({ right: 0, total: 0, percent: null });
	});

	it('ignores answers on new and learning cards', () => {
		expect(trueRetention(replay([review({ city: 'busan', correct: false, rating: 1 })], scheduler)).film.total).toBe(0);
	});
});

describe('cities by state', () => {
	it('adds up to every city', () => {
		const log = [review({ city: 'busan', correct: false, rating: 1 }), review({ city: 'seoul' })];
		const counts = cityStateCounts(replay(log, scheduler));
		expect(counts).toEqual({ new: 149, learning: 1, mature: 0, missed: 1 });
	});
});

describe('the daily streak', () => {
	it('counts days in a row with answers, up to today', () => {
		const log = [0, 1, 2, 4].map((d) => review({ at: T0 - d * DAY }));
		expect(dayStreak(countByDay(log), now)).toBe(3);
	});
	it('survives until today is over when yesterday was played', () => {
		expect(dayStreak(countByDay([review({ at: T0 - DAY }), review({ at: T0 - 2 * DAY })]), now)).toBe(2);
	});
	it('is broken by a missed day, and zero with no answers', () => {
		expect(dayStreak(countByDay([review({ at: T0 - 2 * DAY })]), now)).toBe(0);
		expect(dayStreak(countByDay([]), now)).toBe(0);
	});
});
