// Times measured inside the page, from the start of its navigation: first contentful paint, and when
// the first question of a quiz can be answered; and the app's own measure of answer → feedback.
import type { Page } from '@playwright/test';

export interface PageTimings {
	fcpMs: number | null;
	answerableMs: number | null;
	/** When the page showed the learner's own data: `data-ready="true"` (set once the review log is read and replayed). */
	readyMs: number | null;
}

/** What makes a page usable: the quiz's first question, the other pages' data. */
export type Usable = 'answerable' | 'ready';

/**
 * Runs before any script of the page. A plain string, not a function: tsx compiles the inner functions
 * of a function with a helper (`__name`) that does not exist inside the page.
 * "Answerable" is the moment the first step of a round can be acted on: a choice or the typed-answer box, or
 * (a new learner's first step) the learn card's button on, is in the document, enabled and visible; a MutationObserver sees it in the same task that renders it, before the next paint. "Ready" is
 * the moment an element says `data-ready="true"`: the home and stats pages, once the review log is read.
 */
export const TIMING_SCRIPT = `(() => {
	const marks = { fcpMs: null, answerableMs: null, readyMs: null };
	window.__ccBench = marks;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') marks.fcpMs = entry.startTime;
	}).observe({ type: 'paint', buffered: true });
	const answerable = () =>
		[...document.querySelectorAll('[data-testid="choice"], [data-testid="answer-input"], [data-testid="next"]')].some(
			(element) => !element.disabled && element.checkVisibility()
		);
	const observer = new MutationObserver(() => {
		if (marks.readyMs === null && document.querySelector('[data-ready="true"]')) marks.readyMs = performance.now();
		if (marks.answerableMs === null && answerable()) marks.answerableMs = performance.now();
		if (marks.readyMs !== null && marks.answerableMs !== null) observer.disconnect();
	});
	observer.observe(document, {
		childList: true,
		subtree: true,
		attributes: true,
		attributeFilter: ['disabled', 'hidden', 'class', 'data-ready']
	});
})();`;

type Marks = PageTimings | undefined;

/** Waits for the page's first paint and for what makes it usable, if asked; null for what never came. */
export async function readTimings(page: Page, { until, timeoutMs = 15_000 }: { until?: Usable; timeoutMs?: number } = {}): Promise<PageTimings> {
	// Functions, not strings: the app's content security policy forbids the eval a string predicate needs.
	await page
		.waitForFunction(
			(usable) => {
				const m = (window as unknown as { __ccBench: Marks }).__ccBench;
				return !!m && m.fcpMs !== null && (!usable || m[`${usable}Ms`] !== null);
			},
			until,
			{ timeout: timeoutMs }
		)
		.catch(() => {});
	const marks = await page.evaluate(() => (window as unknown as { __ccBench: Marks }).__ccBench);
	return marks ?? { fcpMs: null, answerableMs: null, readyMs: null };
}

/** The time to a usable page, from the marks. */
export function usableMs(timings: PageTimings, usable: Usable): number | null {
	return usable === 'answerable' ? timings.answerableMs : timings.readyMs;
}

/**
 * Answers the first question — the first choice, or a wrong typed answer — and returns the main-thread
 * time the app measured from the answer to its feedback being in the document (`cc-answer-to-feedback`).
 */
export async function answerToFeedback(page: Page): Promise<number | null> {
	// A new city is taught before it is asked: past its learn card to the question.
	if (await page.getByTestId('learn-card').count()) await page.getByTestId('next').click();
	await page.getByTestId('question').waitFor({ timeout: 5_000 }).catch(() => {});
	const choice = page.getByTestId('choice').first();
	if (await choice.count()) await choice.click();
	else {
		await page.getByTestId('answer-input').fill('x');
		await page.keyboard.press('Enter');
	}
	await page
		.waitForFunction(() => performance.getEntriesByName('cc-answer-to-feedback').length > 0, undefined, { timeout: 5_000 })
		.catch(() => {});
	return page.evaluate(() => performance.getEntriesByName('cc-answer-to-feedback')[0]?.duration ?? null);
}
