// The reviews the pages share: an answer given before storage has opened is still stored, not lost.
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { questionFor, seededRandom, type Question } from '../../../src/lib/quiz/index.ts';
import { Reviews } from '../../../src/lib/state/reviews.svelte.ts';
import { indexedDbReviewLog } from '../../../src/lib/store/reviews.ts';
import { review, T0 } from '../review.ts';

test('an answer given while storage is still opening reaches IndexedDB and stays in view', async () => {
	const reviews = new Reviews();
	const question = questionFor({ city: 'hangzhou', facet: 'field' }, { random: seededRandom(1), kinds: ['field-of-city'] }) as Question;
	const at = Date.UTC(2026, 10, 25, 9);
	const record = reviews.record({ question, given: 'crafts-folk-art', correct: true, right: 'crafts-folk-art', ms: 3000, at });
	expect(record).toMatchObject({ city: 'hangzhou', facet: 'field', kind: 'field-of-city', correct: true, rating: 3, at, ms: 3000 });
	await reviews.load();
	await expect.poll(async () => (await indexedDbReviewLog().load()).map((r) => r.id)).toEqual([record.id]);
	expect(reviews.log.map((r) => r.id)).toEqual([record.id]);
	expect(reviews.unsaved).toBe(0);
	expect(reviews.writeError).toBeNull();
});

describe('operations asked for while the stored log is still being read', () => {
	const stored = () => Array.from({ length: 30 }, (_, i) => review({ id: `stored-${i}`, at: T0 + i }));

	test('an export holds the whole stored log', async () => {
		await indexedDbReviewLog().clear();
		await indexedDbReviewLog().merge(stored());
		const reviews = new Reviews();
		expect(await reviews.backupRecords()).toHaveLength(30);
	});

	test('an import adds to the stored log, not to an empty stand-in', async () => {
		await indexedDbReviewLog().clear();
		await indexedDbReviewLog().merge(stored());
		const reviews = new Reviews();
		expect(await reviews.merge([review({ id: 'imported' })])).toEqual({ added: 1, existing: 0 });
		expect(reviews.log).toHaveLength(31);
		expect(await indexedDbReviewLog().count()).toBe(31);
	});

	test('a reset deletes the stored log, which does not come back', async () => {
		await indexedDbReviewLog().clear();
		await indexedDbReviewLog().merge(stored());
		const reviews = new Reviews();
		await reviews.reset();
		expect(reviews.log).toEqual([]);
		expect(await indexedDbReviewLog().count()).toBe(0);
	});
});
