// One string kept in localStorage, in the shape of svelte.dev's site-kit `Persisted.svelte.ts`: reading `current` follows
// a change in this tab (a version rune) and in other tabs (the `storage` event, through `createSubscriber`).
// Until `start()` it reads `initial`, so hydration matches the prerendered page; the stored value takes over after.
import { on } from 'svelte/events';
import { createSubscriber } from 'svelte/reactivity';

export class Persisted<T extends string> {
	#key: string;
	#allowed: readonly T[];
	#initial: T;
	#fallback: () => T;
	#version = $state(0);
	#started = $state(false);
	/** Where storage is refused (private mode), a choice lasts for this visit here. */
	#unsaved: T | undefined;

	#subscribe = createSubscriber((update) =>
		on(window, 'storage', (event) => {
			if (event.key === this.#key) update();
		})
	);

	/** `fallback`: the value when nothing valid is stored, worked out in the browser (e.g. from its languages). */
	constructor(key: string, allowed: readonly T[], initial: T, fallback: () => T = () => initial) {
		this.#key = key;
		this.#allowed = allowed;
		this.#initial = initial;
		this.#fallback = fallback;
	}

	get current(): T {
		if (!this.#started) return this.#initial;
		this.#subscribe();
		void this.#version;
		if (this.#unsaved !== undefined) return this.#unsaved;
		const stored = this.#read();
		return stored !== null && this.#allowed.includes(stored as T) ? (stored as T) : this.#fallback();
	}

	set current(value: T) {
		try {
			localStorage.setItem(this.#key, value);
			this.#unsaved = undefined;
		} catch {
			this.#unsaved = value;
		}
		this.#version += 1;
	}

	/** Called once in the browser after hydration. */
	start() {
		this.#started = true;
	}

	#read(): string | null {
		try {
			return localStorage.getItem(this.#key);
		} catch {
			return null;
		}
	}
}
