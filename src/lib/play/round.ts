// One round of play as plain data, in the shape of SvelteKit's Sverdle `game.ts`: its steps (a learn card before a new
// city's first question, then the question), the answers given, which step is showing, and when the round ends.
// No Svelte here; the clock is passed in. The play page holds one round and replaces it with the result of each step.
import type { TypedCheck } from '../quiz/answer.ts';
import type { Question, TypedQuestion } from '../quiz/types.ts';
import type { Answer } from '../srs/review.ts';

/** A learn card teaches a new city before its first question; a question tests a card. */
export type Step = { kind: 'learn'; city: string } | { kind: 'question'; question: Question };

export interface Round {
	readonly steps: readonly Step[];
	/** The answer given to each step, by step index; learn cards are never answered. */
	readonly answers: readonly (Answer | undefined)[];
	/** The step showing. */
	readonly index: number;
	readonly startedAt: number;
	/** When the step showing appeared: an answer's time is measured from here. */
	readonly shownAt: number;
	readonly finishedAt: number | null;
}

export interface RoundSummary {
	right: number;
	total: number;
	/** The cities of the questions answered wrong, in the order they were missed, each once. */
	missed: string[];
}

export function startRound(steps: readonly Step[], now: number): Round {
	return { steps, answers: [], index: 0, startedAt: now, shownAt: now, finishedAt: null };
}

export function currentStep(round: Round): Step | undefined {
	return round.finishedAt === null ? round.steps[round.index] : undefined;
}

export function currentQuestion(round: Round): Question | undefined {
	const step = currentStep(round);
	return step?.kind === 'question' ? step.question : undefined;
}

/** The answer to the question showing, once given: what the feedback shows. */
export function currentAnswer(round: Round): Answer | undefined {
	return round.answers[round.index];
}

export function questionCount(round: Round): number {
	return round.steps.filter((s) => s.kind === 'question').length;
}

/** 1-based number of the question showing, or of the next one while a learn card shows. */
export function questionNumber(round: Round): number {
	return round.steps.slice(0, round.index).filter((s) => s.kind === 'question').length + 1;
}

export function isLastStep(round: Round): boolean {
	return round.index === round.steps.length - 1;
}

function withAnswer(round: Round, answer: Answer | undefined): Round {
	const answers = [...round.answers];
	answers[round.index] = answer;
	return { ...round, answers };
}

/**
 * How a typed answer is checked: `checkTyped` (quiz/answer.ts), passed in by the page, which has it with the answer box
 * (question-parts.ts): checking names with their slips is no part of the first load of /play.
 */
export type TypedChecker = (question: TypedQuestion, given: string) => Pick<TypedCheck, 'correct' | 'city' | 'slip'>;

/**
 * Answers the question showing with an option id or typed text. The one place that decides "already answered":
 * a second answer to the same question (a double tap, a key held down) returns the round unchanged.
 */
export function answerQuestion(round: Round, given: string, now: number, checkTyped: TypedChecker): Round {
	const question = currentQuestion(round);
	if (!question || currentAnswer(round)) return round;
	const ms = now - round.shownAt;
	if (question.kind === 'type-city') {
		const { correct, city, slip } = checkTyped(question, given);
		return withAnswer(round, { question, given, correct, right: city, slip, at: now, ms });
	}
	// A choice or map question has one right option (checkChoice in quiz/answer.ts, which stays off the first load).
	return withAnswer(round, { question, given, correct: given === question.answer, right: question.answer, at: now, ms });
}

/** Takes the answer back (Undo): the question shows again, unanswered, timed from now. */
export function undoAnswer(round: Round, now: number): Round {
	if (!currentAnswer(round)) return round;
	return { ...withAnswer(round, undefined), shownAt: now };
}

/** Goes on from a learn card, or from a question once it is answered; after the last step, the round ends. */
export function nextStep(round: Round, now: number): Round {
	const step = currentStep(round);
	if (!step || (step.kind === 'question' && !currentAnswer(round))) return round;
	if (isLastStep(round)) return { ...round, finishedAt: now };
	return { ...round, index: round.index + 1, shownAt: now };
}

export function summarizeRound(round: Round): RoundSummary {
	const answers = round.answers.filter((a) => a !== undefined);
	const missed = answers.filter((a) => !a.correct).map((a) => a.question.card.city);
	return {
		right: answers.filter((a) => a.correct).length,
		total: answers.length,
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
