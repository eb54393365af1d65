// Reviews per day over the last year, laid out as a calendar: one column per week, Monday on top.
import { addDays, countByDay, dayKey, dayStart } from '../srs/days.ts';
import type { ReviewRecord } from '../srs/types.ts';

export interface DayCount {
	/** Local date, `YYYY-MM-DD`. */
	date: string;
	count: number;
	/** 0 (none) to 4 (busiest), relative to the busiest day. */
	level: 0 | 1 | 2 | 3 | 4;
}

export interface Heatmap {
	/** Columns of seven days (Monday first); the first column may start with nulls before the first day. */
	weeks: (DayCount | null)[][];
	total: number;
	activeDays: number;
	max: number;
}

export function reviewsPerDay(reviews: readonly ReviewRecord[], now: Date, days = 365): DayCount[] {
	const counts = countByDay(reviews);
	const first = addDays(dayStart(now), -(days - 1));
	const result = Array.from({ length: days }, (_, i) => {
		const date = dayKey(addDays(first, i));
		return { date, count: counts.get(date) ?? 0 };
	});
	const max = Math.max(0, ...result.map((d) => d.count));
	return result.map((d) => ({ ...d, level: level(d.count, max) }));
}

function level(count: number, max: number): DayCount['level'] {
	if (count === 0 || max === 0) return 0;
	return Math.min(4, Math.ceil((4 * count) / max)) as DayCount['level'];
}

export function heatmap(reviews: readonly ReviewRecord[], now: Date, days = 365): Heatmap {
	const perDay = reviewsPerDay(reviews, now, days);
	const firstWeekday = (addDays(dayStart(now), -(days - 1)).getDay() + 6) % 7; // Monday = 0
	const cells: (DayCount | null)[] = [...Array<null>(firstWeekday).fill(null), ...perDay];
	const weeks: (DayCount | null)[][] = [];
	for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
	return {
		weeks,
		total: perDay.reduce((sum, d) => sum + d.count, 0),
		activeDays: perDay.filter((d) => d.count > 0).length,
		max: Math.max(0, ...perDay.map((d) => d.count))
	};
}
