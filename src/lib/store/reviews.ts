// The review log in IndexedDB: one record per answer under its own key (its id), so appends from
// several tabs never overwrite one another. Big reads and imports go in slices of their own transactions, so
// other tabs' answers are stored between them and the page never freezes.
import { promisifyRequest, clear, type UseStore } from 'idb-keyval';
import { appStore } from './early-open.ts';
import type { LogRecord } from '../srs/types.ts';

export const REVIEWS_DB = 'creative-cities-reviews';
export const REVIEWS_STORE = 'reviews';

/** Records per transaction of a big read or import: each takes tens of milliseconds. */
export const SLICE = 2000;
/**
 * A log this long or longer starts from its snapshot (src/lib/store/snapshot.ts). A shorter one is read record by
 * record quickly enough, and a new learner's first load then fetches no snapshot code at all.
 */
export const SNAPSHOT_FROM = 1000;

export interface MergeResult {
	added: number;
	existing: number;
}

/** How far a long operation has come: `done` of `total`. */
export type Progress = (done: number, total: number) => void;

/** Where reviews live: IndexedDB normally, memory when the browser will not let us store data. */
export interface ReviewLog {
	append(record: LogRecord): Promise<void>;
	load(): Promise<LogRecord[]>;
	/** How many records are stored: a cheap check whether this tab missed another's change. */
	count(): Promise<number>;
	/**
	 * Adds the records not stored yet. All or nothing: when a slice fails (storage full), the slices already
	 * written are deleted again before the error is thrown.
	 */
	merge(records: readonly LogRecord[], progress?: Progress): Promise<MergeResult>;
	clear(): Promise<void>;
}

/** How long a slice of long work (checking, storing, replaying a big log) may hold the page's thread before a pause. */
export const SLICE_MS = 40;

/** Lets the page draw and other work run between slices; not throttled in a background tab, unlike setTimeout. */
export function pause(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (scheduler?.yield) return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

export function indexedDbReviewLog(store: UseStore = appStore(REVIEWS_DB, REVIEWS_STORE)): ReviewLog {
	return {
		async append(record) {
			// `add`, not `put`: an id already present is a bug, never a silent overwrite.
			await store('readwrite', (s) => promisifyRequest(s.add(record, record.id)));
		},
		async load() {
			const records: LogRecord[] = [];
			// Slices by key: each read is short, and a write from another tab is never held up for long.
			for (let after: string | undefined; ; ) {
				const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
				const slice = await store('readonly', (s) => promisifyRequest(s.getAll(range, SLICE) as IDBRequest<LogRecord[]>));
				records.push(...slice);
				if (slice.length < SLICE) return records;
				after = slice.at(-1)!.id;
				await pause();
			}
		},
		count: () => store('readonly', (s) => promisifyRequest(s.count())),
		// Only an import merges: its code loads with it, off the first load of every page.
		merge: (records, progress) => import('./merge.ts').then(({ mergeInSlices }) => mergeInSlices(store, records, progress)),
		clear: () => clear(store)
	};
}

export function memoryReviewLog(): ReviewLog {
	const records = new Map<string, LogRecord>();
	return {
		async append(record) {
			records.set(record.id, record);
		},
		async load() {
			return [...records.values()];
		},
		async count() {
			return records.size;
		},
		async merge(incoming) {
			let added = 0;
			for (const record of incoming) {
				if (records.has(record.id)) continue;
				records.set(record.id, record);
				added++;
			}
			return { added, existing: incoming.length - added };
		},
		async clear() {
			records.clear();
		}
	};
}
