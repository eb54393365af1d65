// The plan history kept in the snapshot's summary: continued by later answers, it must equal the history of the
// whole log, or a long history's first round would cap new cities or pick distractors from the wrong counts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cities, fields } from '../../../src/lib/data/index.ts';
import { planHistory } from '../../../src/lib/play/history.ts';
import { newCitiesSeenToday } from '../../../src/lib/srs/queue.ts';
import { DAY, T0, review } from '../review.ts';

const answer = fc.record({
	city: fc.constantFrom(...cities.slice(0, 12).map((c) => c.id)),
	chosen: fc.constantFrom(...fields.map((f) => f.id)),
	correct: fc.boolean(),
	at: fc.integer({ min: T0, max: T0 + 10 * DAY })
});

describe('the plan history', () => {
	it('of a log, continued by what follows, is the history of the whole', () => {
		fc.assert(
			fc.property(fc.array(answer, { maxLength: 60 }), fc.nat(60), (answers, cut) => {
				const log = answers.map((a) => review({ ...a, kind: 'field-of-city', facet: 'field' }));
				const whole = planHistory(log);
				expect(planHistory(log.slice(cut), planHistory(log.slice(0, cut)))).toEqual(whole);
			})
		);
	});

	it('counts a city as new today only when it was never answered before today', () => {
		const history = planHistory([review({ city: 'busan', at: T0 - 2 * DAY }), review({ city: 'busan', at: T0 }), review({ city: 'seoul', at: T0 })]);
		expect(newCitiesSeenToday(history.firstSeen, new Date(T0 + 60_000))).toBe(1);
	});

	it('does not change the history it continues', () => {
		const earlier = planHistory([review({ city: 'busan', kind: 'field-of-city', correct: false, chosen: 'music', at: T0 })]);
		const copy = structuredClone(earlier);
		planHistory([review({ city: 'busan', kind: 'field-of-city', correct: false, chosen: 'music', at: T0 + 1 })], earlier);
		expect(earlier).toEqual(copy);
	});
});
