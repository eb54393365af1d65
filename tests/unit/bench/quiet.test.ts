import { describe, expect, it } from 'vitest';
import { cpuTimes, idleShare } from '../../../scripts/bench/quiet.ts';

const core = (idle: number, user: number, sys = 0) => ({ model: 'test', speed: 0, times: { idle, user, sys, nice: 0, irq: 0 } });

describe('the benchmark waits for a quiet machine', () => {
	it('adds every core and every kind of busy time', () => {
		expect(cpuTimes([core(100, 50, 10), core(200, 30, 0)])).toEqual({ idle: 300, total: 390 });
	});

	it('reads the idle share of the time between two readings, not since boot', () => {
		// A machine idle for hours, then both cores busy for the last 100 ms: busy, not quiet.
		const before = cpuTimes([core(1_000_000, 5_000), core(1_000_000, 5_000)]);
		const busy = cpuTimes([core(1_000_000, 5_100), core(1_000_010, 5_090)]);
		expect(idleShare(before, busy)).toBeCloseTo(0.05);
		const quiet = cpuTimes([core(1_000_095, 5_005), core(1_000_100, 5_000)]);
		expect(idleShare(before, quiet)).toBeCloseTo(0.975);
	});

	it('counts no time passed as quiet rather than dividing by zero', () => {
		const now = cpuTimes([core(10, 10)]);
		expect(idleShare(now, now)).toBe(1);
	});
});
