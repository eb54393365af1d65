// The interface language is the page's: its address says it (/play English, /zh/play Chinese, /zh-Hant/play Chinese in
// Traditional), so a prerendered page is already in its language. Paraglide's messages read the locale through
// getLocale(), which is pointed here, so the text follows a navigation to the other language without a reload.
// The learner's choice is remembered for src/app.html's start-up script, which opens the page in that language.
import { resolve } from '$app/paths';
import { page } from '$app/state';
import { splitPath, type PageLanguage } from '$lib/locale/paths';
import { localStorageKey, overwriteGetLocale } from '$lib/paraglide/runtime';
import { Persisted } from './persisted.svelte';

/** The interface languages a learner chooses between; the script of Chinese is a preference of its own. */
export type Locale = 'en' | 'zh';

class Language {
	// Read before the first paint by src/app.html, and only there: the page's address decides what it shows.
	#chosen = new Persisted<Locale | 'unset'>(localStorageKey, ['en', 'zh'], 'unset');

	constructor() {
		overwriteGetLocale(() => (this.tag === 'en' ? 'en' : this.tag === 'zh-Hant' ? 'zh-Hant' : 'zh'));
	}

	// Messages ask for the language at every word: the address is split once per page.
	#address: { pathname: string; language: PageLanguage; path: string } | undefined;

	/** The page's language and route path (`/play` for /zh/play), from its address. */
	get #current() {
		const url = page.url;
		if (this.#address?.pathname !== url.pathname) {
			// While a page is prerendered, Kit's `base` is relative to it: the base path is where its root link points.
			const base = new URL(resolve('/'), url).pathname.slice(0, -1);
			this.#address = { pathname: url.pathname, ...splitPath(url.pathname, base) };
		}
		return this.#address;
	}

	/** The page's language, which is also its `lang` attribute. */
	get tag(): PageLanguage {
		return this.#current.language;
	}

	/** The page's route path, the same in every language: `/play` for /zh/play. */
	get path(): string {
		return this.#current.path;
	}

	get current(): Locale {
		return this.tag === 'en' ? 'en' : 'zh';
	}

	/** Remembers the learner's choice, for the next visit to any page. */
	remember(locale: Locale) {
		this.#chosen.current = locale;
	}
}

export const language = new Language();
