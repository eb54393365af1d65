// The review log in IndexedDB: one record per answer under its own key (its id), so appends from
// several tabs never overwrite one another. An import merges by id in a single transaction.
import { createStore, promisifyRequest, values, clear, type UseStore } from 'idb-keyval';
import type { LogRecord } from '../srs/types.ts';

export const REVIEWS_DB = 'creative-cities-reviews';
export const REVIEWS_STORE = 'reviews';

export interface MergeResult {
	added: number;
	existing: number;
}

/** Where reviews live: IndexedDB normally, memory when the browser will not let us store data. */
export interface ReviewLog {
	append(record: LogRecord): Promise<void>;
	load(): Promise<LogRecord[]>;
	merge(records: readonly LogRecord[]): Promise<MergeResult>;
	clear(): Promise<void>;
}

export function indexedDbReviewLog(store: UseStore = createStore(REVIEWS_DB, REVIEWS_STORE)): ReviewLog {
	return {
		async append(record) {
			// `add`, not `put`: an id already present is a bug, never a silent overwrite.
			await store('readwrite', (s) => promisifyRequest(s.add(record, record.id)));
		},
		load: () => values<LogRecord>(store),
		merge: (records) =>
			store('readwrite', async (s) => {
				const known = new Set(await promisifyRequest(s.getAllKeys()));
				let added = 0;
				try {
					for (const record of records) {
						if (known.has(record.id)) continue;
						s.put(record, record.id);
						known.add(record.id);
						added++;
					}
				} catch (error) {
					// All or nothing: without an abort, the puts made so far would commit.
					s.transaction.abort();
					throw error;
				}
				await promisifyRequest(s.transaction);
				return { added, existing: records.length - added };
			}),
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
