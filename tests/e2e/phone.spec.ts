// The app on a phone: 390 × 844, touch, both languages. Nothing wider than the screen, today's reviews in view,
// thumb-sized targets, no keyboard hints until a key is pressed.
import { expect, test, type Page } from './support/test.ts';
import { offerInstall } from './support/install.ts';
import { answerCurrent, answerSeveral, toQuestion } from './support/play.ts';

const ROUTES = ['/', '/play', '/play/field/music', '/play/missed', '/cities', '/cities/hangzhou', '/fields/music', '/stats', '/settings'];
const LANGUAGES = ['en', 'zh'] as const;

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

async function useLanguage(page: Page, language: string) {
	await page.addInitScript((language) => localStorage.setItem('creative-cities-language', language), language);
}

async function expectNoSidewaysScroll(page: Page, where: string) {
	const { scrollWidth, clientWidth } = await page.evaluate(() => ({
		scrollWidth: document.documentElement.scrollWidth,
		clientWidth: document.documentElement.clientWidth
	}));
	expect(scrollWidth, `${where} is ${scrollWidth} px wide on a ${clientWidth} px screen`).toBeLessThanOrEqual(clientWidth);
}

for (const language of LANGUAGES) {
	test(`no page scrolls sideways on a phone, new or with progress (${language})`, async ({ page }) => {
		test.setTimeout(180_000);
		await useLanguage(page, language);
		// 390 px first (the usual phone), then the narrowest and the widest phones.
		for (const width of [390, 320, 430]) {
			await page.setViewportSize({ width, height: 844 });
			for (const path of ROUTES) {
				await page.goto(path);
				await expect(page.locator('h1')).toBeVisible();
				await expectNoSidewaysScroll(page, `${path} at ${width} px`);
			}
		}
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/play');
		await answerSeveral(page, 3, false);
		await expectNoSidewaysScroll(page, 'feedback');
		for (const path of ['/', '/stats', '/fields/design', '/play/missed']) {
			await page.goto(path);
			await expect(page.locator('h1')).toBeVisible();
			await expectNoSidewaysScroll(page, `${path} with progress`);
		}
		await page.goto('/cities');
		await page.getByTestId('country-filter').selectOption('CD'); // the longest country name
		await expectNoSidewaysScroll(page, 'a long country chosen');
	});

	test(`the header keeps the name on one row, with the Install button shown (${language})`, async ({ page }) => {
		await useLanguage(page, language);
		await page.goto('/');
		await offerInstall(page, 'dismissed');
		const brand = (await page.locator('.brand').boundingBox())!;
		const lineHeight = await page.locator('.brand').evaluate((e) => parseFloat(getComputedStyle(e).lineHeight));
		expect(brand.height).toBeLessThan(lineHeight * 1.5);
		for (const tool of ['install', 'language-toggle', 'theme-toggle']) {
			const box = (await page.getByTestId(tool).boundingBox())!;
			// Beside the name, not under it.
			expect(box.y, tool).toBeLessThan(brand.y + brand.height);
			expect(box.x + box.width, tool).toBeLessThanOrEqual(390);
		}
		await expectNoSidewaysScroll(page, 'header with Install');
	});
}

test('the stats open on today: its heatmap cell on screen without scrolling sideways, the forecast labelled', async ({ page }) => {
	await page.goto('/play');
	await answerSeveral(page, 2);
	await page.goto('/stats');
	const today = page.locator('[data-testid="heatmap"] [data-today]');
	await expect(today).toHaveAttribute('data-count', '2');
	const date = await page.evaluate(() => new Date().toLocaleDateString('sv')); // YYYY-MM-DD, local
	await expect(today).toHaveAttribute('data-date', date);
	await page.locator('#heatmap-heading').scrollIntoViewIfNeeded();
	await expect(today).toBeInViewport({ ratio: 1 });
	// The legend says what its colours stand for: today's 2 reviews are the busiest day.
	await expect(page.getByTestId('heatmap-legend')).toContainText('2');
	await expectNoSidewaysScroll(page, '/stats');
	// The forecast: reviews up the side, today labelled.
	const forecast = page.getByTestId('forecast');
	await expect(forecast).toContainText('Reviews');
	await expect(page.getByTestId('forecast-today')).toHaveText('Today');
	expect((await forecast.boundingBox())!.width).toBeLessThanOrEqual(390);
});

test('a field’s cities read as cards on a phone: every column’s value is on screen', async ({ page }) => {
	await page.goto('/fields/music');
	const row = page.getByTestId('field-city').first();
	// The first City of Music of the list (Vienna, listed first by the source, is not a member).
	await expect(row).toContainText('Italy');
	const cells = await row.locator('th, td').all();
	expect(cells).toHaveLength(5);
	for (const cell of cells) {
		const box = (await cell.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width, await cell.innerText()).toBeLessThanOrEqual(390);
	}
	// Each value says which column it is, as the table's header would.
	const next = await row.locator('td').last().evaluate((cell) => getComputedStyle(cell, '::before').content);
	expect(next).toContain('Next review');
});

test('on a touch screen keyboard hints wait for a key, and every choice and button is thumb-sized', async ({ page }) => {
	await page.goto('/play');
	// A new learner meets a learn card first: its "go on" hint waits for a key too.
	await expect(page.getByTestId('learn-card')).toBeVisible();
	await expect(page.getByText('Press Enter to go on.')).toBeHidden();
	await toQuestion(page);
	const question = page.getByTestId('question');
	const kind = await question.getAttribute('data-kind');
	if (kind === 'type-city') {
		await expect(page.getByText('Press Enter to answer.')).toBeHidden();
		await page.getByTestId('dont-know').tap();
	} else {
		await expect(page.getByTestId('choice').first().locator('kbd')).toBeHidden();
		const choices = await page.getByTestId('choice').all();
		for (const choice of choices) expect((await choice.boundingBox())!.height).toBeGreaterThanOrEqual(44);
		await choices[0]!.tap();
	}
	await expect(page.getByTestId('feedback')).toBeVisible();
	await expect(page.getByText('Press Enter to go on.')).toBeHidden();
	for (const button of await page.locator('button:visible').all()) {
		const box = (await button.boundingBox())!;
		expect(box.height, await button.innerText()).toBeGreaterThanOrEqual(44);
	}
	// A keyboard appears (a tablet's, say): from then on the hints are there.
	await page.keyboard.press('Shift');
	await expect(page.getByText('Press Enter to go on.')).toBeVisible();
});

test.describe('with a mouse', () => {
	test.use({ viewport: { width: 1280, height: 800 }, hasTouch: false, isMobile: false });

	test('keyboard hints are there from the start', async ({ page }) => {
		await page.goto('/play');
		await toQuestion(page);
		await page.getByTestId('choice').or(page.getByTestId('dont-know')).first().click();
		await expect(page.getByText('Press Enter to go on.')).toBeVisible();
	});
});

test('the streak flame is drawn, not an emoji; Chinese text keeps full-width colons', async ({ page }) => {
	await useLanguage(page, 'zh');
	await page.goto('/play');
	await answerCurrent(page, true);
	await page.goto('/');
	const streak = page.getByTestId('streak');
	await expect(streak.locator('svg')).toBeVisible();
	expect(await streak.innerText()).not.toMatch(/\p{Extended_Pictographic}/u);
	await expect(page.locator('.ways .badge').first()).toHaveText(/^待复习：\d+$/);
});

test('settings shows a version a person can read', async ({ page }) => {
	await page.goto('/settings');
	const version = page.getByTestId('app-version');
	await expect(version).toHaveText(/^Version \d+\.\d+\.\d+( \([0-9a-f]{7,}\))?, built \w{3} \d{1,2}, \d{4}\.$/);
	await expect(version).toHaveAttribute('data-version', /.+/);
});

test('searching cities matches whole syllables, and finds fields by name', async ({ page }) => {
	await page.goto('/cities');
	const search = page.getByTestId('city-search');
	await search.fill('Hang');
	await expect(page.getByTestId('city')).toHaveCount(1);
	await expect(page.locator('[data-testid="city"][data-city="hangzhou"]')).toBeVisible();
	await search.fill('');
	await page.getByTestId('field-filter').selectOption('music');
	const music = (await page.getByTestId('cities-shown').getAttribute('data-count'))!;
	await page.getByTestId('field-filter').selectOption('');
	for (const query of ['music', '音乐', '音樂']) {
		await search.fill(query);
		await expect(page.getByTestId('cities-shown')).toHaveAttribute('data-count', music);
		await expect(page.locator('[data-testid="city"][data-city="bologna"]')).toBeVisible();
	}
});
