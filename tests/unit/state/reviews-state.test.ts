// The reviews the pages share: an answer given before storage has opened is still stored, not lost.
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { questionFor, seededRandom, type Question } from '../../../src/lib/quiz/index.ts';
import { Reviews } from '../../../src/lib/state/reviews.svelte.ts';
import { indexedDbReviewLog } from '../../../src/lib/store/reviews.ts';

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
