// What the scheduler works on: cards, and the review records of the log. Imports nothing of the app but the
// names of the question kinds, so every layer can use these types without an import cycle.
import type { QuestionKind } from '../quiz/kinds.ts';

/** What a card tests about a city: its creative field, its country, or its place on the map. */
export type Facet = 'field' | 'country' | 'place';

export const FACETS: readonly Facet[] = ['field', 'country', 'place'];

/** A card is one (city, facet) pair; the scheduler reviews cards, questions test them. */
export interface Card {
	city: string;
	facet: Facet;
}

/** ts-fsrs ratings: Again 1, Hard 2, Good 3, Easy 4. */
export type Grade = 1 | 2 | 3 | 4;

/** Schema version of review records and backups. */
export const REVIEW_SCHEMA_VERSION = 1;

/**
 * One answer, appended once and never changed. The review log is the single source of truth:
 * card states, queues, mastery and stats are all derived by replaying it.
 */
export interface ReviewRecord {
	/** Unique id (a UUID), also the record's IndexedDB key, so concurrent appends never collide. */
	id: string;
	city: string;
	facet: Facet;
	kind: QuestionKind;
	rating: Grade;
	correct: boolean;
	/** When the answer was given, epoch milliseconds. */
	at: number;
	/** Time from the question being shown to the answer, milliseconds. */
	ms: number;
	/** Schema version, REVIEW_SCHEMA_VERSION. */
	v: number;
	/** The option id (field, city or country) or typed text the learner gave, for learning what they confuse. */
	chosen?: string;
	/** Set when the device clock was wrong as the answer was given (see srs/limits.ts): the time is kept, and noted. */
	clock?: 'implausible' | 'went-back';
}

/**
 * Takes back an earlier answer (Undo), appended like any record: the log stays append-only, a backup carries the
 * void, and a merge stays a union by id. Replay, mastery, queues and stats skip the answer it names.
 */
export interface VoidRecord {
	id: string;
	/** The id of the answer taken back. */
	voids: string;
	/** When it was taken back, epoch milliseconds. */
	at: number;
	v: number;
	clock?: 'implausible';
}

/** What the log holds: answers, and the voids that take some of them back. */
export type LogRecord = ReviewRecord | VoidRecord;

export function isVoid(record: LogRecord): record is VoidRecord {
	return 'voids' in record;
}

/** The answers that count: every answer no void record takes back. */
export function countedAnswers(records: readonly LogRecord[]): ReviewRecord[] {
	const voided = new Set<string>();
	for (const record of records) if (isVoid(record)) voided.add(record.voids);
	return records.filter((r): r is ReviewRecord => !isVoid(r) && !voided.has(r.id));
}
