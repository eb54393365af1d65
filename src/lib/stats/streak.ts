// Days in a row with at least one answer, ending today — or yesterday, so a streak is not lost before today's play.
import { addDays, countByDay, dayKey, dayStart } from '../srs/days.ts';
import type { ReviewRecord } from '../srs/types.ts';

export function dayStreak(reviews: readonly ReviewRecord[], now: Date): number {
	const days = countByDay(reviews);
	let day = dayStart(now);
	if (!days.has(dayKey(day))) day = addDays(day, -1);
	let streak = 0;
	while (days.has(dayKey(day))) {
		streak++;
		day = addDays(day, -1);
	}
	return streak;
}
