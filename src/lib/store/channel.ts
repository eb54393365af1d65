// Tells other open tabs what changed, so every tab shows the same progress and settings.
import type { LogRecord } from '../srs/types.ts';

export type ReviewsMessage =
	| { type: 'review'; record: LogRecord }
	// An import (how many answers it added) or a reset: too much to send, so other tabs read the store again.
	| { type: 'merged'; added: number }
	| { type: 'reset' };

export type SettingsMessage = { type: 'settings' };

export interface Channel<T> {
	post(message: T): void;
	close(): void;
}

/** One channel per kind of data, so each state hears only its own messages. */
export function openChannel<T>(name: 'reviews' | 'settings', onMessage: (message: T) => void): Channel<T> {
	if (typeof BroadcastChannel === 'undefined') return { post() {}, close() {} };
	const channel = new BroadcastChannel(`creative-cities-${name}`);
	channel.onmessage = (event: MessageEvent<T>) => onMessage(event.data);
	return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
