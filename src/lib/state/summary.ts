// The snapshot's summary as the reviews state reads and keeps it: card states, what a round's plan needs and the
// answers per day, derived from exactly the records of the snapshot. Loaded on demand, so it stays off the first load of every page.
import { planHistory, type PlanHistory } from '$lib/play/history';
import { countByDay } from '$lib/srs/days';
import type { CardStates } from '$lib/srs/replay';
import type { LogRecord, ReviewRecord } from '$lib/srs/types';
import { keepSnapshot, readSummary } from '$lib/store/snapshot';

export interface Summary {
	states: CardStates;
	history: PlanHistory;
	/** Answers per local day: the streak, the calendar and today's count. */
	days: Map<string, number>;
}

/** The summary, when it was made from the records the log holds now. */
export const readFreshSummary = (): Promise<Summary | undefined> => readSummary<Summary>();

/** What the state holds once all of it is stored and the states are derived from it; else undefined. */
export type Current = () => { records: readonly LogRecord[]; log: readonly ReviewRecord[]; states: CardStates } | undefined;

/** Keeps the snapshot and its summary up to date (see keepSnapshot for when). */
export function keepSummary(current: Current): void {
	keepSnapshot<Summary>(() => {
		const now = current();
		return now && { records: now.records, summary: { states: now.states, history: planHistory(now.log), days: countByDay(now.log) } };
	});
}
