// One round of play: which question is showing, the answers given, and when the round ends.
// Answer checking is the quiz module's; recording the answer is the caller's (`onAnswer`).
import { checkChoice, checkTyped } from '$lib/quiz';
import type { Question } from '$lib/quiz/types';
import { summarizeRound, type RoundAnswer } from '$lib/play/round';

export class Round {
	readonly questions: readonly Question[];
	#index = $state(0);
	#answers = $state.raw<RoundAnswer[]>([]);
	#shownAt: number;
	#startedAt: number;
	#finishedAt = $state<number | null>(null);
	#onAnswer: (answer: RoundAnswer) => void;
	#clock: () => number;

	constructor(questions: readonly Question[], onAnswer: (answer: RoundAnswer) => void, clock: () => number = Date.now) {
		this.questions = questions;
		this.#onAnswer = onAnswer;
		this.#clock = clock;
		this.#startedAt = this.#shownAt = clock();
	}

	get index() {
		return this.#index;
	}

	get total() {
		return this.questions.length;
	}

	get current(): Question | undefined {
		return this.questions[this.#index];
	}

	/** The answer to the question showing, once given: the feedback to show. */
	get feedback(): RoundAnswer | undefined {
		return this.#answers[this.#index];
	}

	get finished() {
		return this.#finishedAt !== null;
	}

	get isLast() {
		return this.#index === this.questions.length - 1;
	}

	get summary() {
		return summarizeRound(this.#answers);
	}

	get elapsedMs() {
		return (this.#finishedAt ?? this.#clock()) - this.#startedAt;
	}

	/** Answers the current question with an option id or typed text; ignored once it is answered. */
	answer(given: string) {
		const question = this.current;
		if (!question || this.feedback) return;
		const checked =
			question.kind === 'type-city'
				? checkTyped(question, given)
				: { ...checkChoice(question, given), city: question.answer };
		const answer: RoundAnswer = {
			question,
			correct: checked.correct,
			chosen: given,
			answer: checked.city,
			ms: this.#clock() - this.#shownAt
		};
		this.#answers = [...this.#answers, answer];
		this.#onAnswer(answer);
	}

	next() {
		if (!this.feedback) return;
		if (this.isLast) {
			this.#finishedAt = this.#clock();
			return;
		}
		this.#index += 1;
		this.#shownAt = this.#clock();
	}
}
