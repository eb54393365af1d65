// Three tabs on one profile: one imports a 50,000-answer backup while the other two keep answering.
// Every answer given must be stored, every tab must end up counting the same, and closing the answering tabs
// right after must lose nothing.
import { writeFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from './support/test.ts';
import { answerCurrent } from './support/play.ts';
import { storedReviewIds } from './support/progress.ts';
import { backupFile, synthesizeLog } from './support/seed.ts';

const IMPORTED = 50_000;
const RUNS = Number(process.env.TABS_RUNS ?? 5);

test.describe.configure({ timeout: RUNS * 240_000 });

/** Answers on `page` until `done()` is true, then once more; returns how many answers were given. */
async function answerUntil(page: Page, done: () => boolean): Promise<number> {
	let count = 0;
	for (let last = false; !last; ) {
		last = done();
		// The question on screen may be answered already (by the warm-up): go on to the next one first.
		if (await page.getByTestId('feedback').isVisible()) {
			await page.getByTestId('next').click();
			// A round is ten questions: then the next one.
			const summary = page.getByTestId('summary');
			await expect(summary.or(page.getByTestId('question')).or(page.getByTestId('learn-card'))).toBeVisible();
			if (await summary.isVisible()) await page.getByTestId('play-again').click();
		}
		await answerCurrent(page, count % 3 !== 0);
		count++;
	}
	return count;
}

async function run(browser: Browser, baseURL: string | undefined, file: string) {
	const context = await browser.newContext({ baseURL });
	try {
		const [importer, b, c] = [await context.newPage(), await context.newPage(), await context.newPage()];
		await importer.goto('/settings');
		// Practising a field: no daily limit of new cities ends the answering early.
		await Promise.all([b.goto('/play/field/music'), c.goto('/play/field/design')]);
		// Two first visits at once on a busy machine: the first question can take a while.
		for (const tab of [b, c]) await expect(tab.getByTestId('question').or(tab.getByTestId('learn-card'))).toBeVisible({ timeout: 30_000 });
		// Warm up: the scheduler is loaded and both tabs have stored an answer before the import starts.
		const warmUp = await Promise.all([answerUntil(b, () => true), answerUntil(c, () => true)]);

		let imported = false;
		const importing = (async () => {
			try {
				await importer.getByTestId('import-backup').setInputFiles(file);
				await expect(importer.getByTestId('import-result')).toHaveText(`Imported: added ${IMPORTED.toLocaleString('en')}, already had 0.`, { timeout: 60_000 });
			} finally {
				// Failed or done, the answering tabs stop after one more answer.
				imported = true;
			}
		})();
		const [given] = await Promise.all([
			Promise.all([answerUntil(b, () => imported), answerUntil(c, () => imported)]),
			importing
		]);
		const answers = warmUp[0] + warmUp[1] + given[0] + given[1];
		const total = String(IMPORTED + answers);

		// Every tab counts the same, from the store: in-app navigation keeps each tab's own state.
		for (const tab of [b, c]) await tab.getByRole('link', { name: 'Settings' }).click();
		for (const tab of [importer, b, c]) await expect(tab.getByTestId('answers-stored')).toHaveAttribute('data-count', total, { timeout: 30_000 });
		await Promise.all([b.close(), c.close()]);
		expect(await storedReviewIds(importer)).toHaveLength(IMPORTED + answers);
		return answers;
	} finally {
		await context.close();
	}
}

test(`a ${IMPORTED}-answer import while two tabs answer loses no answer (${RUNS} runs)`, async ({ browser }, testInfo) => {
	const file = testInfo.outputPath('big.json');
	writeFileSync(file, backupFile(synthesizeLog(IMPORTED, 'imported')));
	for (let i = 0; i < RUNS; i++) {
		const answers = await run(browser, testInfo.project.use.baseURL, file);
		console.log(`run ${i + 1}: ${answers} answers given during the import, none lost`);
		expect(answers).toBeGreaterThan(4);
	}
});
