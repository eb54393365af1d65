// A round's questions: one per card, in the scheduler's order, kinds mixed, and no city twice — a city is the subject
// or a right answer of at most one question, so no feedback gives a later answer away.
import type { Card } from '../srs/types.ts';
import type { Confusions } from './confusions.ts';
import { questionFor } from './question.ts';
import { isMapKind, QUESTION_KINDS, type Question, type QuestionKind, type Random } from './types.ts';

export interface SessionContext {
	random: Random;
	length: number;
	kinds?: readonly QuestionKind[];
	confusions?: Confusions;
	/** At most this many map questions; default no limit. */
	maxMapQuestions?: number;
}

/** The cities a question asks about: its subject or right answer (its card's city), or every right city it accepts. */
export function citiesAsked(question: Question): readonly string[] {
	return question.kind === 'type-city' ? question.answers : [question.card.city];
}

export function buildSession(cards: readonly Card[], { random, length, kinds, confusions, maxMapQuestions = Infinity }: SessionContext): Question[] {
	const questions: Question[] = [];
	const used = new Set<string>();
	const allowed = (question: Question) => citiesAsked(question).every((city) => !used.has(city));
	let mapQuestions = 0;
	for (const card of cards) {
		if (questions.length === length) break;
		if (used.has(card.city)) continue;
		if (card.facet === 'place' && mapQuestions >= maxMapQuestions) continue;
		// After two of a kind in a row, try the other kinds first so a round feels mixed.
		const [a, b] = questions.slice(-2).map((q) => q.kind);
		const varied = a && a === b ? (kinds ?? QUESTION_KINDS).filter((k) => k !== a) : undefined;
		const question =
			(varied && questionFor(card, { random, kinds: varied, confusions, allowed })) ||
			questionFor(card, { random, kinds, confusions, allowed });
		if (!question) continue;
		for (const city of citiesAsked(question)) used.add(city);
		if (isMapKind(question.kind)) mapQuestions++;
		questions.push(question);
	}
	return questions;
}
