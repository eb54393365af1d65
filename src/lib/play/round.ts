// One round of play as plain data, in the shape of SvelteKit's Sverdle `game.ts`: the questions, the answers given,
// which question is showing, and when the round ends. No Svelte here; the clock is passed in. The play page holds
// one round and replaces it with the result of each step.
import { checkChoice, checkTyped } from '../quiz/answer.ts';
import type { Question } from '../quiz/types.ts';
import type { Answer } from '../srs/review.ts';

export interface Round {
	readonly questions: readonly Question[];
	/** The answers given so far, one per question answered, in order. */
	readonly answers: readonly Answer[];
	/** The question showing. */
	readonly index: number;
	readonly startedAt: number;
	/** When the question showing appeared: an answer's time is measured from here. */
	readonly shownAt: number;
	readonly finishedAt: number | null;
}

export interface RoundSummary {
	right: number;
	total: number;
	/** The cities of the questions answered wrong, in the order they were missed, each once. */
	missed: string[];
}

export function startRound(questions: readonly Question[], now: number): Round {
	return { questions, answers: [], index: 0, startedAt: now, shownAt: now, finishedAt: null };
}

export function currentQuestion(round: Round): Question | undefined {
	return round.finishedAt === null ? round.questions[round.index] : undefined;
}

/** The answer to the question showing, once given: what the feedback shows. */
export function currentAnswer(round: Round): Answer | undefined {
	return round.answers[round.index];
}

export function isLastQuestion(round: Round): boolean {
	return round.index === round.questions.length - 1;
}

/**
 * Answers the question showing with an option id or typed text. The one place that decides "already answered":
 * a second answer to the same question (a double tap, a key held down) returns the round unchanged.
 */
export function answerQuestion(round: Round, given: string, now: number): Round {
	const question = currentQuestion(round);
	if (!question || currentAnswer(round)) return round;
	const checked =
		question.kind === 'type-city' ? checkTyped(question, given) : { ...checkChoice(question, given), city: question.answer };
	const answer: Answer = { question, given, correct: checked.correct, right: checked.city, at: now, ms: now - round.shownAt };
	return { ...round, answers: [...round.answers, answer] };
}

/** Goes on to the next question once this one is answered; after the last, the round ends. */
export function nextQuestion(round: Round, now: number): Round {
	if (!currentAnswer(round) || round.finishedAt !== null) return round;
	if (isLastQuestion(round)) return { ...round, finishedAt: now };
	return { ...round, index: round.index + 1, shownAt: now };
}

export function summarizeRound(round: Round): RoundSummary {
	const missed = round.answers.filter((a) => !a.correct).map((a) => a.question.card.city);
	return {
		right: round.answers.filter((a) => a.correct).length,
		total: round.answers.length,
		missed: [...new Set(missed)]
	};
}

export function elapsedMs(round: Round, now: number): number {
	return (round.finishedAt ?? now) - round.startedAt;
}

/** `m:ss`, e.g. 92 500 ms → `1:32`. */
export function formatDuration(ms: number): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
