// A session: one question per card, in the scheduler's order, no question twice, kinds mixed.
import type { Confusions } from './confusions.ts';
import { questionFor, questionKey } from './question.ts';
import type { Card } from '../srs/types.ts';
import { QUESTION_KINDS, type Question, type QuestionKind, type Random } from './types.ts';

export interface SessionContext {
	random: Random;
	length: number;
	kinds?: readonly QuestionKind[];
	confusions?: Confusions;
}

export function buildSession(cards: readonly Card[], { random, length, kinds, confusions }: SessionContext): Question[] {
	const questions: Question[] = [];
	const asked = new Set<string>();
	for (const card of cards) {
		if (questions.length === length) break;
		// After two of a kind in a row, try the other kinds first so a round feels mixed.
		const [a, b] = questions.slice(-2).map((q) => q.kind);
		const varied = a && a === b ? (kinds ?? QUESTION_KINDS).filter((k) => k !== a) : undefined;
		const question =
			(varied && questionFor(card, { random, kinds: varied, confusions, asked })) ||
			questionFor(card, { random, kinds, confusions, asked });
		if (!question) continue;
		asked.add(questionKey(question));
		questions.push(question);
	}
	return questions;
}

