import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { openReviewLog } from '../../../src/lib/store/availability.ts';
import { indexedDbReviewLog, REVIEWS_STORE, SLICE } from '../../../src/lib/store/reviews.ts';
import { loadSettings, saveSettings } from '../../../src/lib/store/settings.ts';
import { review } from '../review.ts';

let db = 0;
/** A fresh database per test; two handles on it act like two tabs. */
function tabs(name = `test-${++db}`) {
	return [indexedDbReviewLog(createStore(name, REVIEWS_STORE)), indexedDbReviewLog(createStore(name, REVIEWS_STORE))] as const;
}

describe('the review log in IndexedDB', () => {
	it('keeps every answer appended', async () => {
		const [log] = tabs();
		const records = [review(), review({ city: 'busan' })];
		for (const r of records) await log.append(r);
		expect((await log.load()).sort((a, b) => a.id.localeCompare(b.id))).toEqual(records);
	});

	it('refuses to overwrite an answer with the same id', async () => {
		const [log] = tabs();
		const r = review();
		await log.append(r);
		await expect(log.append({ ...r, correct: false })).rejects.toThrow();
		expect(await log.load()).toEqual([r]);
	});

	it('merges an import by id and is idempotent', async () => {
		const [log] = tabs();
		const mine = review();
		await log.append(mine);
		const backup = [mine, review(), review()];
		expect(await log.merge(backup)).toEqual({ added: 2, existing: 1 });
		expect(await log.merge(backup)).toEqual({ added: 0, existing: 3 });
		expect(await log.load()).toHaveLength(3);
	});

	it('imports all or nothing', async () => {
		const [log] = tabs();
		await log.append(review());
		// A function cannot be stored (DataCloneError): the whole import must be rolled back.
		const broken = [review(), review(), { ...review(), chosen: (() => 'x') as unknown as string }];
		await expect(log.merge(broken)).rejects.toThrow();
		expect(await log.load()).toHaveLength(1);
	});

	it('imports a big file in slices, and undoes the slices written when a later one fails', async () => {
		const [log] = tabs();
		await log.append(review());
		const many = Array.from({ length: SLICE * 2 + 10 }, () => review());
		let done = 0;
		expect(await log.merge(many, (written) => (done = written))).toEqual({ added: many.length, existing: 0 });
		expect(done).toBe(many.length);
		expect(await log.load()).toHaveLength(many.length + 1);

		const [other] = tabs();
		await other.append(review());
		// The second slice holds a record that cannot be stored: the first slice, already written, must go again.
		const failing = [...Array.from({ length: SLICE + 5 }, () => review()), { ...review(), chosen: (() => 'x') as unknown as string }];
		await expect(other.merge(failing)).rejects.toThrow();
		expect(await other.load()).toHaveLength(1);
	});

	it('reads a big log whole, across its slices, and counts it', async () => {
		const [log] = tabs();
		const many = Array.from({ length: SLICE + 1 }, () => review());
		await log.merge(many);
		expect((await log.load()).map((r) => r.id).sort()).toEqual(many.map((r) => r.id).sort());
		expect(await log.count()).toBe(SLICE + 1);
	});

	it('clears everything on reset', async () => {
		const [log] = tabs();
		await log.append(review());
		await log.clear();
		expect(await log.load()).toEqual([]);
	});
});

describe('when storage is unavailable', () => {
	it('plays from memory and says why', async () => {
		const saved = globalThis.indexedDB;
		// @ts-expect-error -- simulating a browser without IndexedDB
		delete globalThis.indexedDB;
		try {
			const { log, status } = await openReviewLog();
			expect(status).toEqual({ kind: 'memory-only', reason: 'missing' });
			await log.append(review());
			expect(await log.load()).toHaveLength(1);
		} finally {
			globalThis.indexedDB = saved;
		}
	});

	it('takes an open that never answers as storage that cannot be opened', async () => {
		const open = indexedDB.open;
		// A stuck browser profile: the request is made, and never succeeds nor fails.
		indexedDB.open = () => ({}) as IDBOpenDBRequest;
		try {
			const { log, status } = await openReviewLog(50);
			expect(status).toEqual({ kind: 'memory-only', reason: 'cannot-open' });
			await log.append(review());
			expect(await log.count()).toBe(1);
		} finally {
			indexedDB.open = open;
		}
	});

	it('opens the real database when it can', async () => {
		const { status } = await openReviewLog();
		expect(status).toEqual({ kind: 'saving' });
	});
});

describe('settings', () => {
	let store: ReturnType<typeof createStore>;
	beforeEach(() => {
		store = createStore(`settings-${++db}`, 'settings');
	});

	it('start from the defaults', async () => {
		expect(await loadSettings(store)).toEqual({ newPerDay: 10, lastBackupAt: null });
	});

	it('keep every change when several are saved at once', async () => {
		await Promise.all([saveSettings({ newPerDay: 5 }, store), saveSettings({ lastBackupAt: 1234 }, store)]);
		expect(await loadSettings(store)).toEqual({ newPerDay: 5, lastBackupAt: 1234 });
	});
});
