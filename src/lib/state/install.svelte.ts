// The browser's offer to install the app, kept until the learner takes it (Chromium's beforeinstallprompt).
import { browser } from '$app/environment';

interface InstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

class Install {
	#offer = $state.raw<InstallPromptEvent | null>(null);

	constructor() {
		if (!browser) return;
		window.addEventListener('beforeinstallprompt', (event) => {
			event.preventDefault(); // show our own button instead of the browser's mini-infobar
			this.#offer = event as InstallPromptEvent;
		});
		window.addEventListener('appinstalled', () => (this.#offer = null));
	}

	get available(): boolean {
		return this.#offer !== null;
	}

	async prompt() {
		const offer = this.#offer;
		if (!offer) return;
		await offer.prompt();
		if ((await offer.userChoice).outcome === 'accepted') this.#offer = null;
	}
}

export const install = new Install();
