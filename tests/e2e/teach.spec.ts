// Rounds that teach: honest mastery, learn cards, feedback that names what it accepted, Undo, and a page per city.
import { expect, test, type Page } from './support/test.ts';
import { dataset } from '../../src/lib/data/dataset.generated.ts';
import { readQuestion, wrongOption } from './support/answers.ts';
import { answerCurrent, questionsInRound, toQuestion } from './support/play.ts';
import { storedReviewIds } from './support/progress.ts';

const cityById = new Map(dataset.cities.map((c) => [c.id, c]));

/** Plays rounds until a question of `kind` shows that `accept` likes; returns it. Answers others right. */
async function playUntil(page: Page, accept: (q: Awaited<ReturnType<typeof readQuestion>>) => boolean) {
	for (let asked = 0; asked < 60; asked++) {
		await toQuestion(page);
		const question = await readQuestion(page);
		if (accept(question)) return question;
		await answerCurrent(page, true);
		await page.getByTestId('next').click();
		if (await page.getByTestId('summary').isVisible()) await page.getByTestId('play-again').click();
	}
	throw new Error('no such question within 60');
}

test('a round answered all wrong leaves every field at 0 % mastery', async ({ page }) => {
	await page.goto('/play');
	const questions = await questionsInRound(page);
	for (let i = 0; i < questions; i++) {
		if (i > 0) await page.getByTestId('next').click();
		await answerCurrent(page, false);
	}
	await expect.poll(() => storedReviewIds(page)).toHaveLength(questions);
	// The summary lists every city of the round (it asks each city once), each with its field and country, linked to its page.
	await page.getByTestId('next').click();
	await expect(page.getByTestId('missed-city')).toHaveCount(questions);
	await expect(page.getByTestId('missed-city').first()).toContainText(/ · City of /);
	await page.getByTestId('missed-city').first().getByRole('link').click();
	await expect(page.getByTestId('city-page')).toBeVisible();
	await page.goto('/');
	await expect(page.locator('[data-ready="true"]')).toBeVisible();
	const masteries = await page.getByTestId('field-mastery').evaluateAll((items) => items.map((i) => i.getAttribute('data-mastery')));
	expect(masteries).toEqual(['0', '0', '0', '0', '0', '0', '0']);
	await expect(page.getByTestId('missed-count')).not.toHaveAttribute('data-count', '0');
});

test('a learn card teaches a new city before its first question, then that city is asked', async ({ page }) => {
	await page.goto('/play');
	const card = page.getByTestId('learn-card');
	await expect(card).toBeVisible();
	const city = (await card.getAttribute('data-city'))!;
	await expect(card).toContainText(cityById.get(city)!.names.en);
	await expect(page.locator('#learn-name')).toBeFocused();
	await page.keyboard.press('Enter');
	const question = await readQuestion(page);
	const subjectCity = ['field-of-city', 'country-of-city'].includes(question.kind) ? question.subject : null;
	// The city taught is the subject, or one of the options (the right one) — never absent from its question.
	expect(subjectCity === city || question.options.includes(city) || question.kind === 'type-city').toBe(true);
});

test('Undo takes an answer back: the question shows again, and after a reload no trace of it is left', async ({ page }) => {
	await page.goto('/play');
	await answerCurrent(page, false);
	await expect.poll(() => storedReviewIds(page)).toHaveLength(1);
	await page.getByTestId('undo').click();
	await expect(page.getByTestId('feedback')).toHaveCount(0);
	await expect(page.getByTestId('choice').or(page.getByTestId('answer-input')).first()).toBeEnabled();
	// Answer again, then take that back by keyboard.
	await answerCurrent(page, false);
	await page.keyboard.press('Control+z');
	await expect(page.getByTestId('feedback')).toHaveCount(0);
	await answerCurrent(page, true);
	// Stored: the two answers taken back, their two voids, and the one that counts.
	await expect.poll(() => storedReviewIds(page)).toHaveLength(5);
	await page.reload();
	await page.goto('/');
	await expect(page.locator('[data-ready="true"]')).toBeVisible();
	await expect(page.getByTestId('missed-count')).toHaveAttribute('data-count', '0');
	await page.goto('/settings');
	await expect(page.getByTestId('answers-stored')).toHaveAttribute('data-count', '1');
	await page.goto('/stats');
	await expect(page.getByTestId('reviews-today')).toHaveAttribute('data-count', '1');
});

test('a wrong pick says what the picked city really is', async ({ page }) => {
	await page.goto('/play/field/design');
	const question = await playUntil(page, (q) => ['city-of-field', 'city-in-country'].includes(q.kind));
	const picked = wrongOption(question);
	await page.locator(`[data-testid="choice"][data-value="${picked}"]`).click();
	const chosen = page.getByTestId('chosen-fact');
	await expect(chosen).toContainText(cityById.get(picked)!.names.en);
	await expect(chosen).toContainText(/is in .+ and is a City of/);
});

test('every list links a city to its own page', async ({ page }) => {
	await page.goto('/cities');
	await page.locator('[data-testid="city"][data-city="hangzhou"] a').click();
	await expect(page.getByTestId('city-page')).toHaveAttribute('data-city', 'hangzhou');
	await expect(page.getByTestId('city-page')).toContainText('Hangzhou');
	// Its field, its country and its place on the map.
	await expect(page.getByTestId('city-card')).toHaveCount(3);

	await page.goto('/fields/film');
	await page.locator('[data-testid="field-city"][data-city="busan"] a').click();
	await expect(page.getByTestId('city-page')).toHaveAttribute('data-city', 'busan');

	await page.goto('/play');
	const taught = (await page.getByTestId('learn-card').getAttribute('data-city'))!;
	await page.getByTestId('learn-card').getByRole('link').click();
	await expect(page.getByTestId('city-page')).toHaveAttribute('data-city', taught);

	await page.goto('/play');
	await answerCurrent(page, false);
	await page.getByTestId('feedback').getByRole('link').first().click();
	await expect(page.getByTestId('city-page')).toBeVisible();
	await expect(page.getByTestId('city-history').locator('li')).toHaveCount(1);
});
