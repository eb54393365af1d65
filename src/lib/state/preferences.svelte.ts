// Display preferences kept in localStorage: the script of city names and the colour theme.
import { browser } from '$app/environment';
import { SCRIPTS, type Script } from '$lib/data/names';

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
	#script = $state<Script>('source');
	#theme = $state<Theme>('system');

	get script(): Script {
		return this.#script;
	}

	set script(value: Script) {
		this.#script = value;
		write(SCRIPT_KEY, value);
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
		this.#script = read(SCRIPT_KEY, SCRIPTS, 'source');
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
