// Tells other open tabs about new answers, imports and resets, so every tab shows the same progress.
import type { ReviewRecord } from '../srs/types.ts';

export type ProgressMessage =
	| { type: 'review'; record: ReviewRecord }
	| { type: 'settings' }
	// An import or a reset: everything is read again.
	| { type: 'reload' };

const NAME = 'creative-cities';

export interface ProgressChannel {
	post(message: ProgressMessage): void;
	close(): void;
}

export function openProgressChannel(onMessage: (message: ProgressMessage) => void): ProgressChannel {
	if (typeof BroadcastChannel === 'undefined') return { post() {}, close() {} };
	const channel = new BroadcastChannel(NAME);
	channel.onmessage = (event: MessageEvent<ProgressMessage>) => onMessage(event.data);
	return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
