import { describe, expect, it } from 'vitest';
import { cities, cityById, citiesOfField } from '../../../src/lib/data/index.ts';
import { checkChoice, checkTyped, normalizeAnswer, questionFor, seededRandom, type TypedQuestion } from '../../../src/lib/quiz/index.ts';

function typedQuestionFor(cityId: string): TypedQuestion {
	const q = questionFor({ city: cityId, facet: 'field' }, { random: seededRandom(1), kinds: ['type-city'] });
	if (q?.kind !== 'type-city') throw new Error('expected a type-city question');
	return q;
}

/** Adds tone marks the way a learner might type them: the first vowel of each syllable gets a macron. */
function withTones(pinyin: string): string {
	return pinyin
		.split(' ')
		.map((syllable) => syllable.replace(/[aeiou]/, (v) => `${v}\u0304`).normalize('NFC'))
		.join('');
}

describe('typed answers', () => {
	it('accept every form of every city', () => {
		for (const city of cities) {
			const q = typedQuestionFor(city.id);
			const { source, en, pinyin } = city.names;
			const forms = [
				source,
				city.names['zh-Hans'],
				city.names['zh-Hant'],
				en,
				en.toUpperCase(),
				` ${en.toLowerCase()} `,
				en.normalize('NFD').replace(/\p{M}/gu, ''),
				pinyin,
				pinyin.replaceAll(' ', ''),
				withTones(pinyin)
			];
			for (const form of forms) {
				expect(checkTyped(q, form), `${form} for ${city.id}`).toEqual({ correct: true, city: city.id });
			}
		}
	});

	it('accept names written with or without hyphens and spaces', () => {
		const q = typedQuestionFor('san-cristobal-de-las-casas');
		for (const form of ['San Cristobal de las Casas', 'sancristobaldelascasas', '圣克里斯托瓦尔德拉斯卡萨斯', 'San-Cristóbal-de-las-Casas']) {
			expect(checkTyped(q, form).correct, form).toBe(true);
		}
	});

	it('count any right city when several are right', () => {
		const q = typedQuestionFor('edinburgh'); // GB/literature: Edinburgh, Norwich, Nottingham, Manchester
		expect(q.answers.length).toBeGreaterThan(1);
		expect(checkTyped(q, 'Norwich')).toEqual({ correct: true, city: 'norwich' });
		expect(checkTyped(q, '曼彻斯特')).toEqual({ correct: true, city: 'manchester' });
	});

	it('refuse another city of the same country, a prefix, a near miss and empty input', () => {
		const q = typedQuestionFor('hangzhou'); // CN/crafts-folk-art: Hangzhou, Jingdezhen, Suzhou
		for (const wrong of ['Beijing', '北京', 'Hang', 'hangzho', 'hangzhouu', '', '   ', 'guangzhou']) {
			expect(checkTyped(q, wrong), wrong).toEqual({ correct: false, city: 'hangzhou' });
		}
	});

	it('refuse a right city of another field in the same country', () => {
		const q = typedQuestionFor('busan'); // KR/film: only Busan
		expect(checkTyped(q, 'Seoul').correct).toBe(false);
		expect(citiesOfField('film').filter((c) => c.country === 'KR')).toHaveLength(1);
	});

	it('normalizes case, tone marks, ü, spaces, hyphens and apostrophes', () => {
		expect(normalizeAnswer('  Hángzhōu ')).toBe('hangzhou');
		expect(normalizeAnswer('Saint-Étienne')).toBe('saintetienne');
		expect(normalizeAnswer('lǜ')).toBe('lu');
		expect(normalizeAnswer('Ｈａｎｇｚｈｏｕ')).toBe('hangzhou');
	});
});

describe('choice answers', () => {
	it('only the marked option is right', () => {
		const q = questionFor({ city: 'hangzhou', facet: 'field' }, { random: seededRandom(2), kinds: ['field-of-city'] });
		if (!q || q.kind === 'type-city') throw new Error('expected a choice question');
		expect(checkChoice(q, 'crafts-folk-art')).toEqual({ correct: true });
		for (const option of q.options.filter((o) => o !== 'crafts-folk-art')) {
			expect(checkChoice(q, option)).toEqual({ correct: false });
		}
		expect(cityById('hangzhou')?.field).toBe('crafts-folk-art');
	});
});
