// The reviews the pages share: an answer given before storage has opened is still stored, not lost; a long history
// starts from the snapshot's summary and ends with the same states as a full replay.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test, vi } from 'vitest';
import { questionFor, seededRandom, type Question } from '../../../src/lib/quiz/index.ts';
import { Reviews } from '../../../src/lib/state/reviews.svelte.ts';
import { planHistory } from '../../../src/lib/play/history.ts';
import { countByDay } from '../../../src/lib/srs/days.ts';
import { replay } from '../../../src/lib/srs/replay.ts';
import { countedAnswers } from '../../../src/lib/srs/types.ts';
import { indexedDbReviewLog, REVIEWS_DB, SNAPSHOT_FROM } from '../../../src/lib/store/reviews.ts';
import { writeSnapshot } from '../../../src/lib/store/snapshot.ts';
import { runStartUpScriptOnFirstVisit } from '../start-up-script.ts';
import { scheduler } from '../scheduler.ts';
import { HOUR, review, T0 } from '../review.ts';

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

test("a first visit reads nothing from the databases its start-up script created, yet sees another tab's answer stored meanwhile", async () => {
	const browser = new IDBFactory();
	vi.stubGlobal('indexedDB', browser);
	const window = runStartUpScriptOnFirstVisit(browser);
	vi.stubGlobal('window', window);
	try {
		await window.creativeCitiesDatabases![REVIEWS_DB];
		// A second tab of the same first visit answers before this one has read anything.
		const otherTab = review({ id: 'other-tab', city: 'busan' });
		await indexedDbReviewLog().append(otherTab);

		const reviews = new Reviews();
		await reviews.loadStates();
		await reviews.load();
		expect(reviews.log.map((r) => r.id)).toEqual(['other-tab']);
		expect([...reviews.states.keys()]).toEqual(['busan:field']);
	} finally {
		vi.unstubAllGlobals();
	}
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

describe('a long history plays from the snapshot summary before its records are read', () => {
	const CITIES = ['hangzhou', 'busan', 'seoul'];
	// Long enough that the app keeps a snapshot of it.
	const history = () => Array.from({ length: SNAPSHOT_FROM + 20 }, (_, i) => review({ id: `long-${i}`, city: CITIES[i % 3], correct: i % 4 !== 0, at: T0 + i * HOUR }));
	const hangzhou = questionFor({ city: 'hangzhou', facet: 'field' }, { random: seededRandom(2), kinds: ['field-of-city'] }) as Question;

	test('the summary gives the states of a full replay; an answer given meanwhile continues them, and the whole log agrees', async () => {
		await indexedDbReviewLog().clear();
		const stored = history();
		await indexedDbReviewLog().merge(stored);
		await writeSnapshot(stored, { states: replay(stored, scheduler), history: planHistory(countedAnswers(stored)), days: countByDay(stored) });

		const reviews = new Reviews();
		await reviews.loadStates();
		// Ready to plan a round, while the records themselves are still to be read.
		expect(reviews.ready).toBe(false);
		expect(reviews.statesReady).toBe(true);
		expect(reviews.states).toEqual(replay(stored, scheduler));
		expect(reviews.answersByDay).toEqual(countByDay(stored));
		const at = T0 + (SNAPSHOT_FROM + 100) * HOUR;
		const answer = reviews.record({ question: hangzhou, given: 'crafts-folk-art', correct: true, right: 'crafts-folk-art', ms: 3000, at });
		expect(reviews.states).toEqual(replay([...stored, answer], scheduler));
		expect(planHistory(reviews.log, reviews.historyBefore)).toEqual(planHistory([...stored, answer]));
		expect(reviews.answersByDay).toEqual(countByDay([...stored, answer]));

		await reviews.load();
		expect(reviews.ready).toBe(true);
		expect(reviews.log).toHaveLength(SNAPSHOT_FROM + 21);
		expect(reviews.answersByDay).toEqual(countByDay([...stored, answer]));
		expect(reviews.states).toEqual(replay([...stored, answer], scheduler));
		expect(planHistory(reviews.log, reviews.historyBefore)).toEqual(planHistory([...stored, answer]));
	});

	test('a summary made before the last answer stored is not used: the states wait for the whole log', async () => {
		await indexedDbReviewLog().clear();
		const stored = history();
		await indexedDbReviewLog().merge(stored);
		await writeSnapshot(stored.slice(0, -1), { states: replay(stored.slice(0, -1), scheduler), history: planHistory(stored.slice(0, -1)), days: countByDay(stored.slice(0, -1)) });

		const reviews = new Reviews();
		await reviews.loadStates();
		expect(reviews.ready).toBe(true);
		expect(reviews.states).toEqual(replay(stored, scheduler));
	});
});
