// A file read as JSON, with the two ways it can fail told apart. Shared by the backup reader's worker and the page
// (backup-file.ts), which reads the file itself when no worker can start; imports nothing, so the worker stays small.

export type ReadJson = { ok: true; data: unknown } | { ok: false; problem: 'unreadable' | 'not-json' };

export function parseJson(text: string): ReadJson {
	try {
		return { ok: true, data: JSON.parse(text) };
	} catch {
		return { ok: false, problem: 'not-json' };
	}
}

export async function readJson(file: Blob): Promise<ReadJson> {
	let text: string;
	try {
		text = await file.text();
	} catch {
		return { ok: false, problem: 'unreadable' };
	}
	return parseJson(text);
}
