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
