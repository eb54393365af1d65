// Card states from a long log without freezing the page: replaying 100,000 answers takes about a second, so the
// work is cut into slices of at most SLICE_MS with a pause between them, where the page can draw and answer input.
import { applyReview, type CardStates } from '$lib/srs/replay';
import type { Scheduler } from '$lib/srs/scheduler';
import type { ReviewRecord } from '$lib/srs/types';
import { pause, SLICE_MS } from '$lib/store/reviews';

/** `log` must be in log order (byTime); it continues `from` (copied, not changed) when given. */
export async function replayInSlices(log: readonly ReviewRecord[], scheduler: Scheduler, from?: CardStates): Promise<CardStates> {
	const states: CardStates = new Map(from);
	let sliceStart = performance.now();
	for (const record of log) {
		applyReview(states, record, scheduler);
		if (performance.now() - sliceStart > SLICE_MS) {
			await pause();
			sliceStart = performance.now();
		}
	}
	return states;
}
