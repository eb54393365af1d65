// A round of questions as plain data: what was answered, the score, the cities to review. No Svelte here.
import type { Question } from '../quiz/types.ts';

export interface RoundAnswer {
	question: Question;
	correct: boolean;
	/** What the learner gave: an option id, or the typed text. */
	chosen: string;
	/** The id of the right option, or for typed answers the city accepted (or one right city). */
	answer: string;
	/** Milliseconds from the question being shown to the answer. */
	ms: number;
}

export interface RoundSummary {
	right: number;
	total: number;
	/** The cities of the questions answered wrong, in the order they were missed, each once. */
	missed: string[];
}

export function summarizeRound(answers: readonly RoundAnswer[]): RoundSummary {
	const missed = answers.filter((a) => !a.correct).map((a) => a.question.card.city);
	return {
		right: answers.filter((a) => a.correct).length,
		total: answers.length,
		missed: [...new Set(missed)]
	};
}

/** `m:ss`, e.g. 92 500 ms → `1:32`. */
export function formatDuration(ms: number): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
