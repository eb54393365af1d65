// Big review logs for fault tests, made in Node and put straight into the page's IndexedDB: seeding 50,000 answers
// through the interface would take an hour.
import type { Page } from '@playwright/test';
import { dataset } from '../../../src/lib/data/dataset.generated.ts';
import { REVIEWS_DB, REVIEWS_STORE } from '../../../src/lib/store/reviews.ts';

export interface SeedRecord {
	id: string;
	city: string;
	facet: 'field' | 'country';
	kind: 'field-of-city' | 'country-of-city';
	rating: 1 | 3 | 4;
	correct: boolean;
	at: number;
	ms: number;
	v: 1;
}

/** `count` valid answers, one every ten minutes up to an hour ago, ids prefixed so that two logs never share one. */
export function synthesizeLog(count: number, prefix: string, now = Date.now()): SeedRecord[] {
	const cities = dataset.cities;
	return Array.from({ length: count }, (_, i) => {
		const correct = i % 4 !== 0;
		const facet = i % 2 === 0 ? 'field' : 'country';
		return {
			id: `${prefix}-${i}`,
			city: cities[i % cities.length]!.id,
			facet,
			kind: facet === 'field' ? 'field-of-city' : 'country-of-city',
			rating: correct ? 3 : 1,
			correct,
			at: now - 3_600_000 - (count - i) * 600_000,
			ms: 4000,
			v: 1
		};
	});
}

export function backupFile(records: readonly SeedRecord[]): string {
	return JSON.stringify({ format: 'creative-cities-backup', version: 1, exportedAt: new Date().toISOString(), reviews: records });
}

/** Stores `records` in the app's database (made as idb-keyval makes it) before the app reads it. */
export async function seedStore(page: Page, records: readonly { id: string }[]): Promise<void> {
	await page.evaluate(
		({ database, store, records }) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open(database);
				open.onupgradeneeded = () => open.result.createObjectStore(store);
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction(store, 'readwrite');
					for (const record of records) tx.objectStore(store).put(record, record.id);
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			}),
		{ database: REVIEWS_DB, store: REVIEWS_STORE, records }
	);
}

/**
 * Holds back the answer to the app's first read of the log by `ms`, so a test can act while the log is loading,
 * as a learner does on a slow phone. `window.logReadStarted` turns true when that read is asked for: the page has
 * hydrated by then (the read starts from the layout's onMount).
 */
export async function slowFirstRead(page: Page, ms: number): Promise<void> {
	await page.addInitScript((delay) => {
		const w = window as unknown as { logReadStarted: boolean };
		w.logReadStarted = false;
		for (const method of ['getAll', 'getAllKeys', 'openCursor'] as const) {
			const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
			(IDBObjectStore.prototype as unknown as Record<string, unknown>)[method] = function (this: IDBObjectStore, ...args: unknown[]) {
				const request = original.apply(this, args);
				if (w.logReadStarted || this.name !== 'reviews') return request;
				w.logReadStarted = true;
				// idb-keyval listens through `onsuccess`: hand it the result later.
				Object.defineProperty(request, 'onsuccess', {
					set(handler: (event: Event) => void) {
						request.addEventListener('success', (event) => setTimeout(() => handler.call(request, event), delay));
					}
				});
				return request;
			};
		}
	}, ms);
}

/**
 * A learner who met `cities` two days ago and knows their fields (answered right two days running, out of the
 * learning steps) and countries: their places on the map are asked next, so a round opens on map questions.
 */
export function knownFieldsLog(cities: readonly string[], now = Date.now()): SeedRecord[] {
	const day = 86_400_000;
	return cities.flatMap((city, i): SeedRecord[] => [
		{ id: `field-1-${i}`, city, facet: 'field', kind: 'field-of-city', rating: 3, correct: true, at: now - 2 * day, ms: 4000, v: 1 },
		{ id: `field-2-${i}`, city, facet: 'field', kind: 'field-of-city', rating: 3, correct: true, at: now - day, ms: 4000, v: 1 },
		{ id: `country-${i}`, city, facet: 'country', kind: 'country-of-city', rating: 4, correct: true, at: now - day, ms: 4000, v: 1 }
	]);
}
