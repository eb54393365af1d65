import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './support/test.ts';
import { answerCurrent, answerSeveral } from './support/play.ts';
import { expectAnswersAfterReload, fillStorage, freeStorage, storedReviewIds } from './support/progress.ts';

test('answers survive a reload', async ({ page }) => {
	await page.goto('/play');
	await answerSeveral(page, 3);
	await expectAnswersAfterReload(page, 3);
});

test('two tabs answering at once: the backup holds every answer', async ({ context }) => {
	const [a, b] = [await context.newPage(), await context.newPage()];
	await Promise.all([a.goto('/play'), b.goto('/play')]);
	await Promise.all([answerSeveral(a, 4), answerSeveral(b, 4)]);
	await expect.poll(() => storedReviewIds(a)).toHaveLength(8);

	await a.goto('/settings');
	await expect(a.getByTestId('answers-stored')).toHaveAttribute('data-count', '8');

	const download = a.waitForEvent('download');
	await a.getByTestId('export-backup').click();
	const backup = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
	expect(backup.format).toBe('creative-cities-backup');
	expect(backup.reviews.map((r: { id: string }) => r.id).sort()).toEqual(await storedReviewIds(a));
});

test('another open tab sees new answers at once, without a reload', async ({ context }) => {
	const [watcher, player] = [await context.newPage(), await context.newPage()];
	await watcher.goto('/settings');
	await expect(watcher.getByTestId('answers-stored')).toHaveAttribute('data-count', '0');
	await player.goto('/play');
	await answerSeveral(player, 3);
	await expect(watcher.getByTestId('answers-stored')).toHaveAttribute('data-count', '3');
});

test('new cities per day is a setting: kept in range, followed by other tabs, obeyed by the quick quiz', async ({ context }) => {
	const [tab, otherTab] = [await context.newPage(), await context.newPage()];
	await tab.goto('/settings');
	await otherTab.goto('/settings');
	const setting = tab.getByLabel('New cities per day');
	await expect(setting).toHaveValue('10');
	await setting.fill('80');
	await setting.press('Tab');
	await expect(setting).toHaveValue('50');
	await expect(otherTab.getByLabel('New cities per day')).toHaveValue('50');
	await setting.fill('0');
	await setting.press('Tab');
	await expect(otherTab.getByLabel('New cities per day')).toHaveValue('0');
	await tab.reload();
	await expect(setting).toHaveValue('0');
	// A new learner with no new cities allowed has nothing to be asked, and is told why.
	await tab.goto('/play');
	await expect(tab.getByTestId('quick-empty')).toContainText('new cities per day is set to 0');
	await expect(tab.getByTestId('question')).toHaveCount(0);
});

test('importing garbage shows an error and changes nothing', async ({ page }, testInfo) => {
	await page.goto('/play');
	await answerSeveral(page, 2);
	await expect.poll(() => storedReviewIds(page)).toHaveLength(2);
	await page.goto('/settings');
	const before = await storedReviewIds(page);

	const files: [string, string][] = [
		['garbage.json', 'this is not json {'],
		['truncated.json', '{"format":"creative-cities-backup","version":1,"reviews":[{"id":"x"'],
		['future.json', JSON.stringify({ format: 'creative-cities-backup', version: 99, reviews: [] })]
	];
	for (const [name, text] of files) {
		const path = testInfo.outputPath(name);
		writeFileSync(path, text);
		await page.getByTestId('import-backup').setInputFiles(path);
		await expect(page.getByTestId('import-result')).toHaveAttribute('data-ok', 'false');
		await expect(page.getByTestId('import-result')).toContainText('Nothing was imported');
	}
	await expect(page.getByTestId('import-result')).toContainText('newer version');
	expect(await storedReviewIds(page)).toEqual(before);
});

test('importing a backup merges it and reports what was added', async ({ page }, testInfo) => {
	await page.goto('/play');
	await answerSeveral(page, 2);
	await expect.poll(() => storedReviewIds(page)).toHaveLength(2);
	await page.goto('/settings');
	const download = page.waitForEvent('download');
	await page.getByTestId('export-backup').click();
	const backup = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
	backup.reviews.push({ ...backup.reviews[0], id: 'from-another-device', at: backup.reviews[0].at - 1000 });
	const path = testInfo.outputPath('backup.json');
	writeFileSync(path, JSON.stringify(backup));

	await page.getByTestId('import-backup').setInputFiles(path);
	await expect(page.getByTestId('import-result')).toHaveText('Imported: added 1, already had 2.');
	await expect(page.getByTestId('answers-stored')).toHaveAttribute('data-count', '3');
	await page.getByTestId('import-backup').setInputFiles(path);
	await expect(page.getByTestId('import-result')).toHaveText('Imported: added 0, already had 3.');
});

test('reset asks first, then deletes all progress', async ({ page }) => {
	await page.goto('/play');
	await answerSeveral(page, 1);
	await expect.poll(() => storedReviewIds(page)).toHaveLength(1);
	await page.goto('/settings');
	await page.getByTestId('reset').click();
	await expect(page.getByTestId('reset-confirm')).toBeFocused();
	await page.getByRole('button', { name: 'Cancel' }).click();
	expect(await storedReviewIds(page)).toHaveLength(1);
	await page.getByTestId('reset').click();
	await page.getByTestId('reset-confirm').click();
	await expect.poll(() => storedReviewIds(page)).toHaveLength(0);
	await expect(page.getByTestId('answers-stored')).toHaveAttribute('data-count', '0');
});

test('without IndexedDB the app still plays and says progress is not saved', async ({ page }) => {
	await page.addInitScript(() => {
		// @ts-expect-error -- a browser that will not store data
		delete window.indexedDB;
	});
	await page.goto('/play');
	await expect(page.getByTestId('storage-warning')).toContainText('not being saved');
	await answerSeveral(page, 2);
	await page.goto('/');
	await expect(page.getByTestId('storage-warning')).toBeVisible();
});

test('a failed write (storage full) is reported, the answer kept, and saved once storage works again', async ({ page }) => {
	// The browser's storage fills up: every new record is refused until the test frees it.
	await fillStorage(page);
	await page.goto('/play');
	await answerSeveral(page, 2);
	const warning = page.getByTestId('storage-warning');
	await expect(warning).toContainText('storage is full');
	await expect(warning).toContainText('Answers not saved yet: 2');
	expect(await storedReviewIds(page)).toEqual([]);
	// In-app navigation keeps the page alive: the answers are still counted.
	await page.getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByTestId('answers-stored')).toHaveAttribute('data-count', '2');
	// Still full: trying again keeps them and says so.
	await page.getByTestId('retry-saving').click();
	await expect(warning).toContainText('Answers not saved yet: 2');
	// Space is freed: one retry stores both, and the warning goes.
	await freeStorage(page);
	await page.getByTestId('retry-saving').click();
	await expect(warning).toBeHidden();
	await expect(page.locator('main')).toBeFocused();
	await expect.poll(() => storedReviewIds(page)).toHaveLength(2);
	await page.reload();
	await expect(page.getByTestId('answers-stored')).toHaveAttribute('data-count', '2');
});

test('answers that failed to save are saved with the next answer once storage works again', async ({ page }) => {
	// Only the first answer meets a full disk.
	await fillStorage(page, 1);
	await page.goto('/play');
	await answerSeveral(page, 1);
	await expect(page.getByTestId('storage-warning')).toContainText('Answers not saved yet: 1');
	await page.getByTestId('next').click();
	await answerCurrent(page, true);
	await expect(page.getByTestId('storage-warning')).toBeHidden();
	await expect.poll(() => storedReviewIds(page)).toHaveLength(2);
});

test("importing is the app's own button, in the page's language, reached by keyboard", async ({ page }) => {
	// The browser's file input would say "Choose File" in the browser's language on a Chinese page.
	await page.goto('/zh/settings');
	const button = page.locator('label', { has: page.getByTestId('import-backup') });
	await expect(button).toHaveText('导入备份文件');
	await expect(button).toBeVisible();
	// The native control, with its text in the browser's language, is not what shows.
	expect((await page.getByTestId('import-backup').boundingBox())!.width).toBeLessThanOrEqual(1);
	await page.getByTestId('export-backup').focus();
	await page.keyboard.press('Tab');
	await expect(page.getByTestId('import-backup')).toBeFocused();
	await expect(button).toHaveCSS('outline-style', 'solid');
	const chooser = page.waitForEvent('filechooser');
	await page.keyboard.press('Enter');
	expect((await chooser).isMultiple()).toBe(false);
});
