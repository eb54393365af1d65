// The app's scheduler walks a card's states itself, for speed (src/lib/srs/scheduler.ts); these tests hold it to
// exactly the cards ts-fsrs's own `fsrs.next` gives, over long random histories.
import * as fsrsLibrary from 'ts-fsrs';
import type { Card as FsrsCard } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/lib/quiz/index.ts';
import { createScheduler, libraryNext } from '../../../src/lib/srs/fsrs.ts';
import type { Grade } from '../../../src/lib/srs/types.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;
const T0 = Date.UTC(2025, 2, 1, 9, 30);

/** Gaps from seconds to a year: same-minute retries, learning steps, the next day, overdue reviews. */
function gap(random: () => number): number {
	const roll = random();
	if (roll < 0.15) return Math.floor(random() * MINUTE);
	if (roll < 0.35) return Math.floor(random() * 30 * MINUTE);
	if (roll < 0.55) return Math.floor(random() * 2 * DAY);
	if (roll < 0.9) return Math.floor(random() * 40 * DAY);
	return Math.floor(random() * 365 * DAY);
}

describe('the fast scheduler', () => {
	it('gives the very cards of ts-fsrs, review by review, over 40,000 random reviews of 200 cards', () => {
		const fast = createScheduler(fsrsLibrary).next;
		const plain = libraryNext(fsrsLibrary);
		const random = seededRandom(2026);
		const cards = Array.from({ length: 200 }, () => ({ fast: undefined as FsrsCard | undefined, plain: undefined as FsrsCard | undefined, at: T0 }));
		const states = new Set<number>();
		for (let i = 0; i < 40_000; i++) {
			const card = cards[Math.floor(random() * cards.length)]!;
			card.at += gap(random);
			const grade = (1 + Math.floor(random() * 4)) as Grade;
			states.add((card.plain?.state ?? 0) * 10 + grade);
			card.fast = fast(card.fast, card.at, grade);
			card.plain = plain(card.plain, card.at, grade);
			if (i % 97 === 0 || i > 39_000) expect(card.fast, `review ${i}, grade ${grade}`).toEqual(card.plain);
		}
		for (const card of cards) expect(card.fast).toEqual(card.plain);
		// Every grade was given to a card in every state (new, learning, review, relearning).
		expect(states.size).toBe(16);
	});

	it('does not change the card it is given', () => {
		const next = createScheduler(fsrsLibrary).next;
		const first = next(undefined, T0, 3);
		const copy = structuredClone(first);
		next(first, T0 + 3 * DAY, 4);
		expect(first).toEqual(copy);
	});
});
