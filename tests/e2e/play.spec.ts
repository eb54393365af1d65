import { expect, test, type Page } from './support/test.ts';
import { missedCityOf, readQuestion, rightOption, typedAnswer, wrongOption } from './support/answers.ts';
import { answerCurrent, questionsInRound, toQuestion } from './support/play.ts';

// Questions (0-based) the tests answer wrong on purpose.
const WRONG = new Set([1, 4, 8]);

type Input = 'keyboard' | 'mouse';

/** Plays the question on screen, right or wrong as asked; returns the city missed, if any. */
async function playOne(page: Page, index: number, input: Input): Promise<string | null> {
	// A new city is taught first: its card has the focus, and Enter (or the button) goes on to its question.
	const learnCard = page.getByTestId('learn-card');
	await expect(page.getByTestId('question').or(learnCard)).toBeVisible();
	if (await learnCard.isVisible()) {
		if (input === 'keyboard') {
			await expect(page.locator('#learn-name')).toBeFocused();
			await page.keyboard.press('Enter');
		} else {
			await page.getByTestId('next').click();
		}
	}
	await expect(page.getByTestId('question')).toBeVisible();
	const question = await readQuestion(page);
	const beRight = !WRONG.has(index);
	if (question.kind === 'type-city') {
		const field = page.getByTestId('answer-input');
		await expect(field).toBeFocused();
		await page.keyboard.type(beRight ? typedAnswer(question) : 'Atlantis');
		if (input === 'keyboard') await page.keyboard.press('Enter');
		else await page.getByRole('button', { name: 'Answer' }).click();
	} else {
		const option = beRight ? rightOption(question) : wrongOption(question);
		if (input === 'keyboard') await page.keyboard.press(String(question.options.indexOf(option) + 1));
		else await page.locator(`[data-testid="choice"][data-value="${option}"]`).click();
	}
	const feedback = page.getByTestId('feedback');
	await expect(feedback).toHaveAttribute('data-correct', String(beRight));
	const missed = beRight ? null : missedCityOf(question, (await feedback.getAttribute('data-answer'))!);
	if (input === 'keyboard') {
		await expect(page.getByTestId('next')).toBeFocused();
		await page.keyboard.press('Enter');
	} else {
		await page.getByTestId('next').click();
	}
	return missed;
}

async function playRound(page: Page, input: Input) {
	await page.goto('/play');
	const missed: string[] = [];
	const questions = await questionsInRound(page);
	for (let i = 0; i < questions; i++) {
		await expect(page.getByRole('progressbar')).toHaveAttribute('value', String(i + 1));
		const city = await playOne(page, i, input);
		if (city) missed.push(city);
	}
	const summary = page.getByTestId('summary');
	await expect(summary).toBeVisible();
	await expect(page.getByTestId('score')).toHaveAttribute('data-right', String(questions - [...WRONG].filter((index) => index < questions).length));
	const listed = await page.getByTestId('missed-city').evaluateAll((items) => items.map((item) => item.getAttribute('data-city')));
	expect(listed).toEqual([...new Set(missed)]);
}

test('a full quick quiz played by keyboard alone', async ({ page }) => {
	await playRound(page, 'keyboard');
	await expect(page.getByTestId('play-again')).toBeVisible();
});

test('a full quick quiz played by clicks', async ({ page }) => {
	await playRound(page, 'mouse');
	await page.getByTestId('play-again').click();
	await expect(page.getByTestId('question').or(page.getByTestId('learn-card'))).toBeVisible();
	await expect(page.getByRole('progressbar')).toHaveAttribute('value', '1');
});

test('feedback teaches: the right option is marked and a fact line names the city', async ({ page }) => {
	await page.goto('/play');
	await toQuestion(page);
	const question = await readQuestion(page);
	const feedback = page.getByTestId('feedback');
	if (question.kind === 'type-city') {
		await page.getByTestId('answer-input').fill('Atlantis');
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('right-cities')).toContainText(typedAnswer(question));
	} else {
		await page.locator(`[data-testid="choice"][data-value="${wrongOption(question)}"]`).click();
		await expect(page.locator(`[data-testid="choice"][data-value="${rightOption(question)}"]`)).toHaveAttribute('data-state', 'right');
		await expect(feedback).toContainText(/is in .+ and is a City of/);
	}
	await expect(feedback).toHaveAttribute('data-correct', 'false');
	await expect(page.locator('[aria-live="polite"]')).toContainText('Not quite');
});

test('on a typed question, “I don’t know” counts as wrong and shows a right city', async ({ page }) => {
	await page.goto('/play');
	await toQuestion(page);
	// Kinds are mixed at random: answer on until a typed question comes up (rounds of ten, played again).
	for (let asked = 0; (await readQuestion(page)).kind !== 'type-city'; asked++) {
		expect(asked, 'a typed question within 50').toBeLessThan(50);
		await answerCurrent(page, true);
		await page.getByTestId('next').click();
		if (await page.getByTestId('summary').isVisible()) await page.getByTestId('play-again').click();
		await toQuestion(page);
	}
	await expect(page.getByTestId('answer-input')).toBeFocused();
	await page.keyboard.press('Enter'); // an empty box is not an answer
	await expect(page.getByTestId('feedback')).toHaveCount(0);
	await page.getByTestId('dont-know').click();
	const feedback = page.getByTestId('feedback');
	await expect(feedback).toHaveAttribute('data-correct', 'false');
	await expect(feedback).toHaveAttribute('data-answer', /^[a-z-]+$/);
	await expect(page.getByTestId('next')).toBeFocused();
});
