// The progress the pages share: an answer given before storage has opened is still stored, not lost.
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { indexedDbReviewLog } from '../../../src/lib/store/reviews.ts';
import { progress } from '../../../src/lib/state/progress.svelte.ts';

test('an answer given while storage is still opening reaches IndexedDB and stays in view', async () => {
	const record = progress.record({
		city: 'hangzhou',
		facet: 'field',
		kind: 'field-of-city',
		correct: true,
		chosen: 'crafts-folk-art',
		ms: 3000,
		at: Date.UTC(2026, 10, 25, 9)
	});
	await progress.load();
	await expect.poll(async () => (await indexedDbReviewLog().load()).map((r) => r.id)).toEqual([record.id]);
	expect(progress.reviews.map((r) => r.id)).toEqual([record.id]);
	expect(progress.writeError).toBeNull();
});
