// The interface language is the page's: its address says it (/play English, /zh/play Chinese, /zh-Hant/play Chinese in
// Traditional), so a prerendered page is already in its language. Paraglide's messages read the locale through
// getLocale(), which is pointed here, so the text follows a navigation to the other language without a reload.
// The learner's choice is remembered for src/app.html's start-up script, which opens the page in that language.
import { page } from '$app/state';
import type { PageLanguage } from '$lib/locale/paths';
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

	/** The page's language, which is also its `lang` attribute. */
	get tag(): PageLanguage {
		return (page.data as { language?: PageLanguage }).language ?? 'en';
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
