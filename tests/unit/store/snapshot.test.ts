import 'fake-indexeddb/auto';
import { createStore, keys, setMany } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { indexedDbReviewLog, REVIEWS_STORE } from '../../../src/lib/store/reviews.ts';
import { PART, readSnapshot, readSummary, withSnapshot, writeSnapshot, type SnapshotStores } from '../../../src/lib/store/snapshot.ts';
import { review } from '../review.ts';

let db = 0;
/** A fresh log and snapshot per test. */
function fresh() {
	const name = `snapshot-test-${++db}`;
	const stores: SnapshotStores = { reviews: createStore(name, REVIEWS_STORE), snapshot: createStore(`${name}-snapshot`, 'snapshot') };
	return { stores, log: indexedDbReviewLog(stores.reviews) };
}

describe('the snapshot of the review log', () => {
	it('gives the log back from its values once made', async () => {
		const { stores, log } = fresh();
		const records = [review(), review({ city: 'busan' }), { id: 'void-1', voids: 'x', at: 1, v: 1 }];
		for (const r of records) await log.append(r);
		expect(await readSnapshot(stores)).toBeUndefined();
		await writeSnapshot(records, { made: 'from three' }, stores);
		expect(await readSnapshot(stores)).toEqual(records);
		expect(await withSnapshot(log, stores).load()).toEqual(records);
		expect(await readSummary(stores)).toEqual({ made: 'from three' });
	});

	it('is not used once the log holds an answer it does not (another tab, an import)', async () => {
		const { stores, log } = fresh();
		const first = review();
		await log.append(first);
		await writeSnapshot([first], { made: 'from one' }, stores);
		const later = review({ city: 'busan' });
		await log.append(later);
		expect(await readSnapshot(stores)).toBeUndefined();
		// Nor is what was derived from it: a quiz would start from card states that miss an answer.
		expect(await readSummary(stores)).toBeUndefined();
		// The log is read record by record instead: nothing is lost.
		expect((await withSnapshot(log, stores).load()).map((r) => r.id).sort()).toEqual([first.id, later.id].sort());
	});

	it('is not used after a reset, even when as many answers follow', async () => {
		const { stores, log } = fresh();
		const before = [review(), review()];
		for (const r of before) await log.append(r);
		await writeSnapshot(before, { made: 'from two' }, stores);
		await log.clear();
		expect(await withSnapshot(log, stores).load()).toEqual([]);
		const after = [review(), review()];
		for (const r of after) await log.append(r);
		expect(await readSnapshot(stores)).toBeUndefined();
		expect(await readSummary(stores)).toBeUndefined();
	});

	it('gives a log of several parts back whole and in order, and a shorter one leaves no part of the longer behind', async () => {
		const { stores, log } = fresh();
		const records = Array.from({ length: 2 * PART + 3 }, (_, i) => review({ id: `r-${String(i).padStart(6, '0')}`, at: 1_700_000_000_000 + i }));
		await log.merge(records);
		await writeSnapshot(records, { parts: 3 }, stores);
		expect(await readSnapshot(stores)).toEqual(records);
		await log.clear();
		const fewer = records.slice(0, 10);
		await log.merge(fewer);
		await writeSnapshot(fewer, { parts: 1 }, stores);
		expect(await readSnapshot(stores)).toEqual(fewer);
		expect((await keys(stores.snapshot)).sort()).toEqual(['log', 'log-0', 'summary']);
	});

	it('is not used when another tab makes it again while it is read', async () => {
		const { stores, log } = fresh();
		const records = Array.from({ length: PART + 1 }, (_, i) => review({ id: `r-${String(i).padStart(6, '0')}`, at: 1_700_000_000_000 + i }));
		await log.merge(records);
		await writeSnapshot(records, { made: 'here' }, stores);
		// A part written by another making of the snapshot: this reading would mix two of them.
		await setMany([['log-1', { made: 'elsewhere', records: records.slice(PART) }]], stores.snapshot);
		expect(await readSnapshot(stores)).toBeUndefined();
		expect((await withSnapshot(log, stores).load()).length).toBe(PART + 1);
	});
});
