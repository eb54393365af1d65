// Seeded randomness, so a seed reproduces a quiz and tests are deterministic.
import type { Random } from './types.ts';

/** mulberry32: a small, fast 32-bit PRNG, plenty for shuffling options. */
export function seededRandom(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fisher–Yates shuffle into a new array. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
	const result = [...items];
	for (let i = result.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[result[i], result[j]] = [result[j]!, result[i]!];
	}
	return result;
}

/** Takes up to `count` items from groups in order of preference, shuffling within each group. */
export function takePreferred<T>(groups: readonly (readonly T[])[], count: number, random: Random): T[] {
	const taken: T[] = [];
	for (const group of groups) {
		for (const item of shuffle(group, random)) {
			if (taken.length === count) return taken;
			if (!taken.includes(item)) taken.push(item);
		}
	}
	return taken;
}
