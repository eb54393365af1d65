// Whether this browser keeps the app for use with the network off. The service worker stores every page when it
// installs; a private window or site data turned off can refuse it, and a full disk can fail its install. A learner
// should know before going offline, not find out there.

/** `checking` until the service worker's registration has answered (nothing is said then). */
export type OfflineStatus = 'checking' | 'preparing' | 'ready' | 'refused' | 'unsupported' | 'failed';

/** A service worker, as far as this listens to it. */
interface ServiceWorkerLike {
	addEventListener(type: 'statechange', listener: () => void, options: { signal: AbortSignal }): void;
}

/** The parts of a ServiceWorkerRegistration this reads. */
export interface RegistrationLike {
	active: ServiceWorkerLike | null;
	installing: ServiceWorkerLike | null;
	waiting: ServiceWorkerLike | null;
	addEventListener(type: 'updatefound', listener: () => void, options: { signal: AbortSignal }): void;
}

/**
 * Reports the offline status of `registration` now and each time it changes, until `signal` aborts: ready once a worker
 * is active (it has stored the pages: a worker activates only after its install has), failed when the first install
 * is given up.
 */
export function followOfflineStatus(
	registration: RegistrationLike,
	report: (status: OfflineStatus) => void,
	signal: AbortSignal
): void {
	const settle = () => {
		if (registration.active) report('ready');
		else if (!registration.installing && !registration.waiting) report('failed');
		else report('preparing');
	};
	const watch = (worker: ServiceWorkerLike | null) => worker?.addEventListener('statechange', settle, { signal });
	watch(registration.installing);
	watch(registration.waiting);
	registration.addEventListener(
		'updatefound',
		() => {
			watch(registration.installing);
			settle();
		},
		{ signal }
	);
	settle();
}
