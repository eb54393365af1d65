// Axis ticks for the charts: round numbers a reader can take in at a glance (0, 5, 10, 15 — never 0, 7, 14).

/** Ticks from 0 up to the first round number at or above `max`, in steps of 1, 2 or 5 × 10ⁿ, at most `most` steps. */
export function niceTicks(max: number, most = 4): number[] {
	const top = Math.max(1, Math.ceil(max));
	let step = 1;
	for (let magnitude = 1; ; magnitude *= 10) {
		const found = [1, 2, 5].map((f) => f * magnitude).find((s) => Math.ceil(top / s) <= most);
		if (found !== undefined) {
			step = found;
			break;
		}
	}
	return Array.from({ length: Math.ceil(top / step) + 1 }, (_, i) => i * step);
}

/** Maps a value in [0, domainMax] onto [bottom, top] in SVG coordinates (y grows downwards). */
export function linear(domainMax: number, bottom: number, top: number): (value: number) => number {
	return (value) => bottom - ((bottom - top) * value) / (domainMax || 1);
}
