// A fresh browser context opens a window of its own, and Chromium builds that window's address-bar dropdown as a
// web page in a renderer of its own (chrome://omnibox-popup.top-chrome): on a two-core machine, about a second of
// both cores right after the window opens. A learner's browser window is open long before they visit, so a cold load
// timed from that moment would time Chromium's window as well as the page: the benchmark waits for it to finish.
import { cpus } from 'node:os';

export interface CpuTimes {
	idle: number;
	total: number;
}

/** Idle and total CPU time of all cores, in milliseconds since boot. */
export function cpuTimes(cores = cpus()): CpuTimes {
	let idle = 0;
	let total = 0;
	for (const { times } of cores) {
		idle += times.idle;
		total += times.idle + times.user + times.sys + times.nice + times.irq;
	}
	return { idle, total };
}

/** The share of CPU time that was idle between two readings: 1 when nothing ran, 0 when every core was busy. */
export function idleShare(before: CpuTimes, after: CpuTimes): number {
	const total = after.total - before.total;
	return total > 0 ? (after.idle - before.idle) / total : 1;
}

/**
 * Waits until the machine has been mostly idle for one `windowMs` (by default 80% idle for 100 ms), or `maxMs` has
 * passed (a machine someone else keeps busy never gets there); returns the time waited.
 */
export async function untilMachineQuiet({ idle = 0.8, windowMs = 100, maxMs = 3_000 } = {}): Promise<number> {
	const start = Date.now();
	let before = cpuTimes();
	while (Date.now() - start < maxMs) {
		await new Promise((resolve) => setTimeout(resolve, windowMs));
		const after = cpuTimes();
		if (idleShare(before, after) >= idle) break;
		before = after;
	}
	return Date.now() - start;
}
