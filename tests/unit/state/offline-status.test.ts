// What Settings says about offline use, followed through the service worker's life (src/lib/state/offline-status.ts).
import { expect, test } from 'vitest';
import { followOfflineStatus, type OfflineStatus, type RegistrationLike } from '../../../src/lib/state/offline-status.ts';

type Listeners = { listener: () => void; signal: AbortSignal }[];
const tell = (listeners: Listeners) => listeners.filter(({ signal }) => !signal.aborted).forEach(({ listener }) => listener());

/** A worker whose state the test moves on, as the browser does, telling whoever still listens. */
function worker(state: ServiceWorkerState) {
	const listeners: Listeners = [];
	return {
		state,
		addEventListener: (_type: string, listener: () => void, { signal }: { signal: AbortSignal }) =>
			void listeners.push({ listener, signal }),
		moveTo(next: ServiceWorkerState) {
			this.state = next;
			tell(listeners);
		}
	};
}

function registration(parts: Partial<Pick<RegistrationLike, 'active' | 'installing' | 'waiting'>>) {
	const updateListeners: Listeners = [];
	return {
		active: null,
		installing: null,
		waiting: null,
		...parts,
		addEventListener: (_type: 'updatefound', listener: () => void, { signal }: { signal: AbortSignal }) =>
			void updateListeners.push({ listener, signal }),
		updateFound: () => tell(updateListeners)
	};
}

function follow(of: RegistrationLike, signal = new AbortController().signal) {
	const said: OfflineStatus[] = [];
	followOfflineStatus(of, (status) => said.push(status), signal);
	return said;
}

test('a first visit says the app is being stored, then that it works offline once the worker is active', () => {
	const installing = worker('installing');
	const first = registration({ installing });
	const said = follow(first);
	expect(said).toEqual(['preparing']);
	// The browser moves the worker from installing to waiting, then makes it the active one.
	first.installing = null;
	first.waiting = installing;
	installing.moveTo('installed');
	expect(said.at(-1)).toBe('preparing');
	first.waiting = null;
	first.active = installing;
	installing.moveTo('activating');
	expect(said.at(-1)).toBe('ready');
});

test('a returning visit works offline at once, and stays so while a new version installs', () => {
	const returning = registration({ active: worker('activated') });
	const said = follow(returning);
	expect(said).toEqual(['ready']);
	returning.installing = worker('installing');
	returning.updateFound();
	expect(said.at(-1)).toBe('ready');
});

test('a first install given up (a full disk) says so instead of "storing" for ever', () => {
	const installing = worker('installing');
	const first = registration({ installing });
	const said = follow(first);
	// The browser clears the registration's installing worker before telling it is redundant.
	first.installing = null;
	installing.moveTo('redundant');
	expect(said).toEqual(['preparing', 'failed']);
});

test('once Settings is left, nothing more is reported', () => {
	const installing = worker('installing');
	const first = registration({ installing });
	const leaving = new AbortController();
	const said = follow(first, leaving.signal);
	leaving.abort();
	first.active = installing;
	installing.moveTo('activating');
	first.updateFound();
	expect(said).toEqual(['preparing']);
});
