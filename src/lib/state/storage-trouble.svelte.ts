// What the storage warning says, worked out in one place: the layout shows the warning (and loads its code) only
// when there is something to say.
import type { StorageProblem } from '$lib/store/availability';
import { reviews } from './reviews.svelte';
import { settings } from './settings.svelte';

export type StorageTrouble =
	| { kind: 'memory-only'; reason: StorageProblem }
	/** A write failed: `unsaved` answers wait in memory (a failed settings write can leave 0). */
	| { kind: 'write-failed'; reason: StorageProblem; unsaved: number };

export function storageTrouble(): StorageTrouble | null {
	if (reviews.status.kind === 'memory-only') return reviews.status;
	const reason = reviews.writeError ?? settings.writeError;
	return reason ? { kind: 'write-failed', reason, unsaved: reviews.unsaved } : null;
}

/** Tries again every write that failed: answers first, then settings. */
export async function retrySaving(): Promise<void> {
	await reviews.retrySaving();
	if (!reviews.writeError) await settings.retrySaving();
}
