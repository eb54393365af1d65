// "Now", refreshed every minute, so due counts and mastery (which decay with time) stay current on an open page.
import { browser } from '$app/environment';

class Clock {
	#now = $state(new Date());

	constructor() {
		if (browser) setInterval(() => (this.#now = new Date()), 60_000);
	}

	get now(): Date {
		return this.#now;
	}

	/** Set to the moment of an answer, so derived numbers reflect it at once. */
	set(now: Date) {
		this.#now = now;
	}
}

export const clock = new Clock();
