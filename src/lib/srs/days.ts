// Calendar days in the learner's local time: "today" starts at local midnight.

export const DAY_MS = 86_400_000;

export function dayStart(now: Date): Date {
	return new Date(now.getFullYear(), now.getMonth(), now.getDate());
}

/** Local calendar date as `YYYY-MM-DD`. */
export function dayKey(date: Date): string {
	const month = String(date.getMonth() + 1).padStart(2, '0');
	const day = String(date.getDate()).padStart(2, '0');
	return `${date.getFullYear()}-${month}-${day}`;
}

export function addDays(date: Date, days: number): Date {
	return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** Answers per local calendar day, `YYYY-MM-DD` → count. */
export type DayCounts = ReadonlyMap<string, number>;

/** `from` plus `more`, day by day (neither changed). */
export function addDayCounts(from: DayCounts, more: DayCounts): Map<string, number> {
	const sum = new Map(from);
	for (const [day, count] of more) sum.set(day, (sum.get(day) ?? 0) + count);
	return sum;
}

/**
 * Answers per local calendar day (`YYYY-MM-DD`). Any order counts right; a log in time order (as the app keeps it)
 * costs one date per day rather than one per answer, which is what a long history needs.
 */
export function countByDay(records: Iterable<{ at: number }>): Map<string, number> {
	const counts = new Map<string, number>();
	let from = Infinity;
	let to = -Infinity;
	let key = '';
	let count = 0;
	for (const { at } of records) {
		if (at < from || at >= to) {
			if (count > 0) counts.set(key, (counts.get(key) ?? 0) + count);
			const day = dayStart(new Date(at));
			from = day.getTime();
			to = addDays(day, 1).getTime();
			key = dayKey(day);
			count = 0;
		}
		count++;
	}
	if (count > 0) counts.set(key, (counts.get(key) ?? 0) + count);
	return counts;
}
