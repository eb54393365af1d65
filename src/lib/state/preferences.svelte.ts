// Display preferences kept in localStorage: the script of Chinese (names and interface text) and the colour theme.
import { browser } from '$app/environment';
import { SCRIPTS, scriptForLanguages, type Script } from '$lib/data/names';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const SCRIPT_KEY = 'creative-cities-script';
// src/app.html reads this key too, to apply the theme before the first paint.
const THEME_KEY = 'creative-cities-theme';

function read<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
	try {
		const value = localStorage.getItem(key);
		return allowed.includes(value as T) ? (value as T) : fallback;
	} catch {
		return fallback;
	}
}

function write(key: string, value: string) {
	try {
		localStorage.setItem(key, value);
	} catch {
		// Unavailable storage: the preference lasts for this visit only.
	}
}

class Preferences {
	// Simplified until `load()` reads the saved choice or the browser's languages (hydration matches the prerender).
	#script = $state<Script>('zh-Hans');
	#theme = $state<Theme>('system');

	get script(): Script {
		return this.#script;
	}

	set script(value: Script) {
		this.#script = value;
		write(SCRIPT_KEY, value);
		if (browser && document.documentElement.lang.startsWith('zh')) document.documentElement.lang = value === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
	}

	get theme(): Theme {
		return this.#theme;
	}

	set theme(value: Theme) {
		this.#theme = value;
		write(THEME_KEY, value);
		this.#applyTheme();
	}

	/** Reads saved preferences; called once in the browser after hydration. */
	load() {
		if (!browser) return;
		// A reader in Taiwan, Hong Kong or Macao gets Traditional with Taiwan's names, everyone else Simplified with the
		// mainland's; "as in the source" is a choice in Settings, never a default.
		this.#script = read(SCRIPT_KEY, SCRIPTS, scriptForLanguages(navigator.languages ?? [navigator.language]));
		this.#theme = read(THEME_KEY, THEMES, 'system');
		this.#applyTheme();
	}

	#applyTheme() {
		// `system` leaves the attribute off so the prefers-color-scheme media query decides.
		if (this.#theme === 'system') delete document.documentElement.dataset.theme;
		else document.documentElement.dataset.theme = this.#theme;
	}
}

export const preferences = new Preferences();
