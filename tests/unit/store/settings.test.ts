import { expect, test } from 'vitest';
import { MAX_NEW_PER_DAY, newPerDayFromInput } from '../../../src/lib/store/settings.ts';

test('new cities per day: typed numbers are brought into range, and text that is no number keeps the setting', () => {
	expect(newPerDayFromInput('12', 10)).toBe(12);
	expect(newPerDayFromInput(' 7.6 ', 10)).toBe(8);
	expect(newPerDayFromInput('80', 10)).toBe(MAX_NEW_PER_DAY);
	expect(newPerDayFromInput('-3', 10)).toBe(0);
	expect(newPerDayFromInput('0', 10)).toBe(0);
	expect(newPerDayFromInput('', 10)).toBe(10);
	expect(newPerDayFromInput('abc', 10)).toBe(10);
});
