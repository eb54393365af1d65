// Answers questions on screen, right or wrong on purpose, using the dataset to know which is which.
import { expect, type Page } from '@playwright/test';
import { missedCityOf, readQuestion, rightOption, typedAnswer, wrongOption } from './answers.ts';

/**
 * How many questions the round on screen asks: ten, or (about one new learner's first round in thirty) fewer, when
 * its new cities cannot make ten questions that each ask a different city — a typed question asks every city it
 * accepts, and a round asks each city once (src/lib/quiz/session.ts).
 */
export async function questionsInRound(page: Page): Promise<number> {
	const progress = page.getByRole('progressbar');
	await expect(progress).toBeVisible();
	return Number(await progress.getAttribute('max'));
}

/** Goes on past learn cards (new cities are taught before their first question) until a question shows. */
export async function toQuestion(page: Page): Promise<void> {
	const question = page.getByTestId('question');
	const learnCard = page.getByTestId('learn-card');
	for (;;) {
		await expect(question.or(learnCard)).toBeVisible();
		if (await question.isVisible()) {
			// Its options or answer box may come a moment after it (src/routes/play/question-parts.ts).
			await expect(page.getByTestId('choice').or(page.getByTestId('answer-input')).first()).toBeVisible();
			return;
		}
		await page.getByTestId('next').click();
	}
}

/** Answers the current question (after any learn card) and returns the city it was about; leaves the feedback showing. */
export async function answerCurrent(page: Page, beRight: boolean): Promise<{ city: string; kind: string }> {
	await toQuestion(page);
	const question = await readQuestion(page);
	if (question.kind === 'type-city') {
		await page.getByTestId('answer-input').fill(beRight ? typedAnswer(question) : 'Atlantis');
		await page.getByTestId('answer-input').press('Enter');
	} else {
		await page.locator(`[data-testid="choice"][data-value="${beRight ? rightOption(question) : wrongOption(question)}"]`).click();
	}
	const feedback = page.getByTestId('feedback');
	await expect(feedback).toHaveAttribute('data-correct', String(beRight));
	return { city: missedCityOf(question, (await feedback.getAttribute('data-answer'))!), kind: question.kind };
}

/** Answers `count` questions of the round on screen, then leaves the last feedback showing. */
export async function answerSeveral(page: Page, count: number, beRight = true): Promise<string[]> {
	const cities: string[] = [];
	for (let i = 0; i < count; i++) {
		if (i > 0) await page.getByTestId('next').click();
		cities.push((await answerCurrent(page, beRight)).city);
	}
	return cities;
}
