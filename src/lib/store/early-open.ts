// The app's IndexedDB stores, through the connections src/app.html's start-up script opened before the app's code
// had loaded (a first visit's open takes tens of milliseconds, more on a busy phone). Without them — the script
// could not open one, or the code runs outside the page — a store opens its own, as idb-keyval's createStore does.
import { createStore, type UseStore } from 'idb-keyval';

declare global {
	interface Window {
		/** Set by the start-up script: each database it began to open, by name. */
		creativeCitiesDatabases?: Record<string, Promise<IDBDatabase> | undefined>;
		/** Set by the start-up script: true for each database its open created, which holds nothing yet. */
		creativeCitiesCreated?: Record<string, boolean | undefined>;
	}
}

/**
 * Whether the start-up script's open created the database (a first visit), so that it holds nothing this page has
 * not written: the first reads are skipped. Another tab writing to it meanwhile is caught by the reads that follow a
 * message from that tab, and by the reviews' check once this tab listens (src/lib/state/reviews.svelte.ts).
 */
export async function createdAtStartUp(databaseName: string): Promise<boolean> {
	const early = typeof window === 'undefined' ? undefined : window.creativeCitiesDatabases?.[databaseName];
	if (!early) return false;
	const opened = await early.catch(() => undefined);
	return !!opened && window.creativeCitiesCreated?.[databaseName] === true;
}

export function appStore(databaseName: string, storeName: string): UseStore {
	const early = typeof window === 'undefined' ? undefined : window.creativeCitiesDatabases?.[databaseName];
	if (!early) return createStore(databaseName, storeName);
	// A refused early open is tried again by the app's own, whose error the app words for the learner.
	let own: UseStore | undefined;
	const database = early.catch(() => undefined);
	return (mode, use) =>
		database.then((opened) =>
			opened ? use(opened.transaction(storeName, mode).objectStore(storeName)) : (own ??= createStore(databaseName, storeName))(mode, use)
		);
}
