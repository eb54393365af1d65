// A learner with two years of answers: 50,000 reviews written to IndexedDB where the app keeps them, then the time
// to a usable page compared with a learner who has none. Both browsers load the pages with the HTTP cache off, so
// every load is as cold as the other and only the stored history differs.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { DAY_MS } from '../../src/lib/srs/days.ts';
import { seedStore } from '../../tests/e2e/support/seed.ts';
import { SNAPSHOT_DB } from '../../src/lib/store/snapshot.ts';
import { timeNavigation, TIMING_SCRIPT, usableMs, type Usable } from './page-timings.ts';
import { syntheticLog } from './replay.ts';

export const LONG_HISTORY = 50_000;
export const HISTORY_PAGES = [
	{ path: '/', usable: 'ready' },
	{ path: '/play', usable: 'answerable' },
	{ path: '/stats', usable: 'ready' }
] as const satisfies readonly { path: string; usable: Usable }[];
export type HistoryPath = (typeof HISTORY_PAGES)[number]['path'];

interface Learner {
	context: BrowserContext;
	page: Page;
}

/** Whether the app has made its snapshot within `timeoutMs`: asked every half second. */
async function snapshotMade(page: Page, timeoutMs: number): Promise<boolean> {
	// page.evaluate, not waitForFunction: a promise returned to waitForFunction counts as a truthy answer at once.
	const hasSnapshot = () =>
		page.evaluate(
			(db) =>
				new Promise<boolean>((resolve) => {
					const open = indexedDB.open(db);
					open.onerror = () => resolve(false);
					open.onsuccess = () => {
						const names = open.result.objectStoreNames;
						if (!names.contains('snapshot')) return (open.result.close(), resolve(false));
						const count = open.result.transaction('snapshot').objectStore('snapshot').count();
						count.onsuccess = () => (open.result.close(), resolve(count.result > 0));
						count.onerror = () => resolve(false);
					};
				}),
			SNAPSHOT_DB
		);
	for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await page.waitForTimeout(500)) {
		if (await hasSnapshot()) return true;
	}
	return false;
}

async function learner(browser: Browser, origin: string, reviews: number): Promise<Learner> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	await context.addInitScript(TIMING_SCRIPT);
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	await page.goto(`${origin}/data/cities.json`);
	if (reviews > 0) {
		// Two years of answers, ending now: the same records the app writes, under their ids, as idb-keyval stores them.
		const now = Date.now();
		const records = syntheticLog(reviews, 1, { start: now - 730 * DAY_MS, spanMs: 730 * DAY_MS });
		await seedStore(page, records);
	}
	// The app must see them, or the comparison means nothing (the storage layer may have moved).
	await page.goto(`${origin}/settings`);
	const counted = page.locator(`[data-testid="answers-stored"][data-count="${reviews}"]`);
	if (!(await counted.waitFor({ timeout: 60_000 }).then(() => true, () => false))) {
		const stored = await page.getByTestId('answers-stored').getAttribute('data-count');
		throw new Error(`long history: the app sees ${stored} stored answers, not ${reviews}`);
	}
	// A returning learner: the app has made its snapshot of the log (src/lib/store/snapshot.ts) once, after this
	// first start read the log record by record; the timed starts come after.
	if (reviews > 0) {
		const made = await snapshotMade(page, 60_000);
		if (!made) console.warn('long history: the app made no snapshot of the log; every start reads it record by record');
	}
	return { context, page };
}

export type HistoryTimes = Record<HistoryPath, { none: (number | null)[]; stored: (number | null)[] }>;

/** `runs` rounds of every page, each with no history and with a long one, interleaved. */
export async function longHistoryTimes(browser: Browser, origin: string, runs: number): Promise<HistoryTimes> {
	const none = await learner(browser, origin, 0);
	const stored = await learner(browser, origin, LONG_HISTORY);
	try {
		const times = Object.fromEntries(HISTORY_PAGES.map(({ path }) => [path, { none: [], stored: [] }])) as unknown as HistoryTimes;
		for (let run = 0; run < runs; run++) {
			for (const { path, usable } of HISTORY_PAGES) {
				for (const [which, { page }] of [['none', none], ['stored', stored]] as const) {
					times[path][which].push(usableMs(await timeNavigation(page, origin + path, usable, 30_000), usable));
				}
			}
		}
		return times;
	} finally {
		await none.context.close();
		await stored.context.close();
	}
}
