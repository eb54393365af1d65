// A backup file read and parsed as JSON: in a worker (backup-reader.worker.ts), so that a big file does not freeze
// the page, or here when no worker can start (its file gone after an update in another tab, or not cached offline).
import { readJson, type ReadJson } from './read-json.ts';

export type FromBackupReader =
	| { type: 'unreadable' }
	| { type: 'not-json' }
	| { type: 'header'; format: unknown; version: unknown; hasReviews: boolean }
	| { type: 'records'; records: unknown[] }
	| { type: 'done' };

function readInWorker(file: Blob, worker: Worker): Promise<ReadJson> {
	return new Promise((resolve) => {
		let header: { format: unknown; version: unknown; reviews?: unknown[] } = { format: undefined, version: undefined };
		let finished = false;
		const finish = (result: () => ReadJson | Promise<ReadJson>) => {
			if (finished) return;
			finished = true;
			worker.terminate();
			resolve(result());
		};
		worker.onmessage = ({ data: message }: MessageEvent<FromBackupReader>) => {
			switch (message.type) {
				case 'unreadable':
				case 'not-json':
					return finish(() => ({ ok: false, problem: message.type }));
				case 'header':
					header = { format: message.format, version: message.version, reviews: message.hasReviews ? [] : undefined };
					return;
				case 'records':
					for (const record of message.records) header.reviews?.push(record);
					return;
				case 'done':
					return finish(() => ({ ok: true, data: header }));
			}
		};
		// The worker's own file could not load (or it failed), or one of its messages could not be received: the page
		// reads the file itself, from the start, rather than wait for a message that will never come.
		worker.onerror = (event) => {
			event.preventDefault();
			finish(() => readJson(file));
		};
		worker.onmessageerror = () => finish(() => readJson(file));
		worker.postMessage(file);
	});
}

/** The file's JSON: what JSON.parse would give, but for a backup only the fields the checks read. */
export function readJsonFile(file: Blob): Promise<ReadJson> {
	let worker: Worker;
	try {
		worker = new Worker(new URL('./backup-reader.worker.ts', import.meta.url));
	} catch {
		return readJson(file);
	}
	return readInWorker(file, worker);
}
