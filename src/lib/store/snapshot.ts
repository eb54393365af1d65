// A copy of the review log in a few IndexedDB values, so that a start reads a few values instead of one per answer:
// Chromium takes seconds to read 50,000 separate records, and a tenth of that to read them as ten values. Not as
// one: a value read is made into objects on the page's thread in one task, and 50,000 records in one value took
// 45 ms there on a quiet machine (twice that on a busy one, four times for 100,000); a part takes a tenth.
// A cache, never the source of truth: it is used only when it was made from exactly the records the log holds now
// (the same count, the same first and last id: the log only grows, and only a reset empties it), and is made again
// from the log otherwise. The log itself (src/lib/store/reviews.ts) is written and read as before.
// Beside it, a summary: what the state layer derived from those same records (card states, what a round's plan
// needs), a few hundred entries. Reading 50,000 records takes Chromium about half a second even in ten values, so a
// quiz starts from the summary and the records follow.
import { createStore, get, promisifyRequest, type UseStore } from 'idb-keyval';
import { appStore } from './early-open.ts';
import type { LogRecord } from '../srs/types.ts';
import { REVIEWS_DB, REVIEWS_STORE, type ReviewLog } from './reviews.ts';

export const SNAPSHOT_DB = 'creative-cities-snapshot';
const KEY = 'log';
const SUMMARY_KEY = 'summary';
const partKey = (index: number) => `log-${index}`;
/** Made again when what is derived changes (the scheduler's parameters, the summary's shape): bump it then. */
const VERSION = 3;
/** Records per value: about a megabyte, which the browser reads in tens of milliseconds. */
export const PART = 5000;

/** What identifies the set of records in the log, read without reading the records. */
interface Signature {
	count: number;
	first: string | null;
	last: string | null;
}

interface Snapshot extends Signature {
	v: number;
	/** The records are in `parts` values, each marked `made` like this one. */
	parts: number;
	made: string;
}

interface Part {
	made: string;
	records: readonly LogRecord[];
}

interface StoredSummary<T> extends Signature {
	v: number;
	summary: T;
}

export interface SnapshotStores {
	reviews: UseStore;
	snapshot: UseStore;
}

let defaults: SnapshotStores | undefined;
const defaultStores = () => (defaults ??= { reviews: appStore(REVIEWS_DB, REVIEWS_STORE), snapshot: createStore(SNAPSHOT_DB, 'snapshot') });

/** The signature of records held in memory; ids compare as IndexedDB orders string keys (by code unit). */
function signatureOf(records: readonly LogRecord[]): Signature {
	let first: string | null = null;
	let last: string | null = null;
	for (const { id } of records) {
		if (first === null || id < first) first = id;
		if (last === null || id > last) last = id;
	}
	return { count: records.length, first, last };
}

const same = (a: Signature | undefined, b: Signature) => !!a && a.count === b.count && a.first === b.first && a.last === b.last;

/** Count and first and last key of the log, in one transaction: cheap whatever its length. */
function storedSignature(reviews: UseStore): Promise<Signature> {
	return reviews('readonly', (store) => {
		const count = promisifyRequest(store.count());
		const first = promisifyRequest(store.openKeyCursor());
		const last = promisifyRequest(store.openKeyCursor(null, 'prev'));
		return Promise.all([count, first, last]).then(([count, first, last]) => ({
			count,
			first: first ? String(first.key) : null,
			last: last ? String(last.key) : null
		}));
	});
}

/** Per store pair: the signature the snapshot is known to have, so an unchanged log is not written again. */
const known = new WeakMap<UseStore, Signature>();

/** The log's records from the snapshot, or undefined when there is none, it was made from other records or is being made again. */
export async function readSnapshot(stores: SnapshotStores = defaultStores()): Promise<LogRecord[] | undefined> {
	const [signature, snapshot] = await Promise.all([storedSignature(stores.reviews), get<Snapshot>(KEY, stores.snapshot)]);
	if (!snapshot || snapshot.v !== VERSION || !same(snapshot, signature)) return undefined;
	const records: LogRecord[] = [];
	for (let index = 0; index < snapshot.parts; index++) {
		// Each part in a read of its own, so that other pages' reads are answered between them.
		const part = await get<Part>(partKey(index), stores.snapshot);
		// Another tab made the snapshot again meanwhile: this one is no longer whole.
		if (part?.made !== snapshot.made) return undefined;
		for (const record of part.records) records.push(record);
	}
	known.set(stores.snapshot, signature);
	return records;
}

/** The summary made with the snapshot, or undefined when there is none or the log has changed since. */
export async function readSummary<T>(stores: SnapshotStores = defaultStores()): Promise<T | undefined> {
	const [signature, stored] = await Promise.all([storedSignature(stores.reviews), get<StoredSummary<T>>(SUMMARY_KEY, stores.snapshot)]);
	if (!stored || stored.v !== VERSION || !same(stored, signature)) return undefined;
	return stored.summary;
}

/**
 * Stores `records` (all of them stored in the log already) as the snapshot, with `summary`, derived from exactly
 * these records, unless it holds them already. Both in one transaction: never one without the other.
 */
export async function writeSnapshot<T>(records: readonly LogRecord[], summary: T, stores: SnapshotStores = defaultStores()): Promise<void> {
	const signature = signatureOf(records);
	if (same(known.get(stores.snapshot), signature)) return;
	const made = `${Date.now()}-${Math.random()}`;
	const parts = Math.ceil(records.length / PART);
	await stores.snapshot('readwrite', (store) => {
		// A longer log's snapshot may have had more parts: none is left behind.
		store.clear();
		for (let index = 0; index < parts; index++) {
			store.put({ made, records: records.slice(index * PART, (index + 1) * PART) } satisfies Part, partKey(index));
		}
		store.put({ v: VERSION, ...signature, parts, made } satisfies Snapshot, KEY);
		store.put({ v: VERSION, ...signature, summary } satisfies StoredSummary<T>, SUMMARY_KEY);
		return promisifyRequest(store.transaction);
	});
	known.set(stores.snapshot, signature);
}

/** The log, read from the snapshot when it is fresh; a snapshot that cannot be read is no reason to fail. */
export function withSnapshot(log: ReviewLog, stores?: SnapshotStores): ReviewLog {
	return { ...log, load: async () => (await readSnapshot(stores).catch(() => undefined)) ?? log.load() };
}

/**
 * Keeps the snapshot up to date: once the page is idle after a start (made again if the log was read record by
 * record), and whenever the page is hidden (the learner leaves or switches away), not after every answer, which
 * would copy the whole log each time. `stored` gives the records and their summary once all of them are stored and
 * the summary is derived from them, else undefined.
 */
export function keepSnapshot<T>(stored: () => { records: readonly LogRecord[]; summary: T } | undefined): void {
	if (typeof indexedDB === 'undefined' || typeof document === 'undefined') return;
	const save = () => {
		const now = stored();
		if (now) writeSnapshot(now.records, now.summary).catch(() => {});
	};
	setTimeout(save, 2_000);
	document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && save());
	addEventListener('pagehide', save);
}
