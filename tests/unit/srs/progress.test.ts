import { describe, expect, it } from 'vitest';
import { citiesOfField } from '../../../src/lib/data/index.ts';
import { seededRandom } from '../../../src/lib/quiz/index.ts';
import {
	cityProgress,
	dueCount,
	fieldMastery,
	missedCities,
	newCitiesSeenToday,
	replay,
	sessionCards
} from '../../../src/lib/srs/index.ts';
import { cityById } from '../../../src/lib/data/index.ts';
import { DAY, HOUR, T0, review } from '../review.ts';

const now = (offset = 0) => new Date(T0 + offset);

describe('mastery per field', () => {
	it('is 0 with no answers, with every city new', () => {
		const mastery = fieldMastery(new Map(), now());
		// 25: the source lists Vienna too, but it is not a member (data/corrections.tsv).
		expect(mastery.music).toEqual({ mastery: 0, new: 25, learning: 0, mature: 0, total: 25 });
	});

	it('is the mean retrievability of the field cards, unseen cities counting 0', () => {
		const film = citiesOfField('film'); // 10 cities
		const log = film.slice(0, 5).map((c) => review({ city: c.id }));
		const mastery = fieldMastery(replay(log), now(HOUR)).film;
		// Five cities just answered right (~100 each), five unseen (0): about half.
		expect(mastery.mastery).toBeGreaterThanOrEqual(48);
		expect(mastery.mastery).toBeLessThanOrEqual(50);
		expect(mastery).toMatchObject({ new: 5, learning: 5, mature: 0 });
		expect(fieldMastery(replay(log), now(HOUR)).music.mastery).toBe(0);
	});

	it('ignores country cards', () => {
		const log = [review({ city: 'busan', facet: 'country' })];
		expect(fieldMastery(replay(log), now(HOUR)).film.mastery).toBe(0);
	});

	it('falls as time passes without review', () => {
		const log = citiesOfField('film').map((c) => review({ city: c.id }));
		const soon = fieldMastery(replay(log), now(HOUR)).film.mastery;
		const later = fieldMastery(replay(log), now(60 * DAY)).film.mastery;
		expect(soon).toBeGreaterThan(90);
		expect(later).toBeLessThan(soon);
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
		expect(missedCities(log)).toEqual(['hangzhou', 'busan']);
	});

	it('a city leaves the list when answered right', () => {
		const missed = review({ city: 'busan', correct: false, rating: 1, at: T0 });
		expect(missedCities([missed])).toEqual(['busan']);
		expect(missedCities([missed, review({ city: 'busan', at: T0 + 1 })])).toEqual([]);
	});

	it('shows as the city state, with last answer and next due date', () => {
		const states = replay([review({ city: 'busan', correct: false, rating: 1 })]);
		const progress = cityProgress(cityById('busan')!, states);
		expect(progress.state).toBe('missed');
		expect(progress.last?.correct).toBe(false);
		expect(progress.nextDue).toBeInstanceOf(Date);
		expect(cityProgress(cityById('seoul')!, states)).toEqual({ state: 'new' });
	});
});

describe('the queue', () => {
	const base = { length: 10, newPerDay: 10, newSeenToday: 0, random: seededRandom(1) };

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
		const cards = sessionCards({ ...base, states: replay(log), now: now(), newPerDay: 0 });
		expect(cards.slice(0, 2).map((c) => c.city)).toEqual(['busan', 'hangzhou']);
		expect(dueCount(replay(log), now())).toBe(2);
	});

	it('counts new cities started today against the cap', () => {
		const log = [review({ city: 'busan', at: T0 }), review({ city: 'busan', at: T0 + HOUR }), review({ city: 'seoul', at: T0 - 2 * DAY })];
		expect(newCitiesSeenToday(log, now(2 * HOUR))).toBe(1);
		const cards = sessionCards({ ...base, states: replay(log), now: now(2 * HOUR), newPerDay: 1, newSeenToday: 1 });
		const newCities = cards.filter((c) => !['busan', 'seoul'].includes(c.city));
		expect(newCities).toEqual([]);
	});

	it('keeps to one field, then fills with the weakest cards of it', () => {
		const film = citiesOfField('film');
		const log = film.map((c, i) => review({ city: c.id, at: T0 - i * HOUR }));
		const cards = sessionCards({ ...base, states: replay(log), now: now(HOUR), field: 'film', newPerDay: 0 });
		expect(cards.length).toBeGreaterThan(0);
		expect(cards.every((c) => cityById(c.city)!.field === 'film')).toBe(true);
	});

	it('keeps to the cities asked for (the missed ones)', () => {
		const log = [review({ city: 'busan', correct: false, rating: 1 }), review({ city: 'seoul' })];
		const cards = sessionCards({ ...base, states: replay(log), now: now(HOUR), cities: ['busan'] });
		expect(new Set(cards.map((c) => c.city))).toEqual(new Set(['busan']));
		expect(cards.map((c) => c.facet).sort()).toEqual(['country', 'field']);
	});
});
