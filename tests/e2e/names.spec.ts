// Names true to the reader: a browser in mainland China gets Simplified with the mainland's names, one in Taiwan
// gets Traditional with Taiwan's, each without a character of the other script; Vienna is listed but not a member.
import { expect, test, type Page } from './support/test.ts';
import { simplifiedOnly, traditionalOnly } from '../../scripts/dataset/scripts.ts';

/** The visible text of the page once the app has switched it to Chinese. */
async function chineseText(page: Page, path: string): Promise<string> {
	await page.goto(path);
	await expect(page.locator('html')).toHaveAttribute('lang', /^zh-/);
	await expect(page.locator('h1')).not.toHaveText(/[A-Za-z]{4}/);
	return page.locator('body').innerText();
}

test.describe('a browser in mainland China', () => {
	test.use({ locale: 'zh-CN' });

	test('lists the cities with mainland names in Simplified, and no Traditional-only character', async ({ page }) => {
		const text = await chineseText(page, '/cities');
		for (const name of ['悉尼', '利川', '金斯敦', '北马其顿', '蒙特利尔', '刚果民主共和国']) expect(text).toContain(name);
		// 仁川 (Incheon) is named only to say that the source is wrong.
		await expect(page.locator('[data-city="icheon"] .city')).not.toContainText('仁川');
		expect(traditionalOnly(text)).toEqual([]);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	});

	test('shows Vienna apart, as not a member, with the evidence', async ({ page }) => {
		await page.goto('/cities');
		const vienna = page.getByTestId('not-members').locator('[data-city="vienna"]');
		await expect(vienna).toContainText('维也纳');
		await expect(vienna.getByTestId('city-correction')).toContainText('不是联合国教科文组织创意城市');
		await expect(vienna.getByTestId('city-correction').getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
		await expect(page.getByTestId('cities-shown')).toHaveAttribute('data-count', '151');
		await expect(page.locator('[data-city="icheon"]').getByTestId('city-correction')).toContainText('仁川');
	});

	test('the home page says which list it teaches and what the network counts', async ({ page }) => {
		const text = await chineseText(page, '/');
		expect(text).toContain('151');
		expect(text).toContain('408');
		expect(traditionalOnly(text)).toEqual([]);
	});
});

test.describe('a browser in Taiwan', () => {
	test.use({ locale: 'zh-TW' });

	test('lists the cities with Taiwan names in Traditional, and no Simplified-only character', async ({ page }) => {
		const text = await chineseText(page, '/cities');
		for (const name of ['雪梨', '利川', '京斯敦', '北馬其頓', '蒙特婁', '剛果民主共和國', '城市']) expect(text).toContain(name);
		expect(simplifiedOnly(text)).toEqual([]);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
	});

	test('teaches and asks in Traditional, prompts and options alike', async ({ page }) => {
		await chineseText(page, '/play');
		// A new learner meets a city on a learn card before its first question.
		// Its other region's name is shown as such, in its own script (lang="zh-Hans"); everything else is Traditional.
		const card = page.getByTestId('learn-card');
		await expect(card).toBeVisible();
		const cardText = await card.evaluate((element) => {
			const copy = element.cloneNode(true) as HTMLElement;
			copy.querySelectorAll('[lang="zh-Hans"]').forEach((other) => other.remove());
			return copy.innerText;
		});
		expect(simplifiedOnly(cardText)).toEqual([]);
		await page.getByTestId('next').click();
		await expect(page.getByTestId('question')).toBeVisible();
		expect(simplifiedOnly(await page.locator('main').innerText())).toEqual([]);
	});

	test('Settings offers the source’s spellings, and the choice shows them', async ({ page }) => {
		await page.goto('/settings');
		await expect(page.getByTestId('script-select')).toHaveValue('zh-Hant');
		await page.getByTestId('script-select').selectOption('source');
		await page.goto('/cities');
		await expect(page.locator('[data-city="sydney"]')).toContainText('雪梨');
		await expect(page.locator('[data-city="icheon"]')).toContainText('利川');
	});
});

test.describe('an English browser', () => {
	test('finds a city by another name (Hannover for Hanover)', async ({ page }) => {
		await page.goto('/cities');
		await page.getByTestId('city-search').fill('Hannover');
		await expect(page.getByTestId('city')).toHaveCount(1);
		await expect(page.locator('[data-city="hanover"]')).toContainText('Hannover');
	});
});
