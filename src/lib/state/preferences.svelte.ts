// Display preferences kept in localStorage: the script of Chinese (names and interface text) and the colour theme.
import { SCRIPTS, scriptForLanguages, type Script } from '$lib/data/names';
import { language } from './language.svelte';
import { Persisted } from './persisted.svelte';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

class Preferences {
	// Simplified until started (hydration matches the prerender; a Traditional page says so itself). Then a reader in Taiwan, Hong Kong or Macao gets
	// Traditional with Taiwan's names, everyone else Simplified with the mainland's; "as in the source" is a choice in
	// Settings, never a default.
	#script = new Persisted<Script>('creative-cities-script', SCRIPTS, 'zh-Hans', () =>
		scriptForLanguages(navigator.languages ?? [navigator.language])
	);
	// src/app.html reads these keys too, to apply the theme and open the pages in the script before the first paint.
	#theme = new Persisted<Theme>('creative-cities-theme', THEMES, 'system');

	/**
	 * Chinese pages are prerendered in their script (/zh-Hant/… Traditional, /zh/… Simplified), so there the page's
	 * address decides, but for "as in the source", shown on the Simplified pages. English pages show Chinese names in
	 * the chosen script.
	 */
	get script(): Script {
		if (language.tag === 'zh-Hant') return 'zh-Hant';
		const chosen = this.#script.current;
		return language.tag === 'zh-Hans' && chosen === 'zh-Hant' ? 'zh-Hans' : chosen;
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
