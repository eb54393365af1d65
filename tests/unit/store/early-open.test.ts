// src/app.html's start-up script opens the app's databases before the app's code has loaded, and the app's stores
// (src/lib/store/early-open.ts) use those connections. If the names drifted apart, a first visit would make a
// database without the store the app then looks for.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { get, set } from 'idb-keyval';
import { afterEach, expect, test, vi } from 'vitest';
import { appStore, createdAtStartUp } from '../../../src/lib/store/early-open.ts';
import { REVIEWS_DB, REVIEWS_STORE } from '../../../src/lib/store/reviews.ts';
import { SETTINGS_DB, SETTINGS_STORE } from '../../../src/lib/store/settings.ts';
import { runStartUpScriptOnFirstVisit } from '../start-up-script.ts';

function startUpOnFirstVisit(factory: Pick<IDBFactory, 'open'>): Window {
	const window = runStartUpScriptOnFirstVisit(factory);
	vi.stubGlobal('window', window);
	return window;
}

afterEach(() => {
	vi.unstubAllGlobals();
});

const STORES = [
	[REVIEWS_DB, REVIEWS_STORE],
	[SETTINGS_DB, SETTINGS_STORE]
] as const;

test("the start-up script opens the app's databases with the stores the app reads and writes, through its connections", async () => {
	const open = vi.spyOn(indexedDB, 'open');
	const window = startUpOnFirstVisit(indexedDB);
	expect(open).toHaveBeenCalledTimes(STORES.length);

	for (const [name, storeName] of STORES) {
		const database = await window.creativeCitiesDatabases![name]!;
		expect([...database.objectStoreNames]).toEqual([storeName]);
		const store = appStore(name, storeName);
		await set('first', { saved: true }, store);
		expect(await get('first', store)).toEqual({ saved: true });
	}
	// The app opened nothing itself.
	expect(open).toHaveBeenCalledTimes(STORES.length);
	open.mockRestore();
});

test('an open the start-up script could not make is made by the app, whose own error the learner reads', async () => {
	const refusing = { open: () => { throw new DOMException('The user denied permission.', 'SecurityError'); } };
	expect(() => startUpOnFirstVisit(refusing)).not.toThrow();
	const store = appStore(SETTINGS_DB, SETTINGS_STORE);
	await set('after', 1, store);
	expect(await get('after', store)).toBe(1);
});

test('an early open that failed is opened again by the app', async () => {
	const failing = {
		open: () => {
			const request = { error: new DOMException('Disk full.', 'QuotaExceededError') } as unknown as IDBOpenDBRequest;
			queueMicrotask(() => request.onerror?.({ preventDefault() {} } as Event));
			return request;
		}
	};
	startUpOnFirstVisit(failing);
	const store = appStore(REVIEWS_DB, REVIEWS_STORE);
	await set('again', 2, store);
	expect(await get('again', store)).toBe(2);
});

test("a first visit's databases are the start-up script's new ones, which the app need not read; a returning learner's are not", async () => {
	const browser = new IDBFactory();
	startUpOnFirstVisit(browser);
	for (const [name] of STORES) expect(await createdAtStartUp(name)).toBe(true);

	// The next page of the same visit opens the databases the first one made.
	startUpOnFirstVisit(browser);
	for (const [name] of STORES) expect(await createdAtStartUp(name)).toBe(false);
});

test('a database the start-up script could not open is not taken for a new, empty one', async () => {
	const refusing = { open: () => { throw new DOMException('The user denied permission.', 'SecurityError'); } };
	startUpOnFirstVisit(refusing);
	expect(await createdAtStartUp(REVIEWS_DB)).toBe(false);
});
