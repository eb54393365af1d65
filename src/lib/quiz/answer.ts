// Checking answers. Typed answers match a city's name in any of its forms, forgiving case, spaces,
// hyphens and tone marks — and nothing looser: no fuzzy or partial matches.
import { cityById, type City } from '../data/index.ts';
import type { ChoiceQuestion, TypedQuestion } from './types.ts';

/** Lower case, no diacritics or tone marks (ü → u), no spaces, hyphens, apostrophes or dots. */
export function normalizeAnswer(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[\s\-‐‑‒–—'’`.·・]/gu, '');
}

/** Every accepted way to write a city: both scripts, the source spelling, English and pinyin (ü also as v). */
export function cityForms(city: City): string[] {
	const { source, en, pinyin } = city.names;
	return [source, city.names['zh-Hans'], city.names['zh-Hant'], en, pinyin, pinyin.replaceAll('ü', 'v')];
}

export function matchesCity(city: City, input: string): boolean {
	const given = normalizeAnswer(input);
	return given !== '' && cityForms(city).some((form) => normalizeAnswer(form) === given);
}

export function checkTyped(question: TypedQuestion, input: string): { correct: boolean; city: string; slip?: boolean } {
	const matched = question.answers.find((id) => {
		const city = cityById(id);
		return city !== undefined && matchesCity(city, input);
	});
	return { correct: matched !== undefined, city: matched ?? question.answers[0]! };
}

export function checkChoice(question: ChoiceQuestion, option: string): { correct: boolean } {
	return { correct: option === question.answer };
}
