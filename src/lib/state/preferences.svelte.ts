// Display preferences kept in localStorage: the script of Chinese (names and interface text) and the colour theme.
import { SCRIPTS, scriptForLanguages, type Script } from '$lib/data/names';
import { Persisted } from './persisted.svelte';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

class Preferences {
	// Simplified until started (hydration matches the prerender). Then a reader in Taiwan, Hong Kong or Macao gets
	// Traditional with Taiwan's names, everyone else Simplified with the mainland's; "as in the source" is a choice in
	// Settings, never a default.
	#script = new Persisted<Script>('creative-cities-script', SCRIPTS, 'zh-Hans', () =>
		scriptForLanguages(navigator.languages ?? [navigator.language])
	);
	// src/app.html reads this key too, to apply the theme before the first paint.
	#theme = new Persisted<Theme>('creative-cities-theme', THEMES, 'system');

	get script(): Script {
		return this.#script.current;
	}
	set script(value: Script) {
		this.#script.current = value;
	}

	get theme(): Theme {
		return this.#theme.current;
	}
	set theme(value: Theme) {
		this.#theme.current = value;
	}

	/** Reads the saved preferences from now on; called once in the browser after hydration. */
	start() {
		this.#script.start();
		this.#theme.start();
	}
}

export const preferences = new Preferences();
