// Reads progress straight from the app's IndexedDB, as a second opinion on what the pages show.
import { expect, type Page } from '@playwright/test';
import { REVIEWS_DB, REVIEWS_STORE } from '../../../src/lib/store/reviews.ts';

export async function storedReviewIds(page: Page): Promise<string[]> {
	return page.evaluate(
		({ database, store }) =>
			new Promise<string[]>((resolve, reject) => {
				const open = indexedDB.open(database);
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains(store)) return resolve([]);
					const request = db.transaction(store).objectStore(store).getAllKeys();
					request.onsuccess = () => resolve((request.result as string[]).sort());
					request.onerror = () => reject(request.error);
				};
			}),
		{ database: REVIEWS_DB, store: REVIEWS_STORE }
	);
}

/** After a reload, the settings page counts exactly `count` stored answers. */
export async function expectAnswersAfterReload(page: Page, count: number) {
	await expect.poll(() => storedReviewIds(page)).toHaveLength(count);
	await page.reload();
	await page.goto('/settings');
	await expect(page.getByTestId('answers-stored')).toHaveAttribute('data-count', String(count));
}

/**
 * Makes the browser's storage full: the next `refusals` new records are refused with a QuotaExceededError
 * (all of them by default) until `freeStorage(page)` is called.
 */
export async function fillStorage(page: Page, refusals = Number.POSITIVE_INFINITY) {
	await page.addInitScript((count) => {
		const add = IDBObjectStore.prototype.add;
		// Infinity may not survive the trip into the page: a missing count means "all of them".
		let left = count ?? Number.POSITIVE_INFINITY;
		IDBObjectStore.prototype.add = function (...args: Parameters<IDBObjectStore['add']>) {
			if (left-- > 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return add.apply(this, args);
		};
		Object.assign(window, { freeStorage: () => (left = 0) });
	}, refusals);
}

export async function freeStorage(page: Page) {
	await page.evaluate(() => (window as unknown as { freeStorage: () => void }).freeStorage());
}
