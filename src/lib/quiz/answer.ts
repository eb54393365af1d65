// Checking answers. A typed answer matches a right city's name in any of its forms (names.ts), forgiving case,
// spaces, accents, tones and a closing 市; failing that, a name one slip away (one letter added, dropped, changed
// or two swapped) counts, so that the learner is told "watch the spelling" rather than "wrong".
import { cityById, listedCities, type City } from '../data/index.ts';
import { cityForms, normalizeAnswer } from '../data/names.ts';
import type { ChoiceQuestion, TypedQuestion } from './types.ts';

/** What a typed answer was taken as. `city` is the city accepted, or when wrong the first right one. */
export type TypedCheck =
	| { correct: true; city: string; slip: false }
	/** Right but misspelt: `form` is the name it was taken for, to show ("watch the spelling: Bradford"). */
	| { correct: true; city: string; slip: true; form: string }
	/** Wrong: `answers` are all the right cities. */
	| { correct: false; city: string; slip: false; answers: string[] };

/** Names shorter than this take no slip: one letter off "Rome" is another word. */
export const SLIP_MIN_LENGTH = 5;

/** What the input may stand for: as typed, and without a closing 市 (杭州市 is 杭州). */
function inputKeys(input: string): string[] {
	const given = normalizeAnswer(input);
	return given.length > 2 && given.endsWith('市') ? [given, given.slice(0, -1)] : [given];
}

export function matchesCity(city: City, input: string): boolean {
	const keys = inputKeys(input).filter((key) => key !== '');
	return cityForms(city).some((form) => keys.includes(normalizeAnswer(form)));
}

/** True when `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours (and a ≠ b). */
export function oneSlipApart(a: string, b: string): boolean {
	if (a === b || Math.abs(a.length - b.length) > 1) return false;
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	const rest = (x: string, from: number) => x.slice(from);
	if (a.length === b.length) {
		if (rest(a, i + 1) === rest(b, i + 1)) return true; // substitution
		return a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, i + 2) === rest(b, i + 2); // swap
	}
	return a.length > b.length ? rest(a, i + 1) === rest(b, i) : rest(a, i) === rest(b, i + 1);
}

/** A name a slip may be forgiven for: Latin letters only (a slip in Chinese is another character), five or more. */
function slipForgivable(key: string): boolean {
	return key.length >= SLIP_MIN_LENGTH && /^[a-z]+$/.test(key);
}

export function checkTyped(question: TypedQuestion, input: string): TypedCheck {
	const right = question.answers.map((id) => cityById(id)).filter((city) => city !== undefined);
	const exact = right.find((city) => matchesCity(city, input));
	if (exact) return { correct: true, city: exact.id, slip: false };

	const wrong: TypedCheck = { correct: false, city: question.answers[0]!, slip: false, answers: [...question.answers] };
	const keys = inputKeys(input);
	// The exact name of another city is that city, never a slip for a right one (Jeonju is not Jeongju).
	if (keys.some((key) => !slipForgivable(key)) || listedCities.some((city) => matchesCity(city, input))) return wrong;
	for (const city of right) {
		const form = cityForms(city).find((name) => {
			const key = normalizeAnswer(name);
			return slipForgivable(key) && keys.some((given) => oneSlipApart(given, key));
		});
		if (form) return { correct: true, city: city.id, slip: true, form };
	}
	return wrong;
}

/** A choice or map question: one option is right. */
export function checkChoice(question: Pick<ChoiceQuestion, 'answer'>, option: string): { correct: boolean } {
	return { correct: option === question.answer };
}
