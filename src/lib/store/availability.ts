// Can we store data? IndexedDB may be missing, blocked, or refused (private mode, quota, policy).
// When it is, the app still plays from memory and tells the learner that progress is not saved.
import { createdAtStartUp } from './early-open.ts';
import { indexedDbReviewLog, memoryReviewLog, REVIEWS_DB, SNAPSHOT_FROM, type ReviewLog } from './reviews.ts';

/** Why storage failed, as a code the interface words in the learner's language. */
export type StorageProblem = 'missing' | 'full' | 'not-allowed' | 'cannot-open';

export type StorageStatus = { kind: 'saving' } | { kind: 'memory-only'; reason: StorageProblem };

export interface OpenedLog {
	log: ReviewLog;
	status: StorageStatus;
	/** How many records were stored when it opened. */
	count: number;
	/** Created by this page's start-up script: there is nothing to read. */
	created?: boolean;
}

export function storageProblem(error: unknown): StorageProblem {
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	if (name === 'QuotaExceededError') return 'full';
	if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'NotAllowedError') return 'not-allowed';
	return 'cannot-open';
}

/** An open that has not answered by then will not: the browser is stuck (seen with a corrupt profile). */
export const OPEN_TIMEOUT_MS = 4000;

/** Rejects with a TimeoutError when `promise` has not settled within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new DOMException('Storage did not answer.', 'TimeoutError')), ms);
		promise.then(
			(value) => (clearTimeout(timer), resolve(value)),
			(error: unknown) => (clearTimeout(timer), reject(error))
		);
	});
}

/** Opens the log, or says why it cannot be; the records are read after, by `log.load()`, in slices. */
export async function openReviewLog(timeout = OPEN_TIMEOUT_MS): Promise<OpenedLog> {
	if (typeof indexedDB === 'undefined') {
		return { log: memoryReviewLog(), status: { kind: 'memory-only', reason: 'missing' }, count: 0 };
	}
	try {
		const stored = indexedDbReviewLog();
		if (await withTimeout(createdAtStartUp(REVIEWS_DB), timeout)) return { log: stored, status: { kind: 'saving' }, count: 0, created: true };
		const count = await withTimeout(stored.count(), timeout);
		if (count < SNAPSHOT_FROM) return { log: stored, status: { kind: 'saving' }, count };
		// A long log starts from its snapshot (one value) when that is fresh; its code loads on demand, and a log
		// whose snapshot code cannot be fetched (offline, not cached) is read record by record.
		const log: ReviewLog = {
			...stored,
			load: () => import('./snapshot.ts').then(({ withSnapshot }) => withSnapshot(stored).load(), () => stored.load())
		};
		return { log, status: { kind: 'saving' }, count };
	} catch (error) {
		return { log: memoryReviewLog(), status: { kind: 'memory-only', reason: storageProblem(error) }, count: 0 };
	}
}
