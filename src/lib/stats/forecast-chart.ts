// The due forecast laid out as a bar chart of a given pixel size: bars, a y axis of reviews with round ticks,
// dates a week apart on the x axis, and today's bar marked. Pure, so the geometry is unit-tested.
import type { DueDay } from './forecast.ts';
import { linear, niceTicks } from './scale.ts';

export interface ForecastBar extends DueDay {
	x: number;
	y: number;
	width: number;
	height: number;
	today: boolean;
}

export interface ForecastChart {
	width: number;
	height: number;
	/** The plotting area, inside the axes' labels. */
	plot: { left: number; right: number; top: number; bottom: number };
	bars: ForecastBar[];
	/** Reviews: round numbers from 0 up, at their height. */
	yTicks: { value: number; y: number }[];
	/** Days from today (0 is today), a week apart, at the middle of their bar. */
	xTicks: { offset: number; date: string; x: number }[];
}

// Room for the labels: the y ticks' digits on the left, the dates below, the "Today" label above.
const CHAR_WIDTH = 8;
const MARGIN = { top: 22, bottom: 22, right: 8 };

export function forecastChart(days: readonly DueDay[], width: number, height: number): ForecastChart {
	const yValues = niceTicks(Math.max(0, ...days.map((d) => d.count)));
	const top = yValues.at(-1)!;
	const plot = { left: String(top).length * CHAR_WIDTH + 10, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
	const y = linear(top, plot.bottom, plot.top);
	const slot = (plot.right - plot.left) / Math.max(1, days.length);
	const gap = Math.min(2, slot / 4);
	const bars = days.map((day, i) => ({
		...day,
		x: plot.left + i * slot + gap / 2,
		y: y(day.count),
		width: slot - gap,
		height: plot.bottom - y(day.count),
		today: i === 0
	}));
	// A date label is about 5 characters wide; fewer labels when the bars are narrow, always today's first.
	const every = Math.max(7, Math.ceil((6 * CHAR_WIDTH) / slot / 7) * 7);
	const xTicks = days.flatMap((day, i) => (i % every === 0 ? [{ offset: i, date: day.date, x: plot.left + (i + 0.5) * slot }] : []));
	return { width, height, plot, bars, yTicks: yValues.map((value) => ({ value, y: y(value) })), xTicks };
}
