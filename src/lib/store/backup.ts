// Backup files: the whole review log as JSON with a format name and version. Parsing is strict
// (valibot), so a malformed, truncated, foreign or future file is refused before anything is stored.
// Loaded lazily by the settings page: valibot stays out of the first load.
import * as v from 'valibot';
import { cityById } from '../data/index.ts';
import { QUESTION_KINDS } from '../quiz/types.ts';
import { dayKey } from '../srs/days.ts';
import { REVIEW_SCHEMA_VERSION, type LogRecord } from '../srs/types.ts';

export const BACKUP_FORMAT = 'creative-cities-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
	format: typeof BACKUP_FORMAT;
	version: number;
	exportedAt: string;
	/** Answers and the voids that take some back (Undo), as the log holds them. */
	reviews: LogRecord[];
}

/** Why a file was refused, for the interface to word in the learner's language. */
export type BackupProblem =
	| { code: 'not-json' }
	| { code: 'wrong-format' }
	| { code: 'future-version'; version: number }
	| { code: 'unsupported-version'; version: number }
	| { code: 'no-reviews' }
	| { code: 'bad-review'; index: number; detail: string }
	| { code: 'duplicate-id'; index: number; id: string };

export type ParsedBackup = { ok: true; reviews: LogRecord[] } | { ok: false; problem: BackupProblem };

// 2000-01-01 to 2100-01-01: anything outside is not a real answer time.
const RecordId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

const PLAUSIBLE_TIME = v.pipe(v.number(), v.integer(), v.minValue(946_684_800_000), v.maxValue(4_102_444_800_000));

const ReviewSchema = v.strictObject({
	id: RecordId,
	city: v.pipe(
		v.string(),
		v.check((id) => cityById(id) !== undefined, 'unknown city')
	),
	facet: v.picklist(['field', 'country']),
	kind: v.picklist(QUESTION_KINDS),
	rating: v.picklist([1, 2, 3, 4]),
	correct: v.boolean(),
	at: PLAUSIBLE_TIME,
	ms: v.pipe(v.number(), v.minValue(0)),
	v: v.literal(REVIEW_SCHEMA_VERSION),
	chosen: v.optional(v.pipe(v.string(), v.maxLength(200)))
});

const VoidSchema = v.strictObject({ id: RecordId, voids: RecordId, at: PLAUSIBLE_TIME, v: v.literal(REVIEW_SCHEMA_VERSION) });

/** A record with `voids` is an Undo; anything else must be a whole answer (so its errors name the answer's fields). */
const schemaFor = (record: unknown) => (typeof record === 'object' && record !== null && 'voids' in record ? VoidSchema : ReviewSchema);

const HeaderSchema = v.object({ format: v.literal(BACKUP_FORMAT), version: v.number() });

export function makeBackup(reviews: readonly LogRecord[], now: Date): Backup {
	return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), reviews: [...reviews] };
}

/** Named by the learner's local date, like every other day in the app: a backup at 00:30 in UTC+8 is today's. */
export function backupFileName(now: Date): string {
	return `creative-cities-backup-${dayKey(now)}.json`;
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
	const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
	return path ? `${path}: ${issue.message}` : issue.message;
}

export function parseBackup(text: string): ParsedBackup {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, problem: { code: 'not-json' } };
	}
	if (!v.is(HeaderSchema, data)) {
		return { ok: false, problem: { code: 'wrong-format' } };
	}
	if (data.version > BACKUP_VERSION) {
		return { ok: false, problem: { code: 'future-version', version: data.version } };
	}
	if (data.version !== BACKUP_VERSION) return { ok: false, problem: { code: 'unsupported-version', version: data.version } };

	const reviews = (data as { reviews?: unknown }).reviews;
	if (!Array.isArray(reviews)) return { ok: false, problem: { code: 'no-reviews' } };
	const ids = new Set<string>();
	for (const [index, review] of reviews.entries()) {
		const result = v.safeParse(schemaFor(review), review);
		if (!result.success) return { ok: false, problem: { code: 'bad-review', index: index + 1, detail: describeIssue(result.issues[0]) } };
		if (ids.has(result.output.id)) return { ok: false, problem: { code: 'duplicate-id', index: index + 1, id: result.output.id } };
		ids.add(result.output.id);
	}
	return { ok: true, reviews: reviews as LogRecord[] };
}
