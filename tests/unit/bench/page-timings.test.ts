import { describe, expect, it } from 'vitest';
import { MARKS_MESSAGE, marksComplete, marksFrom, TIMING_SCRIPT } from '../../../scripts/bench/page-timings';

const message = (marks: object) => MARKS_MESSAGE + JSON.stringify(marks);

describe('the marks a page reports over the console', () => {
	it('reads the marks the timing script sends', () => {
		expect(marksFrom(message({ fcpMs: 101.5, answerableMs: 250, readyMs: null }))).toEqual({ fcpMs: 101.5, answerableMs: 250, readyMs: null });
	});

	it('ignores the page’s other console messages, and marks it cannot read', () => {
		expect(marksFrom('[vite] connected')).toBeNull();
		expect(marksFrom(MARKS_MESSAGE + '{not json')).toBeNull();
		expect(marksFrom(message({ fcpMs: 'soon', answerableMs: Infinity }))).toEqual({ fcpMs: null, answerableMs: null, readyMs: null });
	});

	it('is complete once the first paint and what was asked for are in', () => {
		const painted = { fcpMs: 120, answerableMs: null, readyMs: null };
		expect(marksComplete(painted)).toBe(true);
		expect(marksComplete(painted, 'answerable')).toBe(false);
		expect(marksComplete({ ...painted, answerableMs: 300 }, 'answerable')).toBe(true);
		expect(marksComplete({ ...painted, answerableMs: 300 }, 'ready')).toBe(false);
		expect(marksComplete({ fcpMs: null, answerableMs: 300, readyMs: 300 }, 'answerable')).toBe(false);
	});

	it('the script in the page sends its marks with the prefix the benchmark listens for', () => {
		// The page runs the script as a string: the prefix is written into it, quoted.
		expect(TIMING_SCRIPT).toContain(`console.debug(${JSON.stringify(MARKS_MESSAGE)} + JSON.stringify(marks))`);
	});
});
