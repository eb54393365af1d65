import { expect, test, type Page } from './support/test.ts';
import { dataset } from '../../src/lib/data/dataset.generated.ts';
import { readQuestion } from './support/answers.ts';
import { answerCurrent, answerSeveral, toQuestion } from './support/play.ts';
import { storedReviewIds } from './support/progress.ts';

const fieldOf = new Map(dataset.cities.map((c) => [c.id, c.field]));

async function mastery(page: Page, field: string): Promise<number> {
	await expect(page.locator('[data-ready="true"]')).toBeVisible();
	return Number(await page.locator(`[data-testid="field-mastery"][data-field="${field}"]`).getAttribute('data-mastery'));
}

test('answering right raises that field’s mastery on the home page, and it stays after a reload', async ({ page }) => {
	await page.goto('/');
	expect(await mastery(page, 'music')).toBe(0);
	await page.goto('/play/field/music');
	await answerSeveral(page, 5);
	await expect.poll(() => storedReviewIds(page)).toHaveLength(5);
	await page.goto('/');
	const after = await mastery(page, 'music');
	expect(after).toBeGreaterThan(0);
	expect(await mastery(page, 'film')).toBe(0);
	await page.reload();
	expect(await mastery(page, 'music')).toBe(after);
	await expect(page.getByTestId('streak')).toHaveAttribute('data-days', '1');
	await expect(page.locator('[data-field="music"]')).toContainText('learning');
});

test('field practice asks only about that field', async ({ page }) => {
	await page.goto('/play/field/gastronomy');
	for (let i = 0; i < 10; i++) {
		if (i > 0) await page.getByTestId('next').click();
		await toQuestion(page);
		const question = await readQuestion(page);
		const { city } = await answerCurrent(page, true);
		expect(fieldOf.get(city), `${question.kind} ${question.subject}`).toBe('gastronomy');
	}
	await page.getByTestId('next').click();
	await expect(page.getByTestId('summary')).toBeVisible();
});

test('a missed city is in /play/missed until it is answered right', async ({ page }) => {
	await page.goto('/play/missed');
	await expect(page.getByTestId('missed-empty')).toBeVisible();

	await page.goto('/play');
	const { city } = await answerCurrent(page, false);
	await expect.poll(() => storedReviewIds(page)).toHaveLength(1);
	await page.goto('/');
	await expect(page.getByTestId('missed-count')).toHaveAttribute('data-count', '1');

	await page.goto('/play/missed');
	const { city: asked } = await answerCurrent(page, true);
	expect(asked).toBe(city);
	await expect.poll(() => storedReviewIds(page)).toHaveLength(2);
	await page.goto('/play/missed');
	await expect(page.getByTestId('missed-empty')).toBeVisible();
	await page.goto('/');
	await expect(page.getByTestId('missed-count')).toHaveAttribute('data-count', '0');
});

test('the stats page shows today’s reviews', async ({ page }) => {
	await page.goto('/stats');
	await expect(page.getByTestId('reviews-today')).toHaveAttribute('data-count', '0');
	await page.goto('/play');
	await answerSeveral(page, 3);
	await expect.poll(() => storedReviewIds(page)).toHaveLength(3);
	await page.goto('/stats');
	await expect(page.getByTestId('reviews-today')).toHaveAttribute('data-count', '3');
	const today = page.locator('[data-testid="heatmap"] rect').last();
	await expect(today).toHaveAttribute('data-count', '3');
	await expect(page.locator('[data-testid="state-count"][data-state="new"]')).not.toHaveAttribute('data-count', '152');
	await page.getByText('Show as a table').first().click();
	await expect(page.locator('details[open] table')).toContainText('3');
});

test('the cities page finds cities by any name and filters by field and country', async ({ page }) => {
	await page.goto('/cities');
	await expect(page.getByTestId('city')).toHaveCount(152);
	await page.getByTestId('city-search').fill('hang zhou');
	await expect(page.getByTestId('city')).toHaveCount(1);
	await expect(page.locator('[data-city="hangzhou"]')).toBeVisible();
	await page.getByTestId('city-search').fill('愛丁堡');
	await expect(page.locator('[data-testid="city"]')).toHaveCount(1);
	await page.getByTestId('city-search').fill('');
	await page.getByTestId('field-filter').selectOption('design');
	await page.getByTestId('country-filter').selectOption('CN');
	await expect(page.getByTestId('city')).toHaveCount(4);
	await expect(page.getByTestId('cities-shown')).toHaveAttribute('data-count', '4');
});

test('a field page lists its cities with their state and links to practice', async ({ page }) => {
	await page.goto('/fields/film');
	await expect(page.getByTestId('field-city')).toHaveCount(10);
	await expect(page.locator('[data-testid="field-city"][data-city="busan"] [data-testid="city-state"]')).toHaveAttribute('data-state', 'new');
	await page.getByRole('link', { name: /Practise/ }).click();
	await expect(page).toHaveURL(/\/play\/field\/film$/);
	const { city } = await answerCurrent(page, false);
	await page.goto('/fields/film');
	await expect(page.locator(`[data-testid="field-city"][data-city="${city}"] [data-testid="city-state"]`)).toHaveAttribute('data-state', 'missed');
});
