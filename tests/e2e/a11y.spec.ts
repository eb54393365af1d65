import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test.ts';
import { answerCurrent, questionsInRound, toQuestion } from './support/play.ts';
import { fillStorage } from './support/progress.ts';

const PAGES = ['/', '/play', '/play/field/music', '/play/missed', '/cities', '/cities/hangzhou', '/fields/design', '/stats', '/settings'];
const LANGUAGES = ['en', 'zh'] as const;
const THEMES = ['light', 'dark'] as const;

async function setUp(page: Page, language: string, theme: string) {
	await page.addInitScript(
		([language, theme]) => {
			localStorage.setItem('creative-cities-language', language!);
			localStorage.setItem('creative-cities-theme', theme!);
		},
		[language, theme]
	);
}

async function expectNoViolations(page: Page, where: string) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
	const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(summary, where).toEqual([]);
}

// axe takes a few seconds a page; on a busy two-core machine a whole tour needs more than the default 30 s.
const AXE_TIMEOUT = 240_000;

// A desktop browser, and a 390 × 844 touch phone: its layout (cards for tables, icon-only header tools, a shorter
// heatmap) is another page for axe.
const SCREENS = [
	{ name: 'desktop', use: {} },
	{ name: 'phone', use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } }
];

for (const screen of SCREENS) {
	test.describe(screen.name, () => {
		test.use(screen.use);
		for (const language of LANGUAGES) {
			for (const theme of THEMES) {
				test(`axe finds no violations on any page (${language}, ${theme})`, async ({ page }) => {
					test.setTimeout(AXE_TIMEOUT);
					await setUp(page, language, theme);
					for (const path of PAGES) {
						await page.goto(path);
						await expect(page.locator('html')).toHaveAttribute('lang', language === 'zh' ? 'zh-Hans' : 'en');
						await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
						await expect(page.locator('h1')).toBeVisible();
						await expectNoViolations(page, `${path} ${language} ${theme}`);
					}
				});

				test(`axe finds no violations in a round and on pages with progress (${language}, ${theme})`, async ({ page }) => {
					test.setTimeout(AXE_TIMEOUT);
					await setUp(page, language, theme);
					// The quiz in its other states: a learn card, feedback after an answer (with Undo), and the round summary.
					await page.goto('/play');
					await expect(page.getByTestId('learn-card')).toBeVisible();
					await expectNoViolations(page, `learn card ${language} ${theme}`);
					await answerCurrent(page, false);
					await expectNoViolations(page, `feedback ${language} ${theme}`);
					const questions = await questionsInRound(page);
					for (let i = 1; i < questions; i++) {
						await page.getByTestId('next').click();
						await answerCurrent(page, i % 2 === 0);
					}
					await page.getByTestId('next').click();
					await expect(page.getByTestId('summary')).toBeVisible();
					await expectNoViolations(page, `summary ${language} ${theme}`);
					// Pages with progress to show: charts with data, missed cities, cities in every state.
					for (const path of ['/', '/stats', '/play/missed', '/fields/design', '/cities/hangzhou']) {
						await page.goto(path);
						await expect(page.locator('h1')).toBeVisible();
						await expectNoViolations(page, `${path} with progress ${language} ${theme}`);
					}
				});

				// The map on its own: axe's checks of its 151 linked dots take long enough to need a test's whole budget.
				test(`axe finds no violations on the map, with progress and zoomed in (${language}, ${theme})`, async ({ page }) => {
					test.setTimeout(AXE_TIMEOUT);
					await setUp(page, language, theme);
					await page.goto('/play');
					await answerCurrent(page, true);
					await page.goto('/map');
					await expect(page.getByTestId('map-city')).toHaveCount(151);
					await expectNoViolations(page, `/map ${language} ${theme}`);
					await page.getByTestId('map-view').and(page.locator('[data-view="europe"]')).click();
					await expectNoViolations(page, `/map Europe ${language} ${theme}`);
				});
			}
		}
	});
}

for (const theme of THEMES) {
	test(`axe finds no violations in the storage warnings (${theme})`, async ({ page }) => {
		await setUp(page, 'en', theme);
		await fillStorage(page);
		await page.goto('/play');
		await answerCurrent(page, true);
		await expect(page.getByTestId('retry-saving')).toBeVisible();
		await expectNoViolations(page, `write failed ${theme}`);
	});
}

test('the interface switches to Chinese in one click, remembers it, and follows in titles and lang', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('link', { name: 'Play', exact: true })).toBeVisible();
	await page.getByTestId('language-toggle').click();
	await expect(page).toHaveURL(/\/zh$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	await expect(page.getByRole('link', { name: '答题', exact: true })).toBeVisible();
	await expect(page).toHaveTitle('创意城市');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	// An English address opens in Chinese from now on.
	await page.goto('/stats');
	await expect(page).toHaveURL(/\/zh\/stats$/);
	await expect(page).toHaveTitle('统计 · 创意城市');
	await expect(page.locator('h1')).toHaveText('统计');
});

// Each tab's language is its address, so a tab open in English stays English until it is reloaded or goes on.
test('another open tab follows a change of theme, and of language at its next page', async ({ context }) => {
	const [tab, otherTab] = [await context.newPage(), await context.newPage()];
	await tab.goto('/settings');
	await otherTab.goto('/stats');
	await expect(otherTab.locator('h1')).toHaveText('Stats');
	await tab.getByTestId('language-toggle').click();
	await expect(tab).toHaveURL(/\/zh\/settings$/);
	await tab.getByTestId('theme-toggle').click(); // system → light
	await tab.getByTestId('theme-toggle').click(); // light → dark
	await expect(otherTab.locator('html')).toHaveAttribute('data-theme', 'dark');
	await otherTab.reload();
	await expect(otherTab).toHaveURL(/\/zh\/stats$/);
	await expect(otherTab.locator('h1')).toHaveText('统计');
	await expect(otherTab.locator('html')).toHaveAttribute('lang', 'zh-Hans');
});

test('the first visit follows the browser’s language', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'zh-CN' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page).toHaveURL(/\/zh$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	await expect(page.locator('h1')).toHaveText('创意城市');
	await context.close();
});

test('a Chinese reader never sees the prerendered English text flash by', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'zh-CN' });
	const page = await context.newPage();
	// Samples the heading just before each frame is painted, from the very start of the navigation.
	await page.addInitScript(() => {
		const painted: string[] = [];
		Object.assign(window, { painted });
		const sample = () => {
			const heading = document.querySelector('h1');
			if (heading && getComputedStyle(document.body).visibility === 'visible') painted.push(heading.textContent ?? '');
			if (painted.length < 20) requestAnimationFrame(sample);
		};
		requestAnimationFrame(sample);
	});
	await page.goto('/stats');
	await expect(page.locator('h1')).toHaveText('统计');
	await expect.poll(() => page.evaluate(() => (window as unknown as { painted: string[] }).painted.length)).toBe(20);
	const painted = await page.evaluate(() => (window as unknown as { painted: string[] }).painted);
	expect(new Set(painted)).toEqual(new Set(['统计']));
	await context.close();
});

test('city names follow the chosen script everywhere', async ({ page }) => {
	await page.goto('/cities');
	const edinburgh = page.locator('[data-city="edinburgh"]');
	// Simplified by default outside Taiwan, Hong Kong and Macao.
	await expect(edinburgh).toContainText('爱丁堡');
	await expect(edinburgh).toContainText('Edinburgh');
	await expect(page.locator('[data-city="suzhou"]')).toContainText('苏州');
	await page.goto('/settings');
	await page.getByTestId('script-select').selectOption('source');
	await page.goto('/cities');
	await expect(edinburgh).toContainText('愛丁堡'); // as in the source list
	await page.goto('/settings');
	await page.getByTestId('script-select').selectOption('zh-Hant');
	await page.goto('/cities');
	await expect(page.locator('[data-city="suzhou"]')).toContainText('蘇州');
});

test('the theme follows the system, and the toggle overrides it', async ({ browser }) => {
	const context = await browser.newContext({ colorScheme: 'dark' });
	const page = await context.newPage();
	await page.goto('/');
	const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const dark = await background();
	await page.getByTestId('theme-toggle').click(); // system → light
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	expect(await background()).not.toBe(dark);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await context.close();
});

test('a chosen dark theme is there at first paint, before the app’s scripts run', async ({ browser }) => {
	const context = await browser.newContext({ colorScheme: 'light' });
	const page = await context.newPage();
	await page.goto('/');
	const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	await page.getByTestId('theme-toggle').click(); // system → light
	await page.getByTestId('theme-toggle').click(); // light → dark
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	// Without the app's JavaScript only the inline start-up script in the page can apply the choice.
	await page.route('**/_app/**', (route) => route.abort());
	// The app will not start: no waiting for it (tests/e2e/support/test.ts).
	await page.reload({ waitUntil: 'domcontentloaded' });
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(lightBackground);
	await context.close();
});

test('focus is visible and moves sensibly through a question', async ({ page }) => {
	await page.goto('/play');
	await toQuestion(page);
	await page.keyboard.press('Tab');
	const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
	expect(outline).not.toBe('none');
	await answerCurrent(page, true);
	await expect(page.getByTestId('next')).toBeFocused();
	await page.keyboard.press('Enter');
	// The next step takes the focus: a new city's learn card, or the next question's heading or answer box.
	await expect(page.locator('[data-testid="question"] :focus, [data-testid="learn-card"] :focus')).toHaveCount(1);
});

test('reduced motion is respected', async ({ browser }) => {
	const context = await browser.newContext({ reducedMotion: 'reduce' });
	const page = await context.newPage();
	await page.goto('/');
	const duration = await page.evaluate(
		() => getComputedStyle(document.querySelector('[data-testid="field-mastery"] .fill')!).transitionDuration
	);
	expect(parseFloat(duration)).toBeLessThan(0.001);
	await context.close();
});

test('no page breaks the content security policy', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	for (const path of PAGES) {
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
	}
	await page.goto('/play');
	await answerCurrent(page, true);
	expect(violations).toEqual([]);
	const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(csp).toContain("default-src 'none'");
});
