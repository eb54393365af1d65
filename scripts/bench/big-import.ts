// A 100,000-answer backup imported on /settings, watched for long tasks: the import checks and stores in slices so
// that the page keeps drawing and answering input (issue 14: no task over 200 ms). Measured here, not asserted in a
// test, because a task's length depends on the machine.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { backupFile, synthesizeLog } from '../../tests/e2e/support/seed.ts';

export const BIG_IMPORT = 100_000;
/** Longer than this, a task is one the learner feels as a freeze. */
export const FREEZE_MS = 200;

export interface ImportTasks {
	answers: number;
	/** From choosing the file to the result shown. */
	totalMs: number;
	longestTaskMs: number;
	tasksOverFreeze: number;
}

/** Imports BIG_IMPORT answers into an empty profile and reports the main thread's long tasks meanwhile. */
export async function bigImportTasks(browser: Browser, origin: string): Promise<ImportTasks> {
	const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
	const file = join(dir, 'backup.json');
	writeFileSync(file, backupFile(synthesizeLog(BIG_IMPORT, 'bench')));
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		await page.goto(`${origin}/settings`);
		await page.getByTestId('answers-stored').waitFor();
		await page.evaluate(() => {
			const tasks: number[] = [];
			(window as unknown as { __tasks: number[] }).__tasks = tasks;
			new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: 'longtask' });
		});
		const start = Date.now();
		await page.getByTestId('import-backup').setInputFiles(file);
		await page.getByTestId('import-result').waitFor({ timeout: 180_000 });
		const totalMs = Date.now() - start;
		const tasks = await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
		return {
			answers: BIG_IMPORT,
			totalMs,
			longestTaskMs: Math.max(0, ...tasks),
			tasksOverFreeze: tasks.filter((ms) => ms > FREEZE_MS).length
		};
	} finally {
		await context.close();
		rmSync(dir, { recursive: true, force: true });
	}
}
