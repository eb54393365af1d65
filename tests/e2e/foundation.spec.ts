import { expect, test } from './support/test.ts';

test('the home page shows the seven fields, whose city counts sum to the 151 members', async ({ page }) => {
	await page.goto('/');
	const fields = page.getByTestId('field-mastery');
	await expect(fields).toHaveCount(7);
	const totals = await fields.evaluateAll((elements) => elements.map((element) => Number(element.getAttribute('data-total'))));
	expect(totals.reduce((a, b) => a + b, 0)).toBe(151);
	// 25, not the source's 26: Vienna is not a City of Music (data/corrections.tsv).
	await expect(page.locator('[data-testid="field-mastery"][data-field="music"]')).toHaveAttribute('data-total', '25');
	await expect(page.locator('[data-testid="field-mastery"][data-field="music"]')).toContainText('25 new');
});

test('the cities page lists all 152 cities of the source, each with its country', async ({ page }) => {
	await page.goto('/cities');
	await expect(page.getByTestId('city')).toHaveCount(152);
	const hangzhou = page.locator('[data-testid="city"][data-city="hangzhou"]');
	await expect(hangzhou).toContainText('杭州');
	await expect(hangzhou).toContainText('China');
	await expect(page.locator('[data-city="kinshasa"]')).toContainText('Democratic Republic of the Congo');
	await expect(page.locator('[data-city="brazzaville"]')).toContainText('Republic of the Congo');
});

test('/data/cities.json publishes the dataset', async ({ request }) => {
	const response = await request.get('/data/cities.json');
	expect(response.ok()).toBe(true);
	const data = await response.json();
	expect(data.format).toBe('creative-cities-dataset');
	expect(data.cities).toHaveLength(152);
	expect(data.fields).toHaveLength(7);
	expect(data.countries).toHaveLength(60);
	expect(data.cities.find((c: { id: string }) => c.id === 'hangzhou')).toMatchObject({
		field: 'crafts-folk-art',
		country: 'CN',
		names: { source: '杭州', en: 'Hangzhou', pinyin: 'Hángzhōu' }
	});
	// Every city says where it is, in WGS84 degrees.
	for (const city of data.cities) expect([typeof city.lat, typeof city.lon]).toEqual(['number', 'number']);
	expect(data.cities.find((c: { id: string }) => c.id === 'hangzhou')).toMatchObject({ lat: 30.2937, lon: 120.1614 });
	expect(data.cities.find((c: { id: string }) => c.id === 'vienna')).toMatchObject({ status: 'not-a-member' });
	expect(data.corrections.find((c: { subject: { city?: string } }) => c.subject.city === 'icheon')).toMatchObject({ source: '仁川', truth: '利川' });
});
