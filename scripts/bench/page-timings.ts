// Times measured inside the page, from the start of its navigation: first contentful paint, and when
// the first question of a quiz can be answered; and the app's own measure of answer → feedback.
import type { ConsoleMessage, Page } from '@playwright/test';

export interface PageTimings {
	fcpMs: number | null;
	answerableMs: number | null;
	/** When the page showed the learner's own data: `data-ready="true"` (set once the review log is read and replayed). */
	readyMs: number | null;
}

/** What makes a page usable: the quiz's first question, the other pages' data. */
export type Usable = 'answerable' | 'ready';

/** How the page's marks reach the benchmark: a console message starting with this, then the marks as JSON. */
export const MARKS_MESSAGE = 'cc-bench-marks ';

/**
 * Runs before any script of the page. A plain string, not a function: tsx compiles the inner functions
 * of a function with a helper (`__name`) that does not exist inside the page.
 * "Answerable" is the moment the first step of a round can be acted on: a choice or the typed-answer box, or
 * (a new learner's first step) the learn card's button on, is in the document, enabled and visible; a MutationObserver sees it in the same task that renders it, before the next paint. "Ready" is
 * the moment an element says `data-ready="true"`: the home and stats pages, once the review log is read.
 * Each new mark is reported over the console (watchTimings): asking the page instead — Playwright's waitForFunction —
 * compiles Playwright's own script in the page and polls it every frame, on the main thread being timed (a cold
 * /play answerable ~45 ms later, the empty page's hydration ~40 ms later, in an interleaved comparison).
 */
export const TIMING_SCRIPT = `(() => {
	const marks = { fcpMs: null, answerableMs: null, readyMs: null };
	const report = () => console.debug(${JSON.stringify(MARKS_MESSAGE)} + JSON.stringify(marks));
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			if (entry.name === 'first-contentful-paint') {
				marks.fcpMs = entry.startTime;
				report();
			}
		}
	}).observe({ type: 'paint', buffered: true });
	const answerable = () =>
		[...document.querySelectorAll('[data-testid="choice"], [data-testid="answer-input"], [data-testid="next"]')].some(
			(element) => !element.disabled && element.checkVisibility()
		);
	const observer = new MutationObserver(() => {
		const { readyMs, answerableMs } = marks;
		if (readyMs === null && document.querySelector('[data-ready="true"]')) marks.readyMs = performance.now();
		if (answerableMs === null && answerable()) marks.answerableMs = performance.now();
		if (marks.readyMs !== readyMs || marks.answerableMs !== answerableMs) report();
		if (marks.readyMs !== null && marks.answerableMs !== null) observer.disconnect();
	});
	observer.observe(document, {
		childList: true,
		subtree: true,
		attributes: true,
		attributeFilter: ['disabled', 'hidden', 'class', 'data-ready']
	});
})();`;

const NO_MARKS: PageTimings = { fcpMs: null, answerableMs: null, readyMs: null };

/** The marks a console message of TIMING_SCRIPT carries; null for any other message. */
export function marksFrom(text: string): PageTimings | null {
	if (!text.startsWith(MARKS_MESSAGE)) return null;
	try {
		const marks = JSON.parse(text.slice(MARKS_MESSAGE.length)) as Partial<PageTimings>;
		const time = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
		return { fcpMs: time(marks.fcpMs), answerableMs: time(marks.answerableMs), readyMs: time(marks.readyMs) };
	} catch {
		return null;
	}
}

/** Whether the marks hold the first paint and, if asked, what makes the page usable. */
export function marksComplete(marks: PageTimings, until?: Usable): boolean {
	return marks.fcpMs !== null && (!until || usableMs(marks, until) !== null);
}

/**
 * Listens to `page` for the marks of its next navigation: call it before `goto`. `until` waits for the first paint
 * and for what makes the page usable, if asked, and stops listening; null for what never came.
 */
export function watchTimings(page: Page): { until(usable?: Usable, timeoutMs?: number): Promise<PageTimings> } {
	let latest = NO_MARKS;
	let notify = () => {};
	const listen = (message: ConsoleMessage) => {
		const marks = marksFrom(message.text());
		if (!marks) return;
		latest = marks;
		notify();
	};
	page.on('console', listen);
	return {
		until: (usable, timeoutMs = 15_000) =>
			new Promise<PageTimings>((resolve) => {
				const done = () => {
					clearTimeout(timer);
					page.off('console', listen);
					resolve(latest);
				};
				const timer = setTimeout(done, timeoutMs);
				notify = () => marksComplete(latest, usable) && done();
				notify();
			})
	};
}

/**
 * Navigates `page` to `url` and returns its marks, as watchTimings reads them; then lets the page finish loading,
 * so that the next navigation starts from a page at rest.
 */
export async function timeNavigation(page: Page, url: string, usable?: Usable, timeoutMs?: number): Promise<PageTimings> {
	const timings = watchTimings(page);
	await page.goto(url, { waitUntil: 'commit' });
	const marks = await timings.until(usable, timeoutMs);
	await page.waitForLoadState('load');
	return marks;
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
