// The interface language. Paraglide's messages read the locale through getLocale(), which is pointed
// at this rune, so every message on screen follows a switch without reloading the page.
// Chinese text follows the chosen script: Paraglide's `zh-Hant` catalogue is the Traditional one.
import { baseLocale, extractLocaleFromNavigator, localStorageKey, overwriteGetLocale, overwriteSetLocale } from '$lib/paraglide/runtime';
import { Persisted } from './persisted.svelte';
import { preferences } from './preferences.svelte';

/** The interface languages a learner chooses between; the script of Chinese is a preference of its own. */
export type Locale = 'en' | 'zh';

class Language {
	// English until started, so hydration matches the prerendered (English) HTML; then the saved choice, else the
	// browser's language.
	#current = new Persisted<Locale>(localStorageKey, ['en', 'zh'], baseLocale as Locale, () => {
		const fromBrowser = extractLocaleFromNavigator();
		return fromBrowser === undefined || fromBrowser === 'en' ? 'en' : 'zh';
	});

	constructor() {
		overwriteGetLocale(() => (this.current === 'zh' && preferences.script === 'zh-Hant' ? 'zh-Hant' : this.current));
		overwriteSetLocale((locale) => this.set(locale === 'en' ? 'en' : 'zh'));
	}

	get current(): Locale {
		return this.#current.current;
	}

	/** The `lang` attribute of the page: `zh-Hant` when Chinese is read in Traditional. */
	get tag(): string {
		if (this.current === 'en') return 'en';
		return preferences.script === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
	}

	set(locale: Locale) {
		this.#current.current = locale;
	}

	/** Reads the saved choice from now on; called once in the browser after hydration. */
	start() {
		this.#current.start();
	}
}

export const language = new Language();
