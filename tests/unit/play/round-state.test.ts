import { describe, expect, it } from 'vitest';
import type { RoundAnswer } from '../../../src/lib/play/round.ts';
import { questionFor, seededRandom, type Question } from '../../../src/lib/quiz/index.ts';
import { Round } from '../../../src/lib/state/round.svelte.ts';

const question = (city: string, kind: 'field-of-city' | 'type-city') =>
	questionFor({ city, facet: 'field' }, { random: seededRandom(1), kinds: [kind] }) as Question;

function playable() {
	let now = 1_000;
	const recorded: RoundAnswer[] = [];
	const round = new Round([question('hangzhou', 'field-of-city'), question('busan', 'type-city')], (a) => recorded.push(a), () => now);
	return { round, recorded, advance: (ms: number) => (now += ms) };
}

describe('a round being played', () => {
	it('records each answer once, with its time, and shows feedback', () => {
		const { round, recorded, advance } = playable();
		advance(2500);
		round.answer('crafts-folk-art');
		round.answer('film'); // a second press on an answered question is ignored
		expect(recorded).toHaveLength(1);
		expect(round.feedback).toMatchObject({ correct: true, chosen: 'crafts-folk-art', answer: 'crafts-folk-art', ms: 2500 });
	});

	it('moves on only after an answer, and ends after the last question', () => {
		const { round, advance } = playable();
		round.next();
		expect(round.index).toBe(0);
		round.answer('music');
		round.next();
		expect(round.current?.kind).toBe('type-city');
		expect(round.isLast).toBe(true);
		advance(4000);
		round.answer('釜山');
		expect(round.feedback).toMatchObject({ correct: true, answer: 'busan', ms: 4000 });
		round.next();
		expect(round.finished).toBe(true);
		expect(round.summary).toEqual({ right: 1, total: 2, missed: ['hangzhou'] });
		expect(round.elapsedMs).toBe(4000);
	});
});
