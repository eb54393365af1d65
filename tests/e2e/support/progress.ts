// Reads progress straight from the app's IndexedDB, as a second opinion on what the pages show.
import { expect, type Page } from '@playwright/test';

export async function storedReviewIds(page: Page): Promise<string[]> {
	return page.evaluate(
		() =>
			new Promise<string[]>((resolve, reject) => {
				const open = indexedDB.open('creative-cities-reviews');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('reviews')) return resolve([]);
					const request = db.transaction('reviews').objectStore('reviews').getAllKeys();
					request.onsuccess = () => resolve((request.result as string[]).sort());
					request.onerror = () => reject(request.error);
				};
			})
	);
}

/** After a reload, the settings page counts exactly `count` stored answers. */
export async function expectAnswersAfterReload(page: Page, count: number) {
	await expect.poll(() => storedReviewIds(page)).toHaveLength(count);
	await page.reload();
	await page.goto('/settings');
	await expect(page.getByTestId('answers-stored')).toHaveAttribute('data-count', String(count));
}
