import { countByDay } from '../../../src/lib/srs/days.ts';
import { describe, expect, it } from 'vitest';
import type { DueDay } from '../../../src/lib/stats/index.ts';
import { forecastChart, heatmap, latestWeeks, levelRanges, monthStarts, niceTicks, reviewsPerDay } from '../../../src/lib/stats/index.ts';
import { DAY, HOUR, T0, review } from '../review.ts';

const now = new Date(T0 + 2 * HOUR); // Monday 5 January 2026, 11:00 local time

/** Thirty days from Monday 5 January 2026, with the counts given (the rest 0). */
function days(counts: Record<number, number> = {}): DueDay[] {
	return Array.from({ length: 30 }, (_, i) => ({
		date: new Date(2026, 0, 5 + i).toLocaleDateString('sv'),
		count: counts[i] ?? 0
	}));
}

describe('axis ticks', () => {
	it('are round numbers from 0 to at or above the largest value', () => {
		expect(niceTicks(0)).toEqual([0, 1]);
		expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
		expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
		expect(niceTicks(10)).toEqual([0, 5, 10]);
		expect(niceTicks(37)).toEqual([0, 10, 20, 30, 40]);
		expect(niceTicks(120)).toEqual([0, 50, 100, 150]);
	});

	it('never take more steps than asked, whatever the largest value', () => {
		for (let max = 0; max < 2000; max += 7) {
			const ticks = niceTicks(max, 4);
			expect(ticks[0]).toBe(0);
			expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
			expect(ticks.length - 1).toBeLessThanOrEqual(4);
		}
	});
});

describe('the forecast chart', () => {
	it('draws one bar a day inside the plot, the tallest reaching the top tick', () => {
		const chart = forecastChart(days({ 0: 3, 2: 8, 29: 1 }), 600, 180);
		expect(chart.bars).toHaveLength(30);
		expect(chart.yTicks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8]);
		const [zero, top] = [chart.yTicks[0]!, chart.yTicks.at(-1)!];
		expect(zero.y).toBe(chart.plot.bottom);
		expect(top.y).toBe(chart.plot.top);
		expect(chart.bars[2]!.y).toBe(chart.plot.top);
		expect(chart.bars[1]!.height).toBe(0);
		for (const bar of chart.bars) {
			expect(bar.x).toBeGreaterThanOrEqual(chart.plot.left);
			expect(bar.x + bar.width).toBeLessThanOrEqual(chart.plot.right + 1e-9);
			expect(bar.y + bar.height).toBeCloseTo(chart.plot.bottom);
		}
	});

	it('marks today, the first bar, and labels the dates a week apart starting today', () => {
		const chart = forecastChart(days({ 0: 1 }), 600, 180);
		expect(chart.bars.filter((b) => b.today).map((b) => b.date)).toEqual(['2026-01-05']);
		expect(chart.xTicks.map((t) => t.offset)).toEqual([0, 7, 14, 21, 28]);
		expect(chart.xTicks[1]!.date).toBe('2026-01-12');
	});

	it('labels fewer dates when the bars are narrow, so labels never overlap', () => {
		const chart = forecastChart(days(), 300, 160);
		expect(chart.xTicks[0]!.offset).toBe(0);
		const gaps = chart.xTicks.slice(1).map((t, i) => t.x - chart.xTicks[i]!.x);
		for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(48);
	});

	it('keeps every date label inside the chart, the last one moved in from the edge', () => {
		for (const width of [280, 358, 600]) {
			const chart = forecastChart(days(), width, 160);
			for (const tick of chart.xTicks) {
				expect(tick.labelX - 28).toBeGreaterThanOrEqual(0);
				expect(tick.labelX + 28).toBeLessThanOrEqual(width);
			}
		}
	});

	it('leaves room on the left for the widest tick label', () => {
		expect(forecastChart(days({ 0: 1200 }), 600, 180).plot.left).toBeGreaterThan(forecastChart(days({ 0: 3 }), 600, 180).plot.left);
	});
});

describe('the heatmap on a small screen', () => {
	it('keeps the latest weeks, today in the last column', () => {
		const map = heatmap(countByDay([review({ at: T0 })]), now);
		const weeks = latestWeeks(map, 20);
		expect(weeks).toHaveLength(20);
		expect(weeks.at(-1)!.at(-1)!.date).toBe('2026-01-05');
		expect(latestWeeks(map, 100)).toHaveLength(map.weeks.length);
		expect(latestWeeks(map, 0)).toHaveLength(1);
	});

	it('labels each month in the column of its first day', () => {
		const weeks = latestWeeks(heatmap(countByDay([]), now), 12); // from the week of Monday 20 October 2025
		const starts = monthStarts(weeks);
		expect(starts.map((s) => s.date)).toEqual(['2025-11-01', '2025-12-01', '2026-01-01']);
		for (const { column, date } of starts) expect(weeks[column]!.some((d) => d?.date === date)).toBe(true);
	});
});

describe('the heatmap legend', () => {
	it('gives each colour the range of daily counts it stands for, covering 0 to the busiest day', () => {
		expect(levelRanges(10)).toEqual([
			{ level: 0, from: 0, to: 0 },
			{ level: 1, from: 1, to: 2 },
			{ level: 2, from: 3, to: 5 },
			{ level: 3, from: 6, to: 7 },
			{ level: 4, from: 8, to: 10 }
		]);
		expect(levelRanges(0)).toEqual([{ level: 0, from: 0, to: 0 }]);
	});

	it('agrees with the colour of every day', () => {
		for (const busiest of [1, 2, 3, 5, 9, 40]) {
			const log = Array.from({ length: busiest }, (_, i) => review({ at: T0 - (i % 2) * DAY }));
			const perDay = reviewsPerDay(countByDay([...log, ...Array.from({ length: busiest }, () => review({ at: T0 }))]), now);
			const ranges = levelRanges(Math.max(...perDay.map((d) => d.count)));
			for (const day of perDay) {
				const range = ranges.find((r) => r.level === day.level)!;
				expect(day.count).toBeGreaterThanOrEqual(range.from);
				expect(day.count).toBeLessThanOrEqual(range.to);
			}
		}
	});
});
