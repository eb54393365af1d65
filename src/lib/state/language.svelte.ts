// The interface language. Paraglide's messages read the locale through getLocale(), which is pointed
// at this rune, so every message on screen follows a switch without reloading the page.
import { browser } from '$app/environment';
import {
	baseLocale,
	extractLocaleFromNavigator,
	isLocale,
	localStorageKey,
	overwriteGetLocale,
	overwriteSetLocale,
	type Locale
} from '$lib/paraglide/runtime';

/** The `lang` attribute for each locale: Chinese is always shown in Simplified interface text. */
const LANG_TAGS: Record<Locale, string> = { en: 'en', zh: 'zh-Hans' };

class Language {
	// Starts at the base locale so hydration matches the prerendered (English) HTML; `detect()` then switches.
	#current = $state<Locale>(baseLocale);

	constructor() {
		overwriteGetLocale(() => this.#current);
		overwriteSetLocale((locale) => this.set(locale));
	}

	get current(): Locale {
		return this.#current;
	}

	get tag(): string {
		return LANG_TAGS[this.#current];
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
		this.#apply(isLocale(saved) ? saved : (extractLocaleFromNavigator() ?? baseLocale));
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
		document.documentElement.lang = LANG_TAGS[locale];
		// The page was hidden by app.html's start-up script so the English text never flashes; the text on
		// screen follows the rune before the next paint.
		delete document.documentElement.dataset.languagePending;
	}
}

export const language = new Language();
