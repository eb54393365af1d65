// Times measured inside the page, from the start of its navigation: first contentful paint, and when
// the first question of a quiz can be answered; and the app's own measure of answer → feedback.
import type { Page } from '@playwright/test';

export interface PageTimings {
	fcpMs: number | null;
	answerableMs: number | null;
}

/**
 * Runs before any script of the page. A plain string, not a function: tsx compiles the inner functions
 * of a function with a helper (`__name`) that does not exist inside the page.
 * "Answerable" is the moment a choice or the typed-answer box is in the document, enabled and
 * visible; a MutationObserver sees it in the same task that renders it, before the next paint.
 */
export const TIMING_SCRIPT = `(() => {
	const marks = { fcpMs: null, answerableMs: null };
	window.__ccBench = marks;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') marks.fcpMs = entry.startTime;
	}).observe({ type: 'paint', buffered: true });
	const answerable = () =>
		[...document.querySelectorAll('[data-testid="choice"], [data-testid="answer-input"]')].some(
			(element) => !element.disabled && element.checkVisibility()
		);
	const observer = new MutationObserver(() => {
		if (!answerable()) return;
		marks.answerableMs = performance.now();
		observer.disconnect();
	});
	observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'hidden', 'class'] });
})();`;

type Marks = PageTimings | undefined;

/** Waits for the page's first paint and, with `answerable`, for its first question; null when it never came. */
export async function readTimings(page: Page, { answerable = false, timeoutMs = 15_000 } = {}): Promise<PageTimings> {
	// Functions, not strings: the app's content security policy forbids the eval a string predicate needs.
	await page
		.waitForFunction(
			(quiz) => {
				const m = (window as unknown as { __ccBench: Marks }).__ccBench;
				return !!m && m.fcpMs !== null && (!quiz || m.answerableMs !== null);
			},
			answerable,
			{ timeout: timeoutMs }
		)
		.catch(() => {});
	return (await page.evaluate(() => (window as unknown as { __ccBench: Marks }).__ccBench)) ?? { fcpMs: null, answerableMs: null };
}

/**
 * Answers the first question — the first choice, or a wrong typed answer — and returns the main-thread
 * time the app measured from the answer to its feedback being in the document (`cc-answer-to-feedback`).
 */
export async function answerToFeedback(page: Page): Promise<number | null> {
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
