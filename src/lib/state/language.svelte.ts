// The interface language. Paraglide's messages read the locale through getLocale(), which is pointed
// at this rune, so every message on screen follows a switch without reloading the page.
// Chinese text follows the chosen script: Paraglide's `zh-Hant` catalogue is the Traditional one.
import { browser } from '$app/environment';
import { baseLocale, extractLocaleFromNavigator, localStorageKey, overwriteGetLocale, overwriteSetLocale } from '$lib/paraglide/runtime';
import { preferences } from './preferences.svelte';

/** The interface languages a learner chooses between; the script of Chinese is a preference of its own. */
export type Locale = 'en' | 'zh';

const isLocale = (value: unknown): value is Locale => value === 'en' || value === 'zh';

class Language {
	// Starts at the base locale so hydration matches the prerendered (English) HTML; `detect()` then switches.
	#current = $state<Locale>(baseLocale as Locale);

	constructor() {
		overwriteGetLocale(() => (this.#current === 'zh' && preferences.script === 'zh-Hant' ? 'zh-Hant' : this.#current));
		overwriteSetLocale((locale) => this.set(locale === 'en' ? 'en' : 'zh'));
	}

	get current(): Locale {
		return this.#current;
	}

	/** The `lang` attribute of the page: `zh-Hant` when Chinese is read in Traditional. */
	get tag(): string {
		if (this.#current === 'en') return 'en';
		return preferences.script === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
	}

	/** The saved choice, else the browser's language, else English (the order of paraglide.config.js). */
	detect() {
		if (!browser) return;
		let saved: string | null = null;
		try {
			saved = localStorage.getItem(localStorageKey);
		} catch {
			// Storage unavailable: fall through to the browser's language.
		}
		const fromBrowser = extractLocaleFromNavigator();
		this.#apply(isLocale(saved) ? saved : fromBrowser ? (fromBrowser === 'en' ? 'en' : 'zh') : (baseLocale as Locale));
	}

	set(locale: Locale) {
		this.#apply(locale);
		try {
			localStorage.setItem(localStorageKey, locale);
		} catch {
			// Storage can be unavailable (private mode); the choice then lasts for this visit only.
		}
	}

	#apply(locale: Locale) {
		this.#current = locale;
		if (!browser) return;
		document.documentElement.lang = this.tag;
		// The page was hidden by app.html's start-up script so the English text never flashes; the text on
		// screen follows the rune before the next paint.
		delete document.documentElement.dataset.languagePending;
	}
}

export const language = new Language();
