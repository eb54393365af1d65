// Answers wait here, in memory, until the log has taken them: one drain at a time, oldest first, each record
// once. A failed write stops the drain and keeps the rest for the next one (the next answer, or "Try again").
import type { LogRecord } from '../srs/types.ts';

export interface WriteQueue {
	/** Answers not stored yet, oldest first. */
	readonly pending: readonly LogRecord[];
	push(record: LogRecord): void;
	/** Writes everything pending; while a drain runs, a second call joins it instead of starting another. */
	drain(): Promise<void>;
	/** Forgets what waits: a reset deletes every answer, stored or not. */
	clear(): void;
}

export interface WriteEvents {
	saved(record: LogRecord): void;
	failed(error: unknown): void;
}

/** Another tab, or an earlier drain that was cut short, stored this record already: it is saved, not failed. */
function isAlreadyStored(error: unknown): boolean {
	return error instanceof DOMException && error.name === 'ConstraintError';
}

export function createWriteQueue(append: (record: LogRecord) => Promise<void>, events: WriteEvents): WriteQueue {
	const pending: LogRecord[] = [];
	let running: Promise<void> | null = null;

	async function run() {
		while (pending.length > 0) {
			const record = pending[0]!;
			try {
				await append(record);
			} catch (error) {
				if (!isAlreadyStored(error)) return events.failed(error);
			}
			// A reset may have emptied the queue meanwhile, and a new answer may already wait at its head.
			if (pending[0] === record) pending.shift();
			events.saved(record);
		}
	}

	return {
		get pending() {
			return pending;
		},
		push(record) {
			pending.push(record);
		},
		drain() {
			running ??= run().finally(() => (running = null));
			return running;
		},
		clear() {
			pending.length = 0;
		}
	};
}
