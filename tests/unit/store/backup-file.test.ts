// The backup file's reader: what the worker sends back becomes the page's reading of the file, and when the worker
// fails (its code gone after an update, or a message the page cannot receive) the page reads the file itself.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readJsonFile, type FromBackupReader } from '../../../src/lib/store/backup-file.ts';

type Scripted = FromBackupReader | 'error' | 'messageerror';

/** Workers that answer a posted file with the given messages, in order, each in its own task, as a real one does. */
function stubWorker(script: Scripted[]) {
	const started: { terminated: boolean }[] = [];
	class ScriptedWorker {
		onmessage: ((event: MessageEvent) => void) | null = null;
		onerror: ((event: { preventDefault(): void }) => void) | null = null;
		onmessageerror: (() => void) | null = null;
		terminated = false;
		constructor() {
			started.push(this);
		}
		postMessage() {
			script.forEach((step, i) =>
				setTimeout(() => {
					if (this.terminated) return;
					if (step === 'error') this.onerror?.({ preventDefault() {} });
					else if (step === 'messageerror') this.onmessageerror?.();
					else this.onmessage?.({ data: step } as MessageEvent);
				}, i)
			);
		}
		terminate() {
			this.terminated = true;
		}
	}
	vi.stubGlobal('Worker', ScriptedWorker);
	return started;
}

const backup = { format: 'creative-cities-backup', version: 1, reviews: [{ a: 1 }, { a: 2 }, { a: 3 }] };
const file = new Blob([JSON.stringify(backup)], { type: 'application/json' });

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('readJsonFile', () => {
	it('puts the batches the worker sends back together, and stops the worker', async () => {
		const workers = stubWorker([
			{ type: 'header', format: backup.format, version: backup.version, hasReviews: true },
			{ type: 'records', records: backup.reviews.slice(0, 2) },
			{ type: 'records', records: backup.reviews.slice(2) },
			{ type: 'done' }
		]);
		expect(await readJsonFile(file)).toEqual({ ok: true, data: backup });
		expect(workers.map((worker) => worker.terminated)).toEqual([true]);
	});

	it('says the file is not JSON when the worker says so', async () => {
		stubWorker([{ type: 'not-json' }]);
		expect(await readJsonFile(file)).toEqual({ ok: false, problem: 'not-json' });
	});

	it('reads the file in the page when the worker fails to start', async () => {
		const workers = stubWorker(['error']);
		expect(await readJsonFile(file)).toEqual({ ok: true, data: backup });
		expect(workers[0]?.terminated).toBe(true);
	});

	it('reads the whole file in the page when a message from the worker cannot be received, instead of waiting', async () => {
		const workers = stubWorker([
			{ type: 'header', format: backup.format, version: backup.version, hasReviews: true },
			{ type: 'records', records: backup.reviews.slice(0, 2) },
			'messageerror'
		]);
		expect(await readJsonFile(file)).toEqual({ ok: true, data: backup });
		expect(workers[0]?.terminated).toBe(true);
	});

	it('reads the file in the page where no worker can be made', async () => {
		vi.stubGlobal(
			'Worker',
			class {
				constructor() {
					throw new Error('no workers here');
				}
			}
		);
		expect(await readJsonFile(new Blob(['{"format": 1'], { type: 'application/json' }))).toEqual({ ok: false, problem: 'not-json' });
	});
});
