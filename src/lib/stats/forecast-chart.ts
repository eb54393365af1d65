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
	/** Days from today (0 is today), a week apart, at the middle of their bar; the label centred on `labelX`. */
	xTicks: { offset: number; date: string; x: number; labelX: number }[];
}

// Room for the labels: the y ticks' digits on the left, the dates below, the "Today" label above.
const CHAR_WIDTH = 8;
const MARGIN = { top: 22, bottom: 22, right: 8 };
// The widest date label with a little air: "Dec 25", "12月25日".
const LABEL_WIDTH = 7 * CHAR_WIDTH;

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
	// Fewer date labels when the bars are narrow, a whole number of weeks apart, today's first.
	const every = Math.max(7, Math.ceil(LABEL_WIDTH / slot / 7) * 7);
	// A label near an edge moves inwards rather than be cut off.
	const labelX = (x: number) => Math.min(Math.max(x, LABEL_WIDTH / 2), width - LABEL_WIDTH / 2);
	const xTicks = days.flatMap((day, i) => {
		const x = plot.left + (i + 0.5) * slot;
		return i % every === 0 ? [{ offset: i, date: day.date, x, labelX: labelX(x) }] : [];
	});
	return { width, height, plot, bars, yTicks: yValues.map((value) => ({ value, y: y(value) })), xTicks };
}
