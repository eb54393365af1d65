// Acting on the log while a big one is still loading: export, import and reset must act on the whole stored log,
// never on the part read so far (an empty backup, an import or a reset silently undone). And what a learner presses,
// chooses, enters or picks before the app's code has run at all is acted on once it has.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, untilStarted, type Page } from './support/test.ts';
import { storedReviewIds } from './support/progress.ts';
import { backupFile, seedStore, slowFirstRead, synthesizeLog } from './support/seed.ts';

const STORED = 20_000;

test.describe.configure({ timeout: 240_000 });

/** A learner with 20,000 answers opens /settings, and the page is live while the log is still being read. */
async function openSettingsWhileLoading(page: Page) {
	await page.goto('/favicon.svg');
	await seedStore(page, synthesizeLog(STORED, 'stored'));
	await slowFirstRead(page, 3000);
	await page.goto('/settings');
	await page.waitForFunction(() => (window as unknown as { logReadStarted: boolean }).logReadStarted);
}

test('an export clicked while the log loads holds every stored answer', async ({ page }) => {
	await openSettingsWhileLoading(page);
	const download = page.waitForEvent('download');
	await page.getByTestId('export-backup').click();
	const backup = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
	expect(backup.reviews).toHaveLength(STORED);
});

test('an import made while the log loads is kept', async ({ page }, testInfo) => {
	const path = testInfo.outputPath('ten.json');
	writeFileSync(path, backupFile(synthesizeLog(10, 'imported')));
	await openSettingsWhileLoading(page);
	await page.getByTestId('import-backup').setInputFiles(path);
	// The import waits for the log (3 s held back, then 20,000 answers read and replayed on a slow machine).
	await expect(page.getByTestId('import-result')).toHaveText('Imported: added 10, already had 0.', { timeout: 120_000 });
	await expect(page.getByTestId('answers-stored')).toHaveAttribute('data-count', String(STORED + 10));
	expect(await storedReviewIds(page)).toHaveLength(STORED + 10);
	await page.reload();
	// The reload reads the log again, its first read held back 3 s as before: give it the room the import had.
	await expect(page.getByTestId('answers-stored')).toHaveAttribute('data-count', String(STORED + 10), { timeout: 60_000 });
});

test('a reset asked for while the log loads names the whole log and deletes it for good', async ({ page }) => {
	await openSettingsWhileLoading(page);
	await page.getByTestId('reset').click();
	await expect(page.getByTestId('reset-confirm')).toBeFocused({ timeout: 60_000 });
	// Read once, as the learner reads it when it appears: no "(0)" while the log is loading.
	expect(await page.getByRole('alertdialog').textContent()).toContain(`(${STORED.toLocaleString('en')})`);
	await page.getByTestId('reset-confirm').click();
	await expect(page.getByRole('status').filter({ hasText: 'Progress reset.' })).toBeVisible({ timeout: 30_000 });
	await expect(page.getByTestId('answers-stored')).toHaveAttribute('data-count', '0');
	expect(await storedReviewIds(page)).toEqual([]);
	await page.reload();
	await expect(page.getByTestId('answers-stored')).toHaveAttribute('data-count', '0');
});

test('a backup picked before the page has finished loading is imported once it has', async ({ page }, testInfo) => {
	const path = testInfo.outputPath('early.json');
	writeFileSync(path, backupFile(synthesizeLog(5, 'picked-early')));
	// A slow phone: the app's code arrives after the learner has already picked a file in the page as drawn.
	const release = await holdCode(page);
	await page.goto('/settings', { waitUntil: 'domcontentloaded' });
	await page.getByTestId('import-backup').setInputFiles(path);
	release();
	await expect(page.getByTestId('import-result')).toHaveText('Imported: added 5, already had 0.', { timeout: 30_000 });
	await expect(page.getByTestId('answers-stored')).toHaveAttribute('data-count', '5');
	expect(await storedReviewIds(page)).toHaveLength(5);
});

/** Holds the app's code back until `release` is called: a slow phone, with the page drawn and the code not run. */
async function holdCode(page: Page) {
	let release!: () => void;
	const codeArrives = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/entry/**', async (route) => {
		await codeArrives;
		await route.continue();
	});
	return release;
}

test('buttons pressed before the app has started act once it has, each press once', async ({ page }) => {
	const release = await holdCode(page);
	await page.goto('/play', { waitUntil: 'domcontentloaded' });
	const toggle = page.getByTestId('theme-toggle');
	await expect(toggle).toHaveAttribute('data-theme-choice', 'system');
	// System → light → dark, pressed while the page is only drawn.
	await toggle.click();
	await toggle.click();
	await expect(toggle).toHaveAttribute('data-theme-choice', 'system');
	release();
	await expect(toggle).toHaveAttribute('data-theme-choice', 'dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.reload();
	await expect(page.getByTestId('theme-toggle')).toHaveAttribute('data-theme-choice', 'dark');
});

test('a list set and a search sent before the app has started are kept, and the page is not reloaded', async ({ page }) => {
	const release = await holdCode(page);
	await page.goto('/cities', { waitUntil: 'domcontentloaded' });
	await page.getByTestId('country-filter').selectOption('CN');
	await page.getByTestId('city-search').fill('hang');
	await page.getByTestId('city-search').press('Enter');
	release();
	await untilStarted(page);
	await expect(page).toHaveURL(/\/cities$/);
	await expect(page.getByTestId('country-filter')).toHaveValue('CN');
	await expect(page.getByTestId('city-search')).toHaveValue('hang');
	// The same list as the learner gets choosing once the page is live: Chinese cities matching "hang" (杭州).
	await expect(page.getByTestId('city')).toHaveCount(1);
	await expect(page.locator('[data-city="hangzhou"]')).toBeVisible();
	await page.getByTestId('city-search').fill('');
	const chinese = await page.getByTestId('cities-shown').getAttribute('data-count');
	await page.getByTestId('country-filter').selectOption('');
	await expect(page.getByTestId('cities-shown')).not.toHaveAttribute('data-count', chinese!);
	await page.getByTestId('country-filter').selectOption('CN');
	await expect(page.getByTestId('cities-shown')).toHaveAttribute('data-count', chinese!);
});

test('a number entered in settings before the app has started is saved once it has', async ({ page }) => {
	const release = await holdCode(page);
	await page.goto('/settings', { waitUntil: 'domcontentloaded' });
	const newPerDay = page.locator('#new-per-day');
	await newPerDay.fill('7');
	await newPerDay.press('Tab');
	release();
	await untilStarted(page);
	// The stored settings arrive after the start: the number entered is what they hold, not what they held.
	await expect(newPerDay).toHaveValue('7');
	await page.reload();
	await expect(page.locator('#new-per-day')).toHaveValue('7');
});
