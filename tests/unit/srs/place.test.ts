// The `place` card: where a city is on the map. Scheduled by the same log, introduced once the city's field is learned,
// counted in the city's state but never in its field's mastery, and held to a round's rules.
import { describe, expect, it } from 'vitest';
import { cities, cityById } from '../../../src/lib/data/index.ts';
import { planHistory } from '../../../src/lib/play/history.ts';
import { MAP_QUESTIONS_PER_ROUND, planRound } from '../../../src/lib/play/plan.ts';
import type { Step } from '../../../src/lib/play/round.ts';
import { citiesAsked, isMapQuestion, seededRandom, type Question } from '../../../src/lib/quiz/index.ts';
import { cardKey, cardSummaries, cityProgress, fieldMastery, isMissed, replay, sessionCards } from '../../../src/lib/srs/index.ts';
import type { ReviewRecord } from '../../../src/lib/srs/types.ts';
import { DAY, HOUR, T0, review } from '../review.ts';
import { scheduler } from '../scheduler.ts';

const questionsOf = (steps: Step[]) => steps.flatMap((s): Question[] => (s.kind === 'question' ? [s.question] : []));
/** Two right answers a day apart: the field card leaves its learning steps (ts-fsrs state Review). */
const learnedField = (city: string, at = T0 - 2 * DAY) => [review({ city, at }), review({ city, at: at + DAY })];
const base = { length: 30, newPerDay: 0, newSeenToday: 0, random: seededRandom(1), scheduler };

describe('when a city’s place card is asked', () => {
	it('not while its field card is in its learning steps: a new learner’s rounds are not maps of cities met a minute ago', () => {
		const log = [review({ city: 'hangzhou', at: T0 - 5 * 60_000 })];
		const cards = sessionCards({ ...base, states: replay(log, scheduler), now: new Date(T0) });
		expect(cards.filter((c) => c.facet === 'place')).toEqual([]);
		expect(cards).toContainEqual({ city: 'hangzhou', facet: 'country' });
	});

	it('once its field card has graduated, as a new card of a city already started', () => {
		const states = replay(learnedField('hangzhou'), scheduler);
		expect(states.get(cardKey('hangzhou', 'field'))!.card.state).toBe(2); // Review
		const cards = sessionCards({ ...base, states, now: new Date(T0) });
		expect(cards).toContainEqual({ city: 'hangzhou', facet: 'place' });
	});

	it('not after the field card lapsed (answered wrong since), until it is learned again', () => {
		const log = [...learnedField('hangzhou'), review({ city: 'hangzhou', correct: false, rating: 1, at: T0 - HOUR })];
		const cards = sessionCards({ ...base, states: replay(log, scheduler), now: new Date(T0) });
		expect(cards.filter((c) => c.facet === 'place')).toEqual([]);
	});

	it('gives a brand-new learner’s first round no map question, and a learner who knows some fields a few', () => {
		const fresh = planRound({ history: planHistory([]), states: new Map(), now: new Date(T0), random: seededRandom(2), newPerDay: 10, mode: { kind: 'quick' }, scheduler });
		expect(questionsOf(fresh.steps).filter(isMapQuestion)).toEqual([]);
		const known = ['hangzhou', 'seoul', 'lyon', 'sydney', 'bogota', 'dakar'].flatMap((city) => learnedField(city));
		const round = planRound({ history: planHistory(known), states: replay(known, scheduler), now: new Date(T0), random: seededRandom(2), newPerDay: 10, mode: { kind: 'quick' }, scheduler });
		const maps = questionsOf(round.steps).filter(isMapQuestion);
		expect(maps.length).toBeGreaterThan(0);
		// A map question is about a city already met: never after a learn card.
		round.steps.forEach((step, i) => {
			if (step.kind === 'question' && isMapQuestion(step.question)) expect(round.steps[i - 1]?.kind).not.toBe('learn');
		});
	});
});

describe('map questions in a round', () => {
	// Forty cities whose fields and countries were just learned, none due: forty place cards wait to be asked.
	const known = cities.slice(0, 40).flatMap((c, i) => [
		...learnedField(c.id, T0 - 2 * DAY + i * 60_000),
		review({ city: c.id, facet: 'country', kind: 'country-of-city', rating: 4, at: T0 - DAY + i * 60_000 })
	]);
	const states = replay(known, scheduler);

	it(`are at most ${MAP_QUESTIONS_PER_ROUND}, however many place cards wait, in every mode`, () => {
		for (let seed = 1; seed <= 30; seed++) {
			for (const mode of [{ kind: 'quick' }, { kind: 'field', field: 'design' }] as const) {
				const { steps } = planRound({ history: planHistory(known), states, now: new Date(T0), random: seededRandom(seed), newPerDay: 10, mode, scheduler });
				const maps = questionsOf(steps).filter(isMapQuestion);
				expect(maps.length).toBeLessThanOrEqual(MAP_QUESTIONS_PER_ROUND);
				if (mode.kind === 'quick') expect(maps.length).toBe(MAP_QUESTIONS_PER_ROUND);
			}
		}
	});

	it('ask about a city once, as every question does, with the place card its own', () => {
		for (let seed = 1; seed <= 30; seed++) {
			const { steps } = planRound({ history: planHistory(known), states, now: new Date(T0), random: seededRandom(seed), newPerDay: 10, mode: { kind: 'quick' }, scheduler });
			const questions = questionsOf(steps);
			const asked = questions.flatMap((q) => citiesAsked(q));
			expect(new Set(asked).size).toBe(asked.length);
			for (const q of questions.filter(isMapQuestion)) {
				expect(q.card).toEqual({ city: q.subject, facet: 'place' });
				expect(q.answer).toBe(q.subject);
			}
		}
	});
});

describe('the place card in the city’s state and in mastery', () => {
	const learned = learnedField('hangzhou');
	const place = (correct: boolean, at: number): ReviewRecord =>
		review({ city: 'hangzhou', facet: 'place', kind: 'where-is', correct, rating: correct ? 3 : 1, at });

	it('is a card of its own, replayed from the same log and listed on the city’s page', () => {
		const states = replay([...learned, place(true, T0)], scheduler);
		expect(states.get(cardKey('hangzhou', 'place'))?.last.kind).toBe('where-is');
		const summaries = cardSummaries('hangzhou', states, new Date(T0 + HOUR), scheduler);
		expect(summaries.map((s) => s.facet)).toEqual(['field', 'country', 'place']);
		expect(summaries.find((s) => s.facet === 'place')!.due).toBeInstanceOf(Date);
	});

	it('makes the city missed when its latest answer is a wrong place, and no longer once it is right', () => {
		const wrong = replay([...learned, place(false, T0)], scheduler);
		expect(isMissed('hangzhou', wrong)).toBe(true);
		expect(cityProgress(cityById('hangzhou')!, wrong).state).toBe('missed');
		expect(isMissed('hangzhou', replay([...learned, place(false, T0), place(true, T0 + HOUR)], scheduler))).toBe(false);
	});

	it('never changes the mastery of the city’s field, right or wrong: mastery is what is known of the field', () => {
		const now = new Date(T0 + 2 * HOUR);
		const before = fieldMastery(replay(learned, scheduler), now, scheduler)['crafts-folk-art'];
		for (const correct of [true, false]) {
			const after = fieldMastery(replay([...learned, place(correct, T0)], scheduler), now, scheduler)['crafts-folk-art'];
			expect(after).toEqual(before);
		}
		expect(before.mastery).toBeGreaterThan(0);
	});
});
