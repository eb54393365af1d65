// Can we store data? IndexedDB may be missing, blocked, or refused (private mode, quota, policy).
// When it is, the app still plays from memory and tells the learner that progress is not saved.
import { indexedDbReviewLog, memoryReviewLog, type ReviewLog } from './reviews.ts';
import { withSnapshot } from './snapshot.ts';

/** Why storage failed, as a code the interface words in the learner's language. */
export type StorageProblem = 'missing' | 'full' | 'not-allowed' | 'cannot-open';

export type StorageStatus = { kind: 'saving' } | { kind: 'memory-only'; reason: StorageProblem };

export interface OpenedLog {
	log: ReviewLog;
	status: StorageStatus;
	/** What was stored before this visit. */
	records: Awaited<ReturnType<ReviewLog['load']>>;
}

export function storageProblem(error: unknown): StorageProblem {
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	if (name === 'QuotaExceededError') return 'full';
	if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'NotAllowedError') return 'not-allowed';
	return 'cannot-open';
}

export async function openReviewLog(): Promise<OpenedLog> {
	if (typeof indexedDB === 'undefined') {
		return { log: memoryReviewLog(), status: { kind: 'memory-only', reason: 'missing' }, records: [] };
	}
	try {
		// A long log starts from its snapshot (one value) when that is fresh.
		const log = withSnapshot(indexedDbReviewLog());
		const records = await log.load();
		return { log, status: { kind: 'saving' }, records };
	} catch (error) {
		return { log: memoryReviewLog(), status: { kind: 'memory-only', reason: storageProblem(error) }, records: [] };
	}
}
