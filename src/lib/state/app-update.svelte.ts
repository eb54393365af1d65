// Registers the service worker and tells the page when a new version is waiting.
// The new version takes over only when the learner accepts; the page then reloads once.
import { dev } from '$app/environment';
import { base } from '$app/paths';

class AppUpdate {
	#waiting = $state.raw<ServiceWorker | null>(null);
	#accepted = false;
	#registered!: (registration: ServiceWorkerRegistration | null) => void;
	/** The service worker's registration once the app has asked for it; null when the browser refused it. */
	readonly registration = new Promise<ServiceWorkerRegistration | null>((resolve) => (this.#registered = resolve));

	/** A new version is installed and waiting for the learner's go-ahead. */
	get ready(): boolean {
		return this.#waiting !== null;
	}

	async register() {
		if (dev || !('serviceWorker' in navigator)) return;
		// A browser may refuse (a private window, site storage turned off): the app goes on, only not offline.
		const registration = await navigator.serviceWorker.register(`${base}/service-worker.js`).catch(() => undefined);
		this.#registered(registration ?? null);
		if (!registration) return;
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
