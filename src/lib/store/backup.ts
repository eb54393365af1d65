// Backup files: the whole review log as JSON with a format name and version. Parsing is strict
// (valibot), so a malformed, truncated, foreign or future file is refused before anything is stored.
// Loaded lazily by the settings page: valibot stays out of the first load.
import * as v from 'valibot';
import { cityById } from '../data/index.ts';
import { QUESTION_KINDS } from '../quiz/types.ts';
import { dayKey } from '../srs/days.ts';
import { isPlausibleTime, MAX_CHOSEN, MAX_MS, MAX_TIME, withinLimits } from '../srs/limits.ts';
import { FACETS, REVIEW_SCHEMA_VERSION, type LogRecord } from '../srs/types.ts';
import { readJsonFile } from './backup-file.ts';
import { parseJson } from './read-json.ts';
import { pause, SLICE_MS } from './reviews.ts';

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
	/** The file could not be read at all (moved or deleted since it was chosen). */
	| { code: 'unreadable' }
	| { code: 'not-json' }
	| { code: 'wrong-format' }
	| { code: 'future-version'; version: number }
	/** Not a version any app ever wrote (1.5, a negative, 1e999): words it as it is, never as "newer". */
	| { code: 'unsupported-version'; version: string }
	| { code: 'no-reviews' }
	| { code: 'bad-review'; index: number; detail: string }
	| { code: 'duplicate-id'; index: number; id: string };

export type ParsedBackup =
	| {
			ok: true;
			reviews: LogRecord[];
			/** Records dated after the moment of import: a device clock was ahead. They are kept, and the learner told. */
			future: { count: number; latest: number };
	  }
	| { ok: false; problem: BackupProblem };

const RecordId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

/** Any time a Date can show; one outside 2000–2100 only when the record says the clock was wrong (srs/limits.ts). */
const TIME = v.pipe(v.number(), v.integer(), v.minValue(-MAX_TIME), v.maxValue(MAX_TIME));
const IMPLAUSIBLE = 'a time outside 2000–2100 not marked as a clock problem';

const ReviewSchema = v.strictObject({
	id: RecordId,
	city: v.pipe(
		v.string(),
		v.check((id) => cityById(id) !== undefined, 'unknown city')
	),
	facet: v.picklist(FACETS),
	kind: v.picklist(QUESTION_KINDS),
	rating: v.picklist([1, 2, 3, 4]),
	correct: v.boolean(),
	at: TIME,
	ms: v.pipe(v.number(), v.minValue(0), v.maxValue(MAX_MS)),
	v: v.literal(REVIEW_SCHEMA_VERSION),
	chosen: v.optional(v.pipe(v.string(), v.maxLength(MAX_CHOSEN))),
	clock: v.optional(v.picklist(['implausible', 'went-back']))
});

const VoidSchema = v.strictObject({
	id: RecordId,
	voids: RecordId,
	at: TIME,
	v: v.literal(REVIEW_SCHEMA_VERSION),
	clock: v.optional(v.literal('implausible'))
});
const CheckedReview = v.pipe(ReviewSchema, v.forward(v.check((r) => isPlausibleTime(r.at) || r.clock === 'implausible', IMPLAUSIBLE), ['at']));
const CheckedVoid = v.pipe(VoidSchema, v.forward(v.check((r) => isPlausibleTime(r.at) || r.clock === 'implausible', IMPLAUSIBLE), ['at']));

/** A record with `voids` is an Undo; anything else must be a whole answer (so its errors name the answer's fields). */
const schemaFor = (record: unknown) => (typeof record === 'object' && record !== null && 'voids' in record ? CheckedVoid : CheckedReview);

const HeaderSchema = v.object({ format: v.literal(BACKUP_FORMAT), version: v.number() });

/** Records stored before the limits existed are brought within them here, so the file always imports. */
export function makeBackup(reviews: readonly LogRecord[], now: Date): Backup {
	return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), reviews: reviews.map(withinLimits) };
}

/** Named by the learner's local date, like every other day in the app: a backup at 00:30 in UTC+8 is today's. */
export function backupFileName(now: Date): string {
	return `creative-cities-backup-${dayKey(now)}.json`;
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
	const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
	return path ? `${path}: ${issue.message}` : issue.message;
}

type CheckProgress = (done: number, total: number) => void;

/** Reads a backup file (parsed off the page's thread when it can be) and checks it: see checkBackup. */
export async function readBackup(file: Blob, now: number, progress?: CheckProgress): Promise<ParsedBackup> {
	const read = await readJsonFile(file);
	if (!read.ok) return { ok: false, problem: { code: read.problem } };
	return checkBackup(read.data, now, progress);
}

/** A backup's text, parsed and checked: see checkBackup. */
export async function parseBackup(text: string, now: number, progress?: CheckProgress): Promise<ParsedBackup> {
	const parsed = parseJson(text);
	if (!parsed.ok) return { ok: false, problem: { code: parsed.problem } };
	return checkBackup(parsed.data, now, progress);
}

/**
 * Checks a parsed backup, every record, in slices so the page stays responsive; `progress` hears how many records
 * have been checked. `now` tells which records are dated in the future.
 */
export async function checkBackup(data: unknown, now: number, progress?: CheckProgress): Promise<ParsedBackup> {
	if (!v.is(HeaderSchema, data)) {
		return { ok: false, problem: { code: 'wrong-format' } };
	}
	const { version } = data;
	if (!Number.isSafeInteger(version) || version < 1) return { ok: false, problem: { code: 'unsupported-version', version: String(version) } };
	if (version > BACKUP_VERSION) return { ok: false, problem: { code: 'future-version', version } };

	const reviews = (data as { reviews?: unknown }).reviews;
	if (!Array.isArray(reviews)) return { ok: false, problem: { code: 'no-reviews' } };
	const ids = new Set<string>();
	const future = { count: 0, latest: now };
	let sliceStart = performance.now();
	for (const [index, review] of reviews.entries()) {
		const result = v.safeParse(schemaFor(review), review);
		if (!result.success) return { ok: false, problem: { code: 'bad-review', index: index + 1, detail: describeIssue(result.issues[0]) } };
		if (ids.has(result.output.id)) return { ok: false, problem: { code: 'duplicate-id', index: index + 1, id: result.output.id } };
		ids.add(result.output.id);
		if (result.output.at > now) future.count++, (future.latest = Math.max(future.latest, result.output.at));
		if (performance.now() - sliceStart > SLICE_MS) {
			progress?.(index + 1, reviews.length);
			await pause();
			sliceStart = performance.now();
		}
	}
	return { ok: true, reviews: reviews as LogRecord[], future };
}
