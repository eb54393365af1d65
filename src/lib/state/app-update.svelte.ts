// Registers the service worker and tells the page when a new version is waiting.
// The new version takes over only when the learner accepts; the page then reloads once.
import { dev } from '$app/environment';
import { base } from '$app/paths';
import { followOfflineStatus, type OfflineStatus } from './offline-status';

class AppUpdate {
	#waiting = $state.raw<ServiceWorker | null>(null);
	#accepted = false;
	#offline = $state<OfflineStatus>('checking');

	/** A new version is installed and waiting for the learner's go-ahead. */
	get ready(): boolean {
		return this.#waiting !== null;
	}

	/** Whether the app is stored for offline use in this browser. */
	get offline(): OfflineStatus {
		return this.#offline;
	}

	async register() {
		if (dev) return;
		if (!('serviceWorker' in navigator)) {
			this.#offline = 'unsupported';
			return;
		}
		// A browser may refuse (a private window, site storage turned off): the app goes on, only not offline.
		const registration = await navigator.serviceWorker.register(`${base}/service-worker.js`).catch(() => undefined);
		if (!registration) {
			this.#offline = 'refused';
			return;
		}
		followOfflineStatus(registration, (status) => (this.#offline = status));
		const offer = (worker: ServiceWorker) => {
			// Without a controller this is the first install, not an update.
			if (navigator.serviceWorker.controller) this.#waiting = worker;
		};
		const watch = (worker: ServiceWorker) =>
			worker.addEventListener('statechange', () => worker.state === 'installed' && offer(worker));

		if (registration.waiting) offer(registration.waiting);
		if (registration.installing) watch(registration.installing);
		registration.addEventListener('updatefound', () => registration.installing && watch(registration.installing));
		// The first install claims the page too; only a change the learner asked for reloads it.
		navigator.serviceWorker.addEventListener('controllerchange', () => this.#accepted && location.reload());
		document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && registration.update());
	}

	accept() {
		this.#accepted = true;
		const worker = this.#waiting;
		// Accepted in another tab, the new version has taken over already: only this page is left to reload.
		if (!worker || worker.state === 'activating' || worker.state === 'activated') location.reload();
		else worker.postMessage({ type: 'SKIP_WAITING' });
	}
}

export const appUpdate = new AppUpdate();
