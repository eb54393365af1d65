// The write queue: answers are stored oldest first, one drain at a time, none lost or written twice.
import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { indexedDbReviewLog, REVIEWS_STORE } from '../../../src/lib/store/reviews.ts';
import { createWriteQueue } from '../../../src/lib/store/write-queue.ts';
import type { ReviewRecord } from '../../../src/lib/srs/types.ts';
import { review } from '../review.ts';

let db = 0;
const freshLog = () => indexedDbReviewLog(createStore(`queue-test-${++db}`, REVIEWS_STORE));

function recorder() {
	const saved: string[] = [];
	const failed: unknown[] = [];
	return { saved, failed, events: { saved: (r: ReviewRecord) => saved.push(r.id), failed: (e: unknown) => failed.push(e) } };
}

describe('the write queue', () => {
	it('stores every answer once, oldest first, however often it is asked to drain', async () => {
		const log = freshLog();
		const appended: string[] = [];
		const { saved, events } = recorder();
		const queue = createWriteQueue(async (record) => {
			appended.push(record.id);
			await log.append(record);
		}, events);
		const records = Array.from({ length: 30 }, () => review());
		// As the app does: every answer pushes, then asks for a drain while earlier drains still run.
		await Promise.all(records.map((r) => (queue.push(r), queue.drain())));
		expect(appended).toEqual(records.map((r) => r.id));
		expect(saved).toEqual(records.map((r) => r.id));
		expect(queue.pending).toEqual([]);
		expect((await log.load()).map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort());
	});

	it('takes a record another writer stored first (two tabs racing) as saved, not as a failure', async () => {
		const log = freshLog();
		const a = recorder();
		const b = recorder();
		const first = createWriteQueue((r) => log.append(r), a.events);
		const second = createWriteQueue((r) => log.append(r), b.events);
		const record = review();
		first.push(record);
		second.push(record);
		await Promise.all([first.drain(), second.drain()]);
		// One of the two adds met a ConstraintError: that one must count as saved too.
		expect(a.failed).toEqual([]);
		expect(b.failed).toEqual([]);
		expect(a.saved).toEqual([record.id]);
		expect(b.saved).toEqual([record.id]);
		expect(await log.load()).toEqual([record]);
	});

	it('keeps what a failed write left, and stores it on the next drain', async () => {
		const log = freshLog();
		let full = true;
		const { saved, failed, events } = recorder();
		const queue = createWriteQueue((record) => {
			if (full) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
			return log.append(record);
		}, events);
		const records = [review(), review()];
		for (const r of records) queue.push(r);
		await queue.drain();
		expect(failed).toHaveLength(1);
		expect(queue.pending).toEqual(records);
		full = false;
		await queue.drain();
		expect(saved).toEqual(records.map((r) => r.id));
		expect(queue.pending).toEqual([]);
		expect(await log.load()).toHaveLength(2);
	});
});
