// What feedback teaches: the city accepted, every right city of a wrong typed answer, what a wrong pick really is.
import { describe, expect, it } from 'vitest';
import { cityById } from '../../../src/lib/data/index.ts';
import { feedbackFacts, RIGHT_CITIES_SHOWN } from '../../../src/lib/quiz/feedback.ts';
import { questionFor, seededRandom, type ChoiceQuestion, type TypedQuestion } from '../../../src/lib/quiz/index.ts';
import type { Answer } from '../../../src/lib/srs/review.ts';

const typed = (city: string) => questionFor({ city, facet: 'field' }, { random: seededRandom(1), kinds: ['type-city'] }) as TypedQuestion;
const answered = (question: Answer['question'], given: string, correct: boolean, right: string): Answer => ({
	question,
	given,
	correct,
	right,
	at: 0,
	ms: 1000
});

describe('feedback', () => {
	it('teaches about the city the learner named when a typed answer is right, not the question’s own', () => {
		for (const [card, given] of [
			['wuhan', 'shanghai'],
			['mexico-city', 'puebla'],
			['varanasi', 'chennai']
		] as const) {
			const question = typed(card);
			if (!question.answers.includes(given)) continue;
			expect(feedbackFacts(answered(question, given, true, given)).city.id).toBe(given);
		}
		expect(feedbackFacts(answered(typed('wuhan'), 'shanghai', true, 'shanghai')).city.id).toBe('shanghai');
	});

	it('lists every right city of a wrong typed answer, up to five and then how many more', () => {
		const film = typed('bradford');
		const facts = feedbackFacts(answered(film, 'london', false, 'bradford'));
		expect(facts.rightCities.map((c) => c.id).sort()).toEqual([...film.answers].sort().slice(0, RIGHT_CITIES_SHOWN));
		expect(facts.rightCities.map((c) => c.id)).toContain('bristol');
		const many = typed('wuhan'); // China has more Cities of Design than five
		const manyFacts = feedbackFacts(answered(many, 'x', false, 'wuhan'));
		expect(manyFacts.rightCities).toHaveLength(Math.min(RIGHT_CITIES_SHOWN, many.answers.length));
		expect(manyFacts.moreRight).toBe(Math.max(0, many.answers.length - RIGHT_CITIES_SHOWN));
		expect(manyFacts.rightCities[0]!.id).toBe('wuhan');
	});

	it('says what a wrongly typed city really is', () => {
		const facts = feedbackFacts(answered(typed('wuhan'), '哈尔滨', false, 'wuhan'));
		expect(facts.chosenCity?.id).toBe('harbin');
		expect(feedbackFacts(answered(typed('wuhan'), '', false, 'wuhan')).chosenCity).toBeUndefined();
	});

	it('says what a wrong pick really is: Harbin is a City of Music', () => {
		for (let seed = 1; seed < 200; seed++) {
			const question = questionFor({ city: 'shenzhen', facet: 'field' }, { random: seededRandom(seed), kinds: ['city-of-field'] }) as ChoiceQuestion;
			const wrong = question.options.find((id) => id !== question.answer)!;
			const facts = feedbackFacts(answered(question, wrong, false, question.answer));
			expect(facts.chosenCity).toEqual(cityById(wrong));
			expect(facts.city.id).toBe('shenzhen');
		}
	});

	it('has nothing more to say about a wrong field or country pick than the fact line', () => {
		const question = questionFor({ city: 'hangzhou', facet: 'field' }, { random: seededRandom(1), kinds: ['field-of-city'] }) as ChoiceQuestion;
		const facts = feedbackFacts(answered(question, 'music', false, 'crafts-folk-art'));
		expect(facts).toMatchObject({ city: cityById('hangzhou'), chosenCity: undefined, rightCities: [] });
	});
});
