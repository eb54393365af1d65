// Days in a row with at least one answer, ending today — or yesterday, so a streak is not lost before today's play.
import { addDays, dayKey, dayStart, type DayCounts } from '../srs/days.ts';

/** `days`: answers per local day (countByDay of the log). */
export function dayStreak(days: DayCounts, now: Date): number {
	let day = dayStart(now);
	if (!days.has(dayKey(day))) day = addDays(day, -1);
	let streak = 0;
	while (days.has(dayKey(day))) {
		streak++;
		day = addDays(day, -1);
	}
	return streak;
}
