import { describe, expect, it } from 'vitest';
import { cities, cityById, countries } from '../../../src/lib/data/index.ts';
import { cityPosition, inBox } from '../../../src/lib/map/dots.ts';
import { distanceKm, placeOf } from '../../../src/lib/map/geo.ts';
import { layOut, MIN_DOT_GAP, MIN_OPTION_KM, optionForKey, optionLetter, whereIs, whichCity } from '../../../src/lib/map/questions.ts';
import { questionFor, seededRandom, type MapQuestion } from '../../../src/lib/quiz/index.ts';

const sources = { cities, countries };
const city = (id: string) => cityById(id)!;

describe('"Where is …?" map questions', () => {
	it('asks about every city with 4–6 dots, exactly one of them right, all inside the view', () => {
		for (const [i, subject] of cities.entries()) {
			const question = whereIs(subject, sources, seededRandom(i));
			expect(question, subject.id).not.toBeNull();
			const { options, answer, box, card } = question!;
			expect(options.length).toBeGreaterThanOrEqual(4);
			expect(options.length).toBeLessThanOrEqual(6);
			expect(options.filter((o) => o === subject.id)).toEqual([subject.id]);
			expect([answer, card]).toEqual([subject.id, { city: subject.id, facet: 'place' }]);
			expect(new Set(options).size).toBe(options.length);
			for (const option of options) expect(inBox(cityPosition(option), box), option).toBe(true);
		}
	});

	it('never puts two dots so close that one hides the other (Brazzaville and Kinshasa are never both asked)', () => {
		for (const [i, subject] of cities.entries()) {
			const { options, box } = whereIs(subject, sources, seededRandom(1000 + i))!;
			for (const a of options) {
				for (const b of options) {
					if (a === b) continue;
					const [pa, pb] = [cityPosition(a), cityPosition(b)];
					expect(Math.hypot(pa.x - pb.x, pa.y - pb.y), `${a}–${b}`).toBeGreaterThanOrEqual(box[2] * MIN_DOT_GAP);
				}
			}
			expect(options.includes('brazzaville') && options.includes('kinshasa')).toBe(false);
		}
	});

	it('is the same question for the same seed, and another for another seed', () => {
		const a = whereIs(city('hangzhou'), sources, seededRandom(7));
		expect(whereIs(city('hangzhou'), sources, seededRandom(7))).toEqual(a);
		const others = [1, 2, 3, 4, 5].map((seed) => whereIs(city('hangzhou'), sources, seededRandom(seed))!.options.join());
		expect(new Set(others).size).toBeGreaterThan(1);
		expect(a!.view).toBe('east-asia');
	});

	it('answers keys 1–6 and A–F with the dot of that number or letter', () => {
		const question = whereIs(city('ghent'), sources, seededRandom(3))!;
		expect(optionForKey(question, '1')).toBe(question.options[0]);
		expect(optionForKey(question, 'b')).toBe(question.options[1]);
		expect(optionForKey(question, 'D')).toBe(question.options[3]);
		expect(optionForKey(question, 'z')).toBeUndefined();
		expect(optionForKey(question, '9')).toBeUndefined();
		expect([0, 5].map(optionLetter)).toEqual(['A', 'F']);
	});
});

describe('"Which city is this?" map questions', () => {
	it('offers four cities for every city, exactly one right, none within 300 km of it', () => {
		for (const [i, subject] of cities.entries()) {
			const question = whichCity(subject, sources, seededRandom(i));
			expect(question, subject.id).not.toBeNull();
			const { options, answer } = question!;
			expect(options).toHaveLength(4);
			expect(new Set(options).size).toBe(4);
			expect(options.filter((o) => o === subject.id)).toEqual([answer]);
			for (const option of options.filter((o) => o !== answer)) {
				expect(distanceKm(placeOf(option), placeOf(answer)), option).toBeGreaterThanOrEqual(MIN_OPTION_KM);
			}
		}
	});

	it('never offers Kinshasa for Brazzaville, nor Icheon for Seoul', () => {
		for (let seed = 0; seed < 30; seed++) {
			expect(whichCity(city('brazzaville'), sources, seededRandom(seed))!.options).not.toContain('kinshasa');
			expect(whichCity(city('seoul'), sources, seededRandom(seed))!.options).not.toContain('icheon');
		}
	});

	it('prefers wrong options from the same region, and takes only keys 1–4', () => {
		const question = whichCity(city('lyon'), sources, seededRandom(11))!;
		expect(question.view).toBe('europe');
		for (const option of question.options) expect(inBox(cityPosition(option), question.box)).toBe(true);
		expect(optionForKey(question, '4')).toBe(question.options[3]);
		expect(optionForKey(question, 'a')).toBeUndefined();
	});
});

describe('map questions in a round', () => {
	it('are asked of a place card, about its city, and lay out from their seed with the city the one right option', () => {
		for (const [i, subject] of cities.entries()) {
			for (const kind of ['where-is', 'which-city'] as const) {
				const question = questionFor({ city: subject.id, facet: 'place' }, { random: seededRandom(i), kinds: [kind] }) as MapQuestion;
				expect(question).toMatchObject({ kind, subject: subject.id, answer: subject.id, card: { city: subject.id, facet: 'place' } });
				const layout = layOut(question, sources);
				expect(layout.kind).toBe(kind);
				expect(layout.options.filter((o) => o === question.answer)).toEqual([subject.id]);
				// Drawn again (after Undo, or a language switch), the same question shows the same options.
				expect(layOut(question, sources)).toEqual(layout);
			}
		}
	});

	it('lay out "Where is …?" at the first try for every city and many seeds ("Which city is this?" always does)', () => {
		for (const subject of cities) {
			for (let seed = 0; seed < 60; seed++) expect(whereIs(subject, sources, seededRandom(seed)), `${subject.id} ${seed}`).not.toBeNull();
		}
	}, 30_000);
});
