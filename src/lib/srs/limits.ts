// What a record may hold, in one place for the record the app makes and for the backup import that checks it, so
// a backup of what the app stored always restores. Tiny and free of libraries: it runs with every answer.
import { DAY_MS } from './days.ts';
import type { LogRecord } from './types.ts';

/** 2000-01-01 to 2100-01-01 (UTC): an answer time outside is a wrong device clock, not a real time. */
export const PLAUSIBLE_FROM = 946_684_800_000;
export const PLAUSIBLE_TO = 4_102_444_800_000;
/** The furthest time a Date can hold either side of 1970. */
export const MAX_TIME = 8.64e15;
/** An answer that took longer than a day is an answer left open overnight: a day says as much. */
export const MAX_MS = DAY_MS;
export const MAX_CHOSEN = 200;

/** Why a time in a record is odd: the device clock read outside PLAUSIBLE_*, or went back during the question. */
export type ClockProblem = 'implausible' | 'went-back';

export const isPlausibleTime = (at: number) => at >= PLAUSIBLE_FROM && at <= PLAUSIBLE_TO;

/** The record brought within the limits, with what the clock did wrong noted rather than the record refused later. */
export function withinLimits<T extends LogRecord>(record: T): T {
	const out: T & { ms?: number; chosen?: string; clock?: ClockProblem } = { ...record };
	out.at = Number.isFinite(record.at) ? Math.round(Math.max(-MAX_TIME, Math.min(MAX_TIME, record.at))) : 0;
	if ('ms' in record) {
		if (record.ms < 0) out.clock = 'went-back';
		out.ms = Number.isNaN(record.ms) ? 0 : Math.max(0, Math.min(MAX_MS, record.ms));
	}
	if ('chosen' in record && typeof record.chosen === 'string' && record.chosen.length > MAX_CHOSEN) {
		// Cut on a whole character: a lone half of a surrogate pair is not text.
		out.chosen = record.chosen.slice(0, MAX_CHOSEN).replace(/[\uD800-\uDBFF]$/, '');
	}
	if (!isPlausibleTime(out.at)) out.clock = 'implausible';
	return out;
}
