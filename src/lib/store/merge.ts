// An import into the IndexedDB log: the records not stored yet, in slices of their own transactions, so other tabs'
// answers are stored between them and the page keeps drawing. All or nothing: when a slice fails (storage full),
// the slices already written are deleted again before the error is thrown.
import { promisifyRequest, type UseStore } from 'idb-keyval';
import type { LogRecord } from '../srs/types.ts';
import { pause, SLICE, SLICE_MS, type MergeResult, type Progress } from './reviews.ts';

async function deleteIds(store: UseStore, ids: readonly string[]) {
	for (let i = 0; i < ids.length; i += SLICE) {
		await store('readwrite', (s) => {
			for (const id of ids.slice(i, i + SLICE)) s.delete(id);
			return promisifyRequest(s.transaction);
		});
	}
}

/**
 * Puts between looks at the clock: a transaction's puts stop after SLICE_MS. Each put copies its record on the page's
 * thread, and how long that takes depends on the machine: 2,000 records took 110–170 ms on a quiet one, twice that
 * on a busy one.
 */
const PUTS_PER_LOOK = 50;

export async function mergeInSlices(store: UseStore, records: readonly LogRecord[], progress?: Progress): Promise<MergeResult> {
	const known = new Set(await store('readonly', (s) => promisifyRequest(s.getAllKeys())));
	const fresh = records.filter((record) => !known.has(record.id));
	const written: string[] = [];
	try {
		for (let start = 0; start < fresh.length; ) {
			let end = start;
			await store('readwrite', (s) => {
				const began = performance.now();
				try {
					do {
						for (const stop = Math.min(end + PUTS_PER_LOOK, fresh.length); end < stop; end++) s.put(fresh[end], fresh[end]!.id);
					} while (end < fresh.length && performance.now() - began < SLICE_MS);
				} catch (error) {
					// A record that cannot be stored: without an abort, this slice's puts so far would commit.
					s.transaction.abort();
					throw error;
				}
				return promisifyRequest(s.transaction);
			});
			for (; start < end; start++) written.push(fresh[start]!.id);
			progress?.(written.length, fresh.length);
			await pause();
		}
	} catch (error) {
		// Answers are never deleted but here: these are the ones this import wrote, which nothing else has.
		await deleteIds(store, written).catch(() => {});
		throw error;
	}
	return { added: fresh.length, existing: records.length - fresh.length };
}
