// Playwright's test, whose navigations end once the app has started. A page is drawn before its code has run
// (src/hydrate-after-paint.js), and the load event can come before that code has started: a click or a picked file
// then meets a page whose handlers are not attached yet, as a learner's very first tap might. A learner sees the
// page settle and taps again; a test must wait. Every spec imports `test` and `expect` from here.
import { test as base, type Page } from '@playwright/test';

export { expect, type Browser, type BrowserContext, type Locator, type Page, type Route, type TestInfo } from '@playwright/test';

type NavigationOptions = { waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit'; timeout?: number };

/**
 * Waits until the app on the page has started: the root layout marks `<html data-hydrated>` once every handler is
 * live. Pages the app does not run on pass at once: a file (/favicon.svg), or a page with JavaScript off, where
 * SvelteKit's start-up script never set its global.
 */
export async function untilStarted(page: Page): Promise<void> {
	await page.waitForFunction(
		() => 'hydrated' in document.documentElement.dataset || !Object.keys(window).some((key) => key.startsWith('__sveltekit_')),
		undefined,
		{ timeout: 30_000 }
	);
}

/**
 * goto, reload, goBack and goForward wait for the app to start when they wait for the page's load (the default).
 * A test that asks for less (`waitUntil: 'commit'`, to act while the page loads) gets what it asked for.
 */
function startAfterNavigations(prototype: Page) {
	for (const name of ['goto', 'reload', 'goBack', 'goForward'] as const) {
		const navigate = prototype[name] as (this: Page, ...args: unknown[]) => Promise<unknown>;
		if ((navigate as { startsApp?: boolean }).startsApp) continue;
		const patched = async function (this: Page, ...args: unknown[]) {
			const response = await navigate.apply(this, args);
			const options = args.find((arg): arg is NavigationOptions => typeof arg === 'object' && arg !== null);
			if ((options?.waitUntil ?? 'load') === 'load') await untilStarted(this);
			return response;
		};
		Object.assign(patched, { startsApp: true });
		(prototype as unknown as Record<string, unknown>)[name] = patched;
	}
}

export const test = base.extend<object, { navigationsStartTheApp: void }>({
	// Once per worker, on the class of every page (those of contexts a test opens itself too).
	navigationsStartTheApp: [
		async ({ browser }, use) => {
			const context = await browser.newContext();
			startAfterNavigations(Object.getPrototypeOf(await context.newPage()) as Page);
			await context.close();
			await use();
		},
		{ scope: 'worker', auto: true }
	]
});
