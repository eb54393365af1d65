// Reads and parses a backup file off the page's thread: parsing the 14 MB of a 100,000-answer backup took a quarter
// of a second in one task, a freeze the learner feels. The records come back in batches, each its own message, so
// that the page takes them in short tasks too. The checks stay in the page (backup.ts), as for a file read there.
import type { FromBackupReader } from './backup-file.ts';
import { readJson } from './read-json.ts';

/** Records per message: a few milliseconds for the page to take in. */
const BATCH = 2000;

const post = (message: FromBackupReader) => postMessage(message);

onmessage = async ({ data: file }: MessageEvent<Blob>) => {
	const read = await readJson(file);
	if (!read.ok) return post({ type: read.problem });
	const { data } = read;
	// Only what the checks read goes back: a foreign file's other contents are no use to the page.
	const { format, version, reviews } = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
	post({ type: 'header', format, version, hasReviews: Array.isArray(reviews) });
	if (Array.isArray(reviews)) {
		for (let i = 0; i < reviews.length; i += BATCH) post({ type: 'records', records: reviews.slice(i, i + BATCH) });
	}
	post({ type: 'done' });
};
