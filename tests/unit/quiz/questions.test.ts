import { describe, expect, it } from 'vitest';
import { cities, cityById, countryById, type City } from '../../../src/lib/data/index.ts';
import {
	buildSession,
	confusionsFrom,
	KINDS_FOR_FACET,
	questionFor,
	questionKey,
	seededRandom,
	type ChoiceQuestion,
	type Question,
	type QuestionKind
} from '../../../src/lib/quiz/index.ts';
import type { Facet } from '../../../src/lib/srs/types.ts';
import { review } from '../review.ts';

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

/** Is `option` a right answer to `q`, judged from the dataset alone? */
function isRight(q: ChoiceQuestion, option: string): boolean {
	const city = cityById(option);
	switch (q.kind) {
		case 'field-of-city':
			return cityById(q.subject)!.field === option;
		case 'country-of-city':
			return cityById(q.subject)!.country === option;
		case 'city-of-field':
			return city!.field === q.subject;
		case 'odd-one-out':
			return city!.field !== q.subject;
		case 'city-in-country': {
			const [country, field] = q.subject.split('/');
			return city!.country === country && city!.field === field;
		}
	}
}

function build(city: City, facet: Facet, kind: QuestionKind, seed: number): Question | null {
	return questionFor({ city: city.id, facet }, { random: seededRandom(seed), kinds: [kind] });
}

describe('every city, every kind, many seeds', () => {
	for (const facet of ['field', 'country'] as const) {
		for (const kind of KINDS_FOR_FACET[facet]) {
			it(`${kind} (${facet} card): one right option, distinct options, true to the dataset`, () => {
				for (const city of cities) {
					for (const seed of SEEDS) {
						const q = build(city, facet, kind, seed);
						expect(q, `${kind} for ${city.id}`).not.toBeNull();
						expect(q!.kind).toBe(kind);
						expect(q!.card).toEqual({ city: city.id, facet });
						if (q!.kind === 'type-city') {
							expect(q!.subject).toBe(`${city.country}/${city.field}`);
							expect(q!.answers[0]).toBe(city.id);
							for (const id of q!.answers) {
								expect(cityById(id)).toMatchObject({ country: city.country, field: city.field });
							}
							continue;
						}
						const choice = q as ChoiceQuestion;
						expect(choice.options).toHaveLength(4);
						expect(new Set(choice.options).size).toBe(4);
						expect(choice.options.filter((o) => isRight(choice, o))).toEqual([choice.answer]);
						if (choice.optionType === 'city') {
							const names = choice.options.map((id) => cityById(id)!.names['zh-Hans']);
							expect(new Set(names).size).toBe(4);
						}
						if (choice.optionType === 'country') {
							expect(choice.options.every((id) => countryById(id))).toBe(true);
						}
						const expectedSubject = {
							'field-of-city': city.id,
							'country-of-city': city.id,
							'city-of-field': city.field,
							'city-in-country': `${city.country}/${city.field}`,
							'odd-one-out': choice.field
						}[choice.kind];
						expect(choice.subject).toBe(expectedSubject);
					}
				}
			});
		}
	}
});

describe('plausible distractors', () => {
	it('city-of-field offers cities from the same country or region first', () => {
		for (const seed of SEEDS) {
			const q = build(cityById('hangzhou')!, 'field', 'city-of-field', seed) as ChoiceQuestion;
			for (const option of q.options) {
				expect(countryById(cityById(option)!.country)!.region).toBe('east-asia');
			}
			expect(q.options.some((o) => o !== 'hangzhou' && cityById(o)!.country === 'CN')).toBe(true);
		}
	});

	it('country-of-city offers neighbouring countries where the region has enough', () => {
		for (const seed of SEEDS) {
			const q = build(cityById('krakow')!, 'country', 'country-of-city', seed) as ChoiceQuestion;
			expect(q.options.map((id) => countryById(id)!.region)).toEqual(['europe', 'europe', 'europe', 'europe']);
		}
	});

	it('the fields a learner confuses come first among wrong options', () => {
		const history = Array.from({ length: 5 }, () => review({ kind: 'field-of-city', city: 'edinburgh', correct: false, chosen: 'music' }));
		const confusions = confusionsFrom(history);
		expect(confusions.get('literature')?.get('music')).toBe(5);
		for (const seed of SEEDS) {
			const q = questionFor({ city: 'prague', facet: 'field' }, { random: seededRandom(seed), kinds: ['field-of-city'], confusions });
			expect((q as ChoiceQuestion).options).toContain('music');
		}
	});

	it('ignores right answers and other kinds when learning confusions', () => {
		const confusions = confusionsFrom([
			review({ kind: 'field-of-city', city: 'edinburgh', correct: true, chosen: 'literature' }),
			review({ kind: 'city-of-field', city: 'edinburgh', correct: false, chosen: 'busan' })
		]);
		expect(confusions.size).toBe(0);
	});
});

describe('sessions', () => {
	const cards = cities.slice(0, 40).flatMap((c) => [
		{ city: c.id, facet: 'field' as const },
		{ city: c.id, facet: 'country' as const }
	]);

	it('honours the length and never repeats a question', () => {
		for (const seed of SEEDS) {
			const session = buildSession(cards, { random: seededRandom(seed), length: 10 });
			expect(session).toHaveLength(10);
			expect(new Set(session.map(questionKey)).size).toBe(10);
		}
	});

	it('a seed reproduces the same session', () => {
		const a = buildSession(cards, { random: seededRandom(7), length: 10 });
		const b = buildSession(cards, { random: seededRandom(7), length: 10 });
		expect(a).toEqual(b);
		expect(buildSession(cards, { random: seededRandom(8), length: 10 })).not.toEqual(a);
	});

	it('mixes kinds: never three of a kind in a row when others are possible', () => {
		for (const seed of SEEDS) {
			const kinds = buildSession(cards, { random: seededRandom(seed), length: 10 }).map((q) => q.kind);
			for (let i = 2; i < kinds.length; i++) {
				expect(kinds[i] === kinds[i - 1] && kinds[i] === kinds[i - 2]).toBe(false);
			}
		}
	});

	it('skips a card that has no new question left', () => {
		const same = Array.from({ length: 12 }, () => ({ city: 'hangzhou', facet: 'country' as const }));
		const session = buildSession(same, { random: seededRandom(1), length: 10, kinds: ['country-of-city'] });
		expect(session).toHaveLength(1);
	});

	it('uses only the kinds asked for', () => {
		const session = buildSession(cards, { random: seededRandom(3), length: 10, kinds: ['type-city', 'field-of-city'] });
		expect(session.every((q) => q.kind === 'type-city' || q.kind === 'field-of-city')).toBe(true);
	});
});
