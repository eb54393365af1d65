// Times rebuilding every card state from a synthetic review log of a given size (median of 5 runs).
// `npx tsx scripts/bench/replay.ts` prints the figures for 10,000 and 100,000 reviews.
import { cities } from '../../src/lib/data/index.ts';
import { seededRandom } from '../../src/lib/quiz/random.ts';
import { loadScheduler } from '../../src/lib/srs/scheduler.ts';
import { DAY_MS } from '../../src/lib/srs/days.ts';
import { replay } from '../../src/lib/srs/replay.ts';
import type { ReviewRecord } from '../../src/lib/srs/types.ts';

const YEAR_MS = 365 * DAY_MS;

/** A plausible year of answers over every card (or `spanMs` from `start`): mostly right, spread evenly, seeded. */
export function syntheticLog(count: number, seed = 1, { start = Date.UTC(2025, 0, 1), spanMs = YEAR_MS } = {}): ReviewRecord[] {
	const random = seededRandom(seed);
	return Array.from({ length: count }, (_, i) => {
		const correct = random() < 0.8;
		return {
			id: `bench-${i}`,
			city: cities[Math.floor(random() * cities.length)]!.id,
			facet: random() < 0.6 ? 'field' : 'country',
			kind: 'field-of-city',
			rating: correct ? (random() < 0.8 ? 3 : 4) : 1,
			correct,
			at: start + Math.floor((i / count) * spanMs),
			ms: 2000 + Math.floor(random() * 8000),
			v: 1
		};
	});
}

export interface ReplayBench {
	count: number;
	ms: number;
	heapMB: number;
}

export async function benchReplay(count: number, runs = 5): Promise<ReplayBench> {
	const scheduler = await loadScheduler();
	const log = syntheticLog(count);
	const times: number[] = [];
	let states = replay(log.slice(0, 10), scheduler); // warm up the JIT
	for (let run = 0; run < runs; run++) {
		const started = performance.now();
		states = replay(log, scheduler);
		times.push(performance.now() - started);
	}
	const heapMB = process.memoryUsage().heapUsed / 2 ** 20;
	if (states.size === 0) throw new Error('replay produced no cards');
	times.sort((a, b) => a - b);
	return { count, ms: times[Math.floor(times.length / 2)]!, heapMB };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	for (const count of [10_000, 100_000]) {
		const { ms, heapMB } = await benchReplay(count);
		console.log(`${count.toLocaleString('en')} reviews: ${ms.toFixed(1)} ms to rebuild all card states, heap ${heapMB.toFixed(1)} MB`);
	}
}
