// Can we store data? IndexedDB may be missing, blocked, or refused (private mode, quota, policy).
// When it is, the app still plays from memory and tells the learner that progress is not saved.
import { indexedDbReviewLog, memoryReviewLog, type ReviewLog } from './reviews.ts';

export type StorageStatus = { kind: 'saving' } | { kind: 'memory-only'; reason: string };

export interface OpenedLog {
	log: ReviewLog;
	status: StorageStatus;
	/** What was stored before this visit. */
	records: Awaited<ReturnType<ReviewLog['load']>>;
}

/** A message a learner can act on, for an error from IndexedDB. */
export function describeStorageError(error: unknown): string {
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	if (name === 'QuotaExceededError') return 'the browser storage is full';
	if (name === 'InvalidStateError' || name === 'SecurityError') return 'the browser does not allow storage here';
	if (name === 'VersionError' || name === 'UnknownError') return 'the browser storage could not be opened';
	return error instanceof Error && error.message ? error.message : 'storage is unavailable';
}

export async function openReviewLog(): Promise<OpenedLog> {
	if (typeof indexedDB === 'undefined') {
		return { log: memoryReviewLog(), status: { kind: 'memory-only', reason: 'IndexedDB is not available' }, records: [] };
	}
	try {
		const log = indexedDbReviewLog();
		const records = await log.load();
		return { log, status: { kind: 'saving' }, records };
	} catch (error) {
		return { log: memoryReviewLog(), status: { kind: 'memory-only', reason: describeStorageError(error) }, records: [] };
	}
}
