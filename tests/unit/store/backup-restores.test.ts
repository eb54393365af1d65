// A backup of what the app stored always restores: whatever the clock, the timer or the keyboard did while the
// learner answered, the record made of the answer is one the import accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cities } from '../../../src/lib/data/index.ts';
import { questionFor, seededRandom, type Question } from '../../../src/lib/quiz/index.ts';
import { reviewRecord, type Answer } from '../../../src/lib/srs/index.ts';
import { MAX_CHOSEN, MAX_MS, withinLimits } from '../../../src/lib/srs/limits.ts';
import { REVIEW_SCHEMA_VERSION, type LogRecord } from '../../../src/lib/srs/types.ts';
import { makeBackup, parseBackup } from '../../../src/lib/store/backup.ts';
import { T0 } from '../review.ts';

const AFTER_2100 = 4_102_444_800_001;

/** The questions the app asks, any of them. */
const question = fc.record({ city: fc.constantFrom(...cities.map((c) => c.id)), facet: fc.constantFrom('field' as const, 'country' as const), seed: fc.integer() })
	.map(({ city, facet, seed }) => questionFor({ city, facet }, { random: seededRandom(seed) }))
	.filter((q): q is Question => q !== null);

/** Any answer the play page can hand over: clocks set anywhere, timers that ran backwards or forever, any text. */
const answer: fc.Arbitrary<Answer> = fc.record({
	question,
	given: fc.string({ maxLength: 400, unit: 'grapheme' }),
	correct: fc.boolean(),
	slip: fc.option(fc.boolean(), { nil: undefined }),
	at: fc.oneof(fc.integer({ min: 0, max: 2 ** 52 }), fc.constantFrom(0, 915_148_800_000, AFTER_2100, Date.UTC(2099, 0, 1))),
	ms: fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -700_000, max: 10 * MAX_MS }), fc.constant(Number.POSITIVE_INFINITY))
}).map((a) => ({ ...a, right: a.question.kind === 'type-city' ? a.question.answers[0]! : a.question.answer }));

/** What `reviews.record` and `reviews.undo` store, made the same way. */
function logOf(answers: Answer[], undos: number[]): LogRecord[] {
	const records: LogRecord[] = answers.map((a, i) => withinLimits(reviewRecord(undefined, a, `answer-${i}`)));
	for (const [i, target] of undos.entries()) {
		if (target < answers.length) records.push(withinLimits({ id: `undo-${i}`, voids: `answer-${target}`, at: answers[target]!.at, v: REVIEW_SCHEMA_VERSION }));
	}
	return records;
}

describe('the learner’s own backup', () => {
	it('always restores, whatever answers the app accepted', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(answer, { maxLength: 20 }), fc.array(fc.nat(25), { maxLength: 5 }), async (answers, undos) => {
				const log = logOf(answers, undos);
				const file = JSON.stringify(makeBackup(log, new Date(T0)));
				const parsed = await parseBackup(file, T0);
				expect(parsed).toMatchObject({ ok: true });
				if (parsed.ok) expect(parsed.reviews).toEqual(JSON.parse(JSON.stringify(log)));
			}),
			{ numRuns: 200 }
		);
	});

	it('restores records stored before the limits existed: they are brought within them on export', async () => {
		const old = { ...withinLimits(reviewRecord(undefined, (fc.sample(answer, { numRuns: 1, seed: 3 })[0]!), 'old')), ms: 3 * MAX_MS };
		const parsed = await parseBackup(JSON.stringify(makeBackup([old], new Date(T0))), T0);
		expect(parsed).toMatchObject({ ok: true, reviews: [{ id: 'old', ms: MAX_MS }] });
	});
});

describe('a record within the limits', () => {
	const base = (overrides: Partial<Answer>) => withinLimits(reviewRecord(undefined, { ...fc.sample(answer, { numRuns: 1, seed: 1 })[0]!, at: T0, ms: 3000, ...overrides }, 'a'));

	it('keeps an answer timed with a clock moved back, at no time taken, and notes it', () => {
		expect(base({ ms: -600_238 })).toMatchObject({ ms: 0, clock: 'went-back', at: T0 });
	});
	it('keeps an answer given with the device clock in 1999, and notes it', () => {
		const at = Date.UTC(1999, 5, 1);
		expect(base({ at })).toMatchObject({ at, clock: 'implausible' });
	});
	it('takes no note of a good clock', () => {
		expect(base({})).not.toHaveProperty('clock');
	});
	it('counts an answer left open overnight as a day, and a timer gone to infinity too', () => {
		expect(base({ ms: 3 * MAX_MS }).ms).toBe(MAX_MS);
		expect(base({ ms: Number.POSITIVE_INFINITY }).ms).toBe(MAX_MS);
	});
	it(`keeps the first ${MAX_CHOSEN} characters of a long typed answer`, () => {
		expect(base({ given: 'x'.repeat(300) }).chosen).toBe('x'.repeat(MAX_CHOSEN));
		expect(base({ given: 'x'.repeat(MAX_CHOSEN - 1) + '😀' }).chosen).toBe('x'.repeat(MAX_CHOSEN - 1));
	});
});

describe('an import of answers dated in the future', () => {
	it('is kept and counted, so the learner can be told', async () => {
		const future = Date.UTC(2099, 0, 1);
		const log = logOf([{ ...fc.sample(answer, { numRuns: 1, seed: 2 })[0]!, at: future }], []);
		expect(await parseBackup(JSON.stringify(makeBackup(log, new Date(T0))), T0)).toMatchObject({ ok: true, future: { count: 1, latest: future } });
	});
});
