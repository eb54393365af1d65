import { expect, test, type Page } from './support/test.ts';
import { dataset } from '../../src/lib/data/dataset.generated.ts';
import { answerSeveral } from './support/play.ts';

/** The member cities: Vienna is in the source list but not a member, so it has no dot. */
const MEMBERS = dataset.cities.filter((city) => city.status === 'member').length;

const dots = (page: Page) => page.locator('[data-testid="map"] [data-testid="map-city"]');
const masteries = (page: Page) =>
	dots(page).evaluateAll((links) => Object.fromEntries(links.map((a) => [a.getAttribute('data-city')!, Number(a.getAttribute('data-mastery'))])));

test('the map shows every member city as a dot that opens the city’s page', async ({ page }) => {
	await page.goto('/map');
	expect(MEMBERS).toBe(151);
	await expect(dots(page)).toHaveCount(MEMBERS);
	await expect(dots(page).and(page.locator('[data-city="vienna"]'))).toHaveCount(0);
	const hangzhou = page.locator('[data-testid="map-city"][data-city="hangzhou"]');
	await expect(hangzhou).toHaveAttribute('href', /cities\/hangzhou$/);
	await expect(hangzhou).toHaveAccessibleName('杭州 (Hangzhou), Crafts and Folk Art: 0% mastered');
	// A new learner knows no city yet.
	expect(new Set(Object.values(await masteries(page)))).toEqual(new Set([0]));
});

test('dots change colour after right answers, and only for cities answered', async ({ page }) => {
	await page.goto('/play');
	const answered = await answerSeveral(page, 5);
	await page.getByRole('link', { name: 'Map' }).click();
	await expect(dots(page)).toHaveCount(MEMBERS);
	await expect.poll(async () => Object.values(await masteries(page)).filter((m) => m > 0).length).toBeGreaterThan(0);
	const known = Object.entries(await masteries(page)).filter(([, m]) => m > 0);
	for (const [city] of known) expect(answered).toContain(city);
	const [city] = known[0]!;
	await expect(page.locator(`[data-city="${city}"] circle`)).not.toHaveClass(/band-0/);
	await expect(page.locator('[data-testid="map-city"] circle.band-0')).toHaveCount(MEMBERS - known.length);
});

test('zooming into a region and filtering by field', async ({ page }) => {
	await page.goto('/map');
	await page.getByRole('button', { name: 'Europe', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Europe', exact: true })).toHaveAttribute('aria-pressed', 'true');
	await expect(dots(page).and(page.locator('[data-city="ghent"]'))).toHaveCount(1);
	await expect(dots(page).and(page.locator('[data-city="seoul"]'))).toHaveCount(0);
	await page.getByLabel('Field').selectOption('film');
	await expect(dots(page).and(page.locator('[data-city="bradford"]'))).toHaveCount(1);
	await expect(dots(page).and(page.locator('[data-city="ghent"]'))).toHaveCount(0);
	await page.getByRole('button', { name: 'World', exact: true }).click();
	await expect(dots(page)).toHaveCount(10);
});

test('every dot is reached by keyboard, north to south, and named where the eye can see it', async ({ page }) => {
	await page.goto('/map');
	await page.getByRole('button', { name: 'Oceania', exact: true }).click();
	await expect(dots(page)).toHaveCount(5);
	await page.getByLabel('Field').focus();
	const reached: string[] = [];
	for (let i = 0; i < 5; i++) {
		await page.keyboard.press('Tab');
		reached.push((await page.evaluate(() => document.activeElement?.getAttribute('data-city'))) ?? '');
	}
	expect(new Set(reached)).toEqual(new Set(['sydney', 'adelaide', 'melbourne', 'auckland', 'dunedin']));
	// Dunedin is the southernmost: the keyboard meets it last.
	expect(reached.at(-1)).toBe('dunedin');
	await expect(page.locator('.pointed')).toContainText('Dunedin');
});
