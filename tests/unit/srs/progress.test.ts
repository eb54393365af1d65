import { describe, expect, it } from 'vitest';
import { citiesOfField } from '../../../src/lib/data/index.ts';
import { seededRandom } from '../../../src/lib/quiz/index.ts';
import {
	cityProgress,
	dueCount,
	cardKey,
	cityMastery,
	fieldMastery,
	missedCities,
	newCitiesSeenToday,
	replay,
	retrievability,
	sessionCards
} from '../../../src/lib/srs/index.ts';
import { cityById } from '../../../src/lib/data/index.ts';
import type { ReviewRecord } from '../../../src/lib/srs/types.ts';
import { firstSeenByCity } from '../../../src/lib/play/history.ts';
import { DAY, HOUR, T0, review } from '../review.ts';
import { scheduler } from '../scheduler.ts';

const now = (offset = 0) => new Date(T0 + offset);

describe('mastery per field', () => {
	const film = citiesOfField('film'); // 10 cities
	const filmMastery = (log: ReviewRecord[], at: number) => fieldMastery(replay(log, scheduler), new Date(at), scheduler).film.mastery;
	/** Right answers on one card spaced out until it is mature (stability ≥ 21 days). */
	const matured = (city: string) => [0, 1, 4, 14, 45, 120].map((d) => review({ city, at: T0 + d * DAY }));

	it('is 0 with no answers, with every city new', () => {
		const mastery = fieldMastery(new Map(), now(), scheduler);
		// 25: the source lists Vienna too, but it is not a member (data/corrections.tsv).
		expect(mastery.music).toEqual({ mastery: 0, new: 25, learning: 0, mature: 0, total: 25 });
	});

	it('stays 0 when every answer is wrong, however many', () => {
		for (const seed of [1, 2, 3, 4, 5]) {
			const random = seededRandom(seed);
			const log = Array.from({ length: 40 }, (_, i) =>
				review({ city: film[Math.floor(random() * film.length)]!.id, correct: false, rating: 1, at: T0 + i * HOUR })
			);
			const mastery = fieldMastery(replay(log, scheduler), now(41 * HOUR), scheduler).film;
			expect(mastery.mastery).toBe(0);
			expect(mastery.new).toBeLessThan(film.length);
		}
	});

	it('never rises on a wrong answer', () => {
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
			const random = seededRandom(seed);
			const log: ReviewRecord[] = [];
			for (let i = 0; i < 60; i++) {
				const city = film[Math.floor(random() * film.length)]!.id;
				const at = T0 + i * 2 * DAY;
				const correct = random() < 0.7;
				const answer = review({ city, correct, rating: correct ? 3 : 1, at });
				const before = filmMastery(log, at + 1);
				log.push(answer);
				if (!correct) expect(filmMastery(log, at + 1)).toBeLessThanOrEqual(before);
			}
		}
	});

	it('counts one right answer on a new city as little', () => {
		const once = cityMastery('busan', replay([review({ city: 'busan' })], scheduler), now(HOUR), scheduler);
		expect(once).toBeGreaterThan(0);
		expect(once).toBeLessThan(20);
	});

	it('counts a mature card fully, just after its review', () => {
		const log = matured('busan');
		const state = replay(log, scheduler).get(cardKey('busan', 'field'))!;
		expect(state.card.stability).toBeGreaterThanOrEqual(21);
		expect(cityMastery('busan', replay(log, scheduler), new Date(log.at(-1)!.at + HOUR), scheduler)).toBeGreaterThanOrEqual(98);
	});

	it('is the mean over the field, unseen cities counting 0', () => {
		const log = film.slice(0, 5).flatMap((c) => matured(c.id));
		const mastery = fieldMastery(replay(log, scheduler), now(120 * DAY + HOUR), scheduler);
		expect(mastery.film.mastery).toBeGreaterThanOrEqual(49);
		expect(mastery.film.mastery).toBeLessThanOrEqual(50);
		expect(mastery.film).toMatchObject({ new: 5, learning: 0, mature: 5 });
		expect(mastery.music.mastery).toBe(0);
	});

	it('drops to 0 for a card whose latest answer was wrong, even a mature one', () => {
		const log = [...matured('busan'), review({ city: 'busan', correct: false, rating: 1, at: T0 + 121 * DAY })];
		expect(cityMastery('busan', replay(log, scheduler), now(121 * DAY + HOUR), scheduler)).toBe(0);
	});

	it('ignores country cards', () => {
		const log = [review({ city: 'busan', facet: 'country' })];
		expect(fieldMastery(replay(log, scheduler), now(HOUR), scheduler).film.mastery).toBe(0);
	});

	it('fades while the learner stays away', () => {
		const log = film.flatMap((c) => matured(c.id));
		const last = T0 + 120 * DAY;
		const fading = [1, 30, 90, 365].map((days) => filmMastery(log, last + days * DAY));
		expect(fading[0]).toBeGreaterThan(90);
		for (let i = 1; i < fading.length; i++) expect(fading[i]).toBeLessThan(fading[i - 1]!);
	});
});

describe('missed cities', () => {
	it('are those whose latest answer, on any facet, was wrong — most recent first', () => {
		const log = [
			review({ city: 'busan', correct: false, rating: 1, at: T0 }),
			review({ city: 'hangzhou', facet: 'country', correct: false, rating: 1, at: T0 + 1 }),
			review({ city: 'edinburgh', correct: false, rating: 1, at: T0 + 2 }),
			review({ city: 'edinburgh', facet: 'country', correct: true, at: T0 + 3 })
		];
		expect(missedCities(replay(log, scheduler))).toEqual(['hangzhou', 'busan']);
	});

	it('a city leaves the list when answered right', () => {
		const missed = review({ city: 'busan', correct: false, rating: 1, at: T0 });
		expect(missedCities(replay([missed], scheduler))).toEqual(['busan']);
		expect(missedCities(replay([missed, review({ city: 'busan', at: T0 + 1 })], scheduler))).toEqual([]);
	});

	it('shows as the city state, with last answer and next due date', () => {
		const states = replay([review({ city: 'busan', correct: false, rating: 1 })], scheduler);
		const progress = cityProgress(cityById('busan')!, states);
		expect(progress.state).toBe('missed');
		expect(progress.last?.correct).toBe(false);
		expect(progress.nextDue).toBeInstanceOf(Date);
		expect(cityProgress(cityById('seoul')!, states)).toEqual({ state: 'new' });
	});
});

describe('the queue', () => {
	const base = { length: 10, newPerDay: 10, newSeenToday: 0, random: seededRandom(1), scheduler };

	it('starts a new learner on new cities, on their field, up to the daily cap', () => {
		const cards = sessionCards({ ...base, states: new Map(), now: now(), newPerDay: 4 });
		expect(cards.slice(0, 4).every((c) => c.facet === 'field')).toBe(true);
		expect(cards).toHaveLength(4);
	});

	it('puts due cards first, most overdue first', () => {
		const log = [
			review({ city: 'busan', at: T0 - 30 * DAY }),
			review({ city: 'hangzhou', at: T0 - 20 * DAY }),
			review({ city: 'seoul', at: T0 - 60_000 }) // in its 10-minute learning step: not due yet
		];
		const cards = sessionCards({ ...base, states: replay(log, scheduler), now: now(), newPerDay: 0 });
		expect(cards.slice(0, 2).map((c) => c.city)).toEqual(['busan', 'hangzhou']);
		expect(dueCount(replay(log, scheduler), now())).toBe(2);
	});

	it('counts new cities started today against the cap', () => {
		const log = [review({ city: 'busan', at: T0 }), review({ city: 'busan', at: T0 + HOUR }), review({ city: 'seoul', at: T0 - 2 * DAY })];
		expect(newCitiesSeenToday(firstSeenByCity(log), now(2 * HOUR))).toBe(1);
		const cards = sessionCards({ ...base, states: replay(log, scheduler), now: now(2 * HOUR), newPerDay: 1, newSeenToday: 1 });
		const newCities = cards.filter((c) => !['busan', 'seoul'].includes(c.city));
		expect(newCities).toEqual([]);
	});

	it('keeps to one field, then fills with the weakest cards of it, weakest first', () => {
		const film = citiesOfField('film');
		// Every card known (Easy: due days later, so none is due now), answered an hour apart: older is weaker.
		const log = film.flatMap((c, i) =>
			(['field', 'country'] as const).map((facet) => review({ city: c.id, facet, rating: 4, at: T0 - i * HOUR }))
		);
		const states = replay(log, scheduler);
		const cards = sessionCards({ ...base, length: 30, states, now: now(HOUR), field: 'music', newPerDay: 0 });
		expect(cards).toEqual([]);
		const weakest = sessionCards({ ...base, length: 30, states, now: now(HOUR), field: 'film', newPerDay: 0 });
		expect(weakest).toHaveLength(2 * film.length);
		expect(weakest.every((c) => cityById(c.city)!.field === 'film')).toBe(true);
		const recall = weakest.map((c) => retrievability(states.get(cardKey(c.city, c.facet)), now(HOUR), scheduler));
		expect(recall).toEqual([...recall].sort((a, b) => a - b));
		expect(weakest[0]!.city).toBe(film.at(-1)!.id);
	});

	it('keeps to the cities asked for (the missed ones)', () => {
		const log = [review({ city: 'busan', correct: false, rating: 1 }), review({ city: 'seoul' })];
		const cards = sessionCards({ ...base, states: replay(log, scheduler), now: now(HOUR), cities: ['busan'] });
		expect(new Set(cards.map((c) => c.city))).toEqual(new Set(['busan']));
		expect(cards.map((c) => c.facet).sort()).toEqual(['country', 'field']);
	});
});
