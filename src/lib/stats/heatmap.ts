// Reviews per day over the last year, laid out as a calendar: one column per week, Monday on top.
import { addDays, dayKey, dayStart, type DayCounts } from '../srs/days.ts';

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

/** `counts`: answers per local day (countByDay of the log). */
export function reviewsPerDay(counts: DayCounts, now: Date, days = 365): DayCount[] {
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

export function heatmap(counts: DayCounts, now: Date, days = 365): Heatmap {
	const perDay = reviewsPerDay(counts, now, days);
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

/** The latest `count` week columns, today's last: what fits on a small screen. */
export function latestWeeks(calendar: Heatmap, count: number): Heatmap['weeks'] {
	return calendar.weeks.slice(-Math.max(1, count));
}

/** The columns where a month begins, with that month's first day (`YYYY-MM-01`): the labels above the calendar. */
export function monthStarts(weeks: Heatmap['weeks']): { column: number; date: string }[] {
	return weeks.flatMap((week, column) => {
		const first = week.find((day) => day?.date.endsWith('-01'));
		return first ? [{ column, date: first.date }] : [];
	});
}

/** The range of daily counts each colour stands for, for the legend; a level no count can reach is left out. */
export function levelRanges(max: number): { level: DayCount['level']; from: number; to: number }[] {
	const ranges: { level: DayCount['level']; from: number; to: number }[] = [{ level: 0, from: 0, to: 0 }];
	for (let k = 1; k <= 4 && max > 0; k++) {
		// The inverse of level(): counts with ceil(4 × count / max) = k.
		const from = Math.floor(((k - 1) * max) / 4) + 1;
		const to = Math.floor((k * max) / 4);
		if (from <= to) ranges.push({ level: k as DayCount['level'], from, to });
	}
	return ranges;
}
