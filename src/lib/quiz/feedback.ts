// What feedback says beyond right or wrong, worked out from the answer: the city it teaches about, what a wrong
// pick really is, and every right answer of a typed question. Pure.
import { cities, cityById, type City } from '../data/index.ts';
import type { Answer } from '../srs/review.ts';
import { matchesCity } from './answer.ts';

/** How many right cities a wrong typed answer lists before "and N more". */
export const RIGHT_CITIES_SHOWN = 5;

export interface FeedbackFacts {
	/** The city the feedback teaches about: the one accepted for a right typed answer, else the question's. */
	city: City;
	/** A wrong pick or a wrong typed name that is a city of the list: what it really is. */
	chosenCity?: City;
	/** A wrong typed answer: the right cities to name (the question's own first), and how many more there are. */
	rightCities: City[];
	moreRight: number;
}

export function feedbackFacts(answer: Answer): FeedbackFacts {
	const { question, given, correct, right } = answer;
	const city = cityById(question.kind === 'type-city' && correct ? right : question.card.city)!;
	if (correct) return { city, rightCities: [], moreRight: 0 };
	if (question.kind === 'type-city') {
		const all = question.answers.map((id) => cityById(id)!);
		const chosenCity = given.trim() === '' ? undefined : cities.find((c) => matchesCity(c, given));
		return { city, chosenCity, rightCities: all.slice(0, RIGHT_CITIES_SHOWN), moreRight: Math.max(0, all.length - RIGHT_CITIES_SHOWN) };
	}
	const chosenCity = question.optionType === 'city' ? cityById(given) : undefined;
	return { city, chosenCity, rightCities: [], moreRight: 0 };
}
