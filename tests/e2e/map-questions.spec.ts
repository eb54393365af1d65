// Map questions in a round ("Where is …?", "Which city is this?"), answered by mouse and by keyboard, right and wrong;
// the locator on learn cards and city pages; the map's data loading only with the map. Axe on a map question.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test.ts';
import { dataset } from '../../src/lib/data/dataset.generated.ts';
import { knownFieldsLog, seedStore } from './support/seed.ts';

const cityById = new Map(dataset.cities.map((city) => [city.id, city]));
/** Cities in five regions, whose fields and countries the learner knows: their places on the map are asked next. */
const KNOWN = ['hangzhou', 'lyon', 'seoul', 'sydney', 'bogota'];
/** The start of the world map's land path (src/lib/map/world.generated.ts): in the JavaScript only with a map. */
const LAND_START = 'M1388 1737l28 9';

async function setUp(page: Page, { language = 'en', theme = 'light' } = {}) {
	await page.addInitScript(
		([language, theme]) => {
			localStorage.setItem('creative-cities-language', language!);
			localStorage.setItem('creative-cities-theme', theme!);
		},
		[language, theme]
	);
	await page.goto('/favicon.svg');
	await seedStore(page, knownFieldsLog(KNOWN));
}

/** The map question on screen: its kind, its city, and its options in order (dots A, B, … or names 1–4). */
async function readMapQuestion(page: Page) {
	const question = page.getByTestId('question');
	await expect(question).toHaveAttribute('data-kind', /^(where-is|which-city)$/);
	await expect(page.getByTestId('choice').first()).toBeVisible();
	const kind = (await question.getAttribute('data-kind'))!;
	const subject = (await question.getAttribute('data-subject'))!;
	const options = await page.getByTestId('choice').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-value')!));
	expect(options.filter((o) => o === subject)).toEqual([subject]);
	return { kind, subject, options, wrong: options.find((o) => o !== subject)! };
}

const choice = (page: Page, id: string) => page.locator(`[data-testid="choice"][data-value="${id}"]`);
const en = (id: string) => cityById.get(id)!.names.en;

test('a learner who knows some fields meets map questions first, answered by mouse, right and wrong', async ({ page }) => {
	await setUp(page);
	await page.goto('/play');
	const first = await readMapQuestion(page);
	expect(KNOWN).toContain(first.subject);
	await expect(page.getByTestId('question').locator('h2')).toHaveText(
		first.kind === 'where-is' ? `Where is ${cityById.get(first.subject)!.names['zh-Hans']} (${en(first.subject)})?` : 'Which city is marked on the map?'
	);

	// Wrong on purpose: the feedback names the right city and what the picked dot or name really is.
	await choice(page, first.wrong).click();
	const feedback = page.getByTestId('feedback');
	await expect(feedback).toHaveAttribute('data-correct', 'false');
	await expect(feedback).toHaveAttribute('data-answer', first.subject);
	await expect(feedback).toContainText('Not quite.');
	await expect(feedback).toContainText(`The answer: ${cityById.get(first.subject)!.names['zh-Hans']} ${en(first.subject)}`);
	await expect(page.getByTestId('chosen-fact')).toContainText(`You chose ${cityById.get(first.wrong)!.names['zh-Hans']} ${en(first.wrong)}`);
	await expect(choice(page, first.subject)).toHaveAttribute('data-state', 'right');
	await expect(choice(page, first.wrong)).toHaveAttribute('data-state', 'wrong');
	// The right city is named on the map too.
	await expect(page.locator('[data-testid="place-name"][data-state="right"]')).toContainText(en(first.subject));
	// A second click (on a dot now marked disabled) changes nothing.
	await choice(page, first.subject).click({ force: true });
	await expect(feedback).toHaveAttribute('data-correct', 'false');

	await page.getByTestId('next').click();
	const second = await readMapQuestion(page);
	expect(second.subject).not.toBe(first.subject);
	await choice(page, second.subject).click();
	await expect(feedback).toHaveAttribute('data-correct', 'true');
	await expect(feedback).toContainText('Right!');
	await expect(feedback).toContainText(en(second.subject));
	await expect(page.getByTestId('chosen-fact')).toHaveCount(0);

	// The city page lists the place card and both answers.
	await page.goto(`/cities/${first.subject}`);
	await expect(page.locator('[data-testid="city-card"][data-facet="place"]')).toContainText('Its place on the map');
	await expect(page.getByTestId('city-history')).toContainText('Its place on the map: wrong');
});

test('map questions by keyboard: letters or numbers pick, Enter goes on; both kinds are asked', async ({ page }) => {
	await setUp(page);
	await page.goto('/play');
	const kinds = new Set<string>();
	for (const beRight of [true, false, true]) {
		const { kind, subject, options, wrong } = await readMapQuestion(page);
		kinds.add(kind);
		const index = options.indexOf(beRight ? subject : wrong);
		// "Where is …?" takes a dot's letter (and its number); "Which city is this?" a name's number.
		await page.keyboard.press(kind === 'where-is' ? 'abcdef'[index]! : String(index + 1));
		const feedback = page.getByTestId('feedback');
		await expect(feedback).toHaveAttribute('data-correct', String(beRight));
		await expect(feedback).toContainText(beRight ? 'Right!' : 'Not quite.');
		if (!beRight) {
			await expect(page.getByTestId('chosen-fact')).toContainText(en(wrong));
			// Undo (Ctrl+Z) takes it back: the question shows again, its heading focused, and keys answer it again.
			await page.keyboard.press('Control+z');
			await expect(feedback).toHaveCount(0);
			await expect(page.getByTestId('question').locator('h2')).toBeFocused();
			await page.keyboard.press(String(index + 1));
			await expect(feedback).toHaveAttribute('data-correct', 'false');
			await expect(page.getByTestId('chosen-fact')).toContainText(en(wrong));
		}
		await expect(page.getByTestId('next')).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('question').and(page.locator(`[data-subject="${subject}"]`))).toHaveCount(0);
	}
	// Three map questions in a row: after two of a kind, the third is the other kind.
	expect(kinds).toEqual(new Set(['where-is', 'which-city']));
	// A round holds at most three: the fourth step is a new city's learn card.
	await expect(page.getByTestId('learn-card')).toBeVisible();
});

test('the map loads with the map: not in a new learner’s first load of /play, then for the learn card’s locator', async ({ page }) => {
	const mapLoaded: string[] = [];
	page.on('response', async (response) => {
		if (response.url().endsWith('.js') && (await response.text().catch(() => '')).includes(LAND_START)) mapLoaded.push(response.url());
	});
	await page.goto('/play');
	const card = page.getByTestId('learn-card');
	await expect(card).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(mapLoaded).toEqual([]);
	const before = (await card.boundingBox())!;
	// The learner's first move brings the map into the frame kept for it: nothing on the card moves.
	await page.mouse.move(10, 10);
	const locator = card.getByRole('img');
	const city = (await card.getAttribute('data-city'))!;
	const country = dataset.countries.find((c) => c.id === cityById.get(city)!.country)!.names.en;
	await expect(locator).toHaveAccessibleName(`${cityById.get(city)!.names['zh-Hans']} (${en(city)}), ${country}, on the map`);
	// Polled: the listener above records a response only once it has read its body, which can come after the name.
	await expect.poll(() => mapLoaded.length).toBeGreaterThan(0);
	expect((await card.boundingBox())!.height).toBe(before.height);
});

test('a city’s page shows where it is, named in Chinese for a Chinese reader; Settings credits the map’s sources', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('creative-cities-language', 'zh'));
	await page.goto('/cities/brazzaville');
	await expect(page.getByTestId('city-page').getByRole('img', { name: '布拉柴维尔（刚果共和国）在地图上的位置' })).toBeVisible();
	await expect(page.locator('[data-testid="city-card"][data-facet="place"]')).toContainText('在地图上的位置');
	await page.goto('/settings');
	const about = page.getByTestId('about');
	await expect(about).toContainText('GeoNames');
	await expect(about).toContainText('Natural Earth');
	await expect(about.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
});

test.describe('on a 320 px phone', () => {
	test.use({ viewport: { width: 320, height: 700 }, hasTouch: true, isMobile: true });

	test('a map question fits the screen and every dot can be tapped', async ({ page }) => {
		await setUp(page);
		await page.goto('/play');
		for (let i = 0; i < 3; i++) {
			const { subject } = await readMapQuestion(page);
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width).toBeLessThanOrEqual(320);
			for (const dot of await page.getByTestId('choice').all()) {
				const box = (await dot.boundingBox())!;
				expect(box.x).toBeGreaterThanOrEqual(0);
				expect(box.x + box.width).toBeLessThanOrEqual(320);
				expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
			}
			await choice(page, subject).tap();
			await expect(page.getByTestId('feedback')).toHaveAttribute('data-correct', 'true');
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
			await page.getByTestId('next').tap();
		}
	});
});

async function expectNoViolations(page: Page, where: string) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
	const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(summary, where).toEqual([]);
}

for (const language of ['en', 'zh']) {
	for (const theme of ['light', 'dark']) {
		test(`axe finds no violations on map questions, before and after answering (${language}, ${theme})`, async ({ page }) => {
			test.setTimeout(120_000);
			await setUp(page, { language, theme });
			await page.goto('/play');
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			// Both kinds: the first two questions, or the third when the first two are of one kind.
			const seen = new Set<string>();
			for (let i = 0; i < 3; i++) {
				const { kind, wrong } = await readMapQuestion(page);
				if (!seen.has(kind)) {
					await expectNoViolations(page, `${kind} ${language} ${theme}`);
					await choice(page, wrong).click();
					await expect(page.getByTestId('feedback')).toBeVisible();
					await expectNoViolations(page, `${kind} answered ${language} ${theme}`);
					seen.add(kind);
				} else {
					await choice(page, wrong).click();
				}
				await page.getByTestId('next').click();
			}
			expect(seen.size).toBe(2);
		});
	}
}
