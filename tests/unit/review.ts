// A hand-made review for tests: sensible defaults, override what the test is about.
import { DAY_MS } from '../../src/lib/srs/days.ts';
import type { ReviewRecord } from '../../src/lib/srs/types.ts';

let counter = 0;

export const T0 = new Date('2026-01-05T09:00:00').getTime();
export const HOUR = 3_600_000;
export const DAY = DAY_MS;

export function review(overrides: Partial<ReviewRecord> = {}): ReviewRecord {
	counter++;
	return {
		id: `r${String(counter).padStart(6, '0')}`,
		city: 'hangzhou',
		facet: 'field',
		kind: 'field-of-city',
		rating: 3,
		correct: true,
		at: T0,
		ms: 5000,
		v: 1,
		...overrides
	};
}
