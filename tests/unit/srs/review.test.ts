// The record made of an answer, and answers taken back by Undo.
import { describe, expect, it } from 'vitest';
import { questionFor, seededRandom, type Question, type TypedQuestion } from '../../../src/lib/quiz/index.ts';
import { cardKey, replay, reviewRecord, type Answer } from '../../../src/lib/srs/index.ts';
import { countedAnswers, type LogRecord, type VoidRecord } from '../../../src/lib/srs/types.ts';
import { makeBackup, parseBackup } from '../../../src/lib/store/backup.ts';
import { memoryReviewLog } from '../../../src/lib/store/reviews.ts';
import { HOUR, T0, review } from '../review.ts';
import { scheduler } from '../scheduler.ts';

const designInChina = questionFor({ city: 'wuhan', facet: 'field' }, { random: seededRandom(1), kinds: ['type-city'] }) as TypedQuestion;
const answer = (overrides: Partial<Answer>): Answer => ({
	question: designInChina,
	given: 'shanghai',
	correct: true,
	right: 'shanghai',
	at: T0,
	ms: 5000,
	...overrides
});

describe('the record of an answer', () => {
	it('is logged for the city the learner named when a typed answer is right', () => {
		expect(designInChina.answers).toContain('shanghai');
		expect(reviewRecord(undefined, answer({}), 'a')).toMatchObject({ city: 'shanghai', facet: 'field', kind: 'type-city', rating: 3 });
	});

	it("is logged for the question's own card when wrong", () => {
		const record = reviewRecord(undefined, answer({ given: 'beijing', correct: false, right: 'wuhan' }), 'a');
		expect(record).toMatchObject({ city: 'wuhan', correct: false, rating: 1, chosen: 'beijing' });
	});

	it('grades a name one slip from right as Hard', () => {
		expect(reviewRecord(undefined, answer({ slip: true, ms: 2000 }), 'a').rating).toBe(2);
	});

	it('takes the time and the moment from the answer', () => {
		const question = questionFor({ city: 'busan', facet: 'country' }, { random: seededRandom(1), kinds: ['country-of-city'] }) as Question;
		const record = reviewRecord(undefined, { question, given: 'KR', correct: true, right: 'KR', at: T0 + 5, ms: 1234 }, 'id-1');
		expect(record).toEqual({ id: 'id-1', city: 'busan', facet: 'country', kind: 'country-of-city', rating: 3, correct: true, at: T0 + 5, ms: 1234, v: 1, chosen: 'KR' });
	});
});

describe('Undo', () => {
	const wrong = review({ city: 'busan', correct: false, rating: 1, at: T0 });
	const right = review({ city: 'busan', at: T0 + HOUR });
	const undo: VoidRecord = { id: 'void-1', voids: wrong.id, at: T0 + 2, v: 1 };

	it('leaves only the answers no void takes back', () => {
		expect(countedAnswers([wrong, undo, right])).toEqual([right]);
		expect(countedAnswers([wrong, right])).toEqual([wrong, right]);
	});

	it('gives the card states of a log in which the answer was never given', () => {
		const withUndo = replay(countedAnswers([wrong, undo, right]), scheduler);
		expect(withUndo).toEqual(replay([right], scheduler));
		expect(withUndo.get(cardKey('busan', 'field'))!.last).toEqual(right);
	});

	it('travels in a backup and merges by id, giving the same states after import', async () => {
		const records: LogRecord[] = [wrong, undo, right];
		const parsed = await parseBackup(JSON.stringify(makeBackup(records, new Date(T0))), T0 + 2 * HOUR);
		expect(parsed).toMatchObject({ ok: true, reviews: records });
		const log = memoryReviewLog();
		await log.append(wrong);
		await log.merge(parsed.ok ? parsed.reviews : []);
		const merged = await log.load();
		expect(merged).toHaveLength(3);
		expect(replay(countedAnswers(merged), scheduler)).toEqual(replay(countedAnswers(records), scheduler));
	});

	it('is refused in a backup when malformed, naming the record', async () => {
		const bad = { ...makeBackup([wrong], new Date(T0)), reviews: [wrong, { id: 'v', voids: '', at: T0, v: 1 }] };
		expect(await parseBackup(JSON.stringify(bad), T0)).toMatchObject({ ok: false, problem: { code: 'bad-review', index: 2 } });
	});
});
