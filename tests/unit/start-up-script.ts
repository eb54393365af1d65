// Runs src/app.html's start-up script as pages ship it (src/start-up-script.js), in a context of its own: the page,
// storage and browser it sees are the ones given, with a `window` of its own unless one is given too.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { FIRST_SCRIPT, shippedStartUpScript } from '../../src/start-up-script.js';

const script = shippedStartUpScript(FIRST_SCRIPT.exec(readFileSync(new URL('../../src/app.html', import.meta.url), 'utf8'))![1]!);

export function runStartUpScript(globals: Record<string, unknown>): void {
	runInNewContext(script, { window: {}, ...globals });
}

/**
 * Runs the start-up script as an English page of a first visit sees it (nothing remembered, an English browser),
 * opening its databases with `indexedDB`, and returns the `window` it set up — which the app's stores, running in
 * the test's own context, find once it is stubbed as the global one (`vi.stubGlobal('window', …)`).
 */
export function runStartUpScriptOnFirstVisit(indexedDB: Pick<IDBFactory, 'open'>): Window {
	const window = {} as Window;
	runStartUpScript({
		window,
		document: { documentElement: { lang: 'en', dataset: {} }, querySelector: () => null, addEventListener: () => {} },
		localStorage: { getItem: () => null },
		navigator: { languages: ['en-GB'] },
		location: { search: '', hash: '' },
		indexedDB
	});
	return window;
}
