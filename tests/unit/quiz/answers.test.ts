import { beforeAll, describe, expect, it } from 'vitest';
import { cities, cityById, citiesOfField, listedCities } from '../../../src/lib/data/index.ts';
import { cityAliases, loadAliases, normalizeAnswer } from '../../../src/lib/data/names.ts';
import { checkChoice, checkTyped, oneSlipApart, questionFor, seededRandom, type TypedQuestion } from '../../../src/lib/quiz/index.ts';

// The typed-answer box loads the other names before it checks; so do these tests.
beforeAll(loadAliases);

function typedQuestionFor(cityId: string): TypedQuestion {
	const q = questionFor({ city: cityId, facet: 'field' }, { random: seededRandom(1), kinds: ['type-city'] });
	if (q?.kind !== 'type-city') throw new Error('expected a type-city question');
	return q;
}

/** Pinyin as a learner types it without tone marks: Hángzhōu → hangzhou, Xī'ān → xian. */
const toneless = (pinyin: string) => pinyin.normalize('NFD').replace(/\p{M}/gu, '').replace(/'/g, '').toLowerCase();

describe('typed answers', () => {
	it('accept both regions’ names, English, the source spelling, whatever the script shown', () => {
		for (const city of cities) {
			const q = typedQuestionFor(city.id);
			const { en } = city.names;
			const forms = [
				city.names['zh-Hans'],
				city.names['zh-Hant'],
				`${city.names['zh-Hans']}市`,
				en,
				en.toUpperCase(),
				` ${en.toLowerCase()} `,
				en.normalize('NFD').replace(/\p{M}/gu, ''),
				...(city.nameCorrected ? [] : [city.names.source])
			];
			for (const form of forms) expect(checkTyped(q, form), `${form} for ${city.id}`).toMatchObject({ correct: true, city: city.id, slip: false });
		}
	});

	it('accept pinyin, with or without tones or tone numbers, only for cities whose own name is Chinese', () => {
		for (const city of cities.filter((c) => c.chinese)) {
			const q = typedQuestionFor(city.id);
			for (const form of [city.names.pinyin, toneless(city.names.pinyin)]) {
				expect(checkTyped(q, form), `${form} for ${city.id}`).toMatchObject({ correct: true, city: city.id });
			}
		}
		expect(cities.filter((c) => c.chinese).map((c) => c.country).sort()[0]).toBe('CN');
		expect(checkTyped(typedQuestionFor('hangzhou'), 'hang2zhou1')).toMatchObject({ correct: true, city: 'hangzhou' });
		expect(checkTyped(typedQuestionFor('hangzhou'), 'Hang2 Zhou1')).toMatchObject({ correct: true, city: 'hangzhou' });
		expect(checkTyped(typedQuestionFor('hangzhou'), '杭州市')).toMatchObject({ correct: true, city: 'hangzhou' });
	});

	it('refuse the pinyin of a Korean or Japanese city’s characters, which names another place', () => {
		for (const [city, wrong] of [
			['gwangju', 'Guangzhou'],
			['jeonju', 'Quanzhou'],
			['busan', 'Fushan'],
			['kanazawa', 'Jinze'],
			['icheon', 'renchuan'],
			['icheon', '仁川']
		] as const) {
			expect(checkTyped(typedQuestionFor(city), wrong), `${wrong} for ${city}`).toMatchObject({ correct: false });
		}
	});

	it('accept the names learners type: exonyms, endonyms, former names, the other region’s name', () => {
		const accepted: [string, string][] = [
			['hanover', 'Hannover'],
			['seville', 'Sevilla'],
			['turin', 'Torino'],
			['milan', 'Milano'],
			['rome', 'Roma'],
			['prague', 'Praha'],
			['ghent', 'Gent'],
			['macao', 'Macau'],
			['tel-aviv-yafo', 'Tel Aviv'],
			['quebec-city', 'Quebec'],
			['saint-etienne', 'St Etienne'],
			['krakow', 'Cracow'],
			['busan', 'Pusan'],
			['beijing', 'Peking'],
			['chennai', 'Madras'],
			['varanasi', 'Benares'],
			['baguio', 'Baguio City'],
			['tamba-sasayama', 'Sasayama'],
			['seoul', '汉城'],
			['seoul', '漢城'],
			['tunis', '突尼斯'],
			['al-ahsa', 'Hofuf'],
			['icheon', '利川'],
			['icheon', 'Icheon'],
			['sydney', '悉尼'],
			['sydney', '雪梨'],
			['montreal', '蒙特利尔'],
			['montreal', '蒙特利爾'],
			['montreal', '蒙特婁'],
			['kinshasa', '金沙萨'],
			['kingston', '金斯敦'],
			['dunedin', '达尼丁'],
			['kaunas', '考纳斯'],
			['ensenada', '恩塞纳达'],
			['reykjavik', '雷克雅未克'],
			['santa-fe', '圣菲'],
			['quebec-city', '魁北克城'],
			['istanbul', '伊斯坦堡'],
			['istanbul', '伊斯坦布爾'],
			['dubai', '杜拜'],
			['chennai', '清奈']
		];
		for (const [city, name] of accepted) {
			expect(checkTyped(typedQuestionFor(city), name), `${name} for ${city}`).toMatchObject({ correct: true, city, slip: false });
		}
	});

	it('count any right city, and name the one accepted', () => {
		const q = typedQuestionFor('edinburgh'); // GB/literature: Edinburgh, Norwich, Nottingham, Manchester
		expect(q.answers.length).toBeGreaterThan(1);
		expect(checkTyped(q, 'Norwich')).toEqual({ correct: true, city: 'norwich', slip: false });
		expect(checkTyped(q, '曼彻斯特')).toEqual({ correct: true, city: 'manchester', slip: false });
		const design = typedQuestionFor('beijing'); // CN/design: Beijing first, then Shanghai, Shenzhen, Wuhan
		expect(checkTyped(design, 'shanghai')).toEqual({ correct: true, city: 'shanghai', slip: false });
	});

	it('take a name one slip away as right, and say which name it was taken for', () => {
		const film = typedQuestionFor('bradford'); // GB/film: Bradford, Bristol
		for (const slip of ['Bradfrod', 'Bradfor', 'Braddford', 'Bradfird']) {
			expect(checkTyped(film, slip), slip).toEqual({ correct: true, city: 'bradford', slip: true, form: 'Bradford' });
		}
		expect(checkTyped(typedQuestionFor('hangzhou'), 'hangzho')).toEqual({ correct: true, city: 'hangzhou', slip: true, form: 'Hangzhou' });
		// Shorter names, two slips, and Chinese characters get no such leeway.
		expect(checkTyped(typedQuestionFor('rome'), 'Rone')).toMatchObject({ correct: false });
		expect(checkTyped(film, 'Bradfrd0d')).toMatchObject({ correct: false });
		expect(checkTyped(film, 'Brdafrod')).toMatchObject({ correct: false });
		expect(checkTyped(typedQuestionFor('hangzhou'), '杭洲')).toMatchObject({ correct: false });
	});

	it('never take another city’s own name as a slip for a right one', () => {
		// Every listed city's name, typed for any question it is wrong for, is wrong.
		const q = typedQuestionFor('busan'); // KR/film: only Busan
		for (const city of listedCities.filter((c) => c.id !== 'busan')) {
			expect(checkTyped(q, city.names.en), city.names.en).toMatchObject({ correct: false });
		}
	});

	it('refuse another city of the same country, a prefix, and empty input, giving all right cities', () => {
		const q = typedQuestionFor('hangzhou'); // CN/crafts-folk-art: Hangzhou, Jingdezhen, Suzhou
		for (const wrong of ['Beijing', '北京', 'Hang', '', '   ', 'guangzhou']) {
			expect(checkTyped(q, wrong), wrong).toEqual({ correct: false, city: 'hangzhou', slip: false, answers: ['hangzhou', 'jingdezhen', 'suzhou'] });
		}
	});

	it('refuse a right city of another field in the same country', () => {
		const q = typedQuestionFor('busan'); // KR/film: only Busan
		expect(checkTyped(q, 'Seoul').correct).toBe(false);
		expect(citiesOfField('film').filter((c) => c.country === 'KR')).toHaveLength(1);
	});

	it('normalizes case, tone marks, tone numbers, ü, spaces, hyphens and apostrophes', () => {
		expect(normalizeAnswer('  Hángzhōu ')).toBe('hangzhou');
		expect(normalizeAnswer('hang2zhou1')).toBe('hangzhou');
		expect(normalizeAnswer('Saint-Étienne')).toBe('saintetienne');
		expect(normalizeAnswer("Xī'ān")).toBe('xian');
		expect(normalizeAnswer('lǜ')).toBe('lu');
		expect(normalizeAnswer('Ｈａｎｇｚｈｏｕ')).toBe('hangzhou');
	});

	it('knows one slip from two', () => {
		expect(oneSlipApart('bradford', 'bradfrod')).toBe(true);
		expect(oneSlipApart('bradford', 'bradfordd')).toBe(true);
		expect(oneSlipApart('bradford', 'radford')).toBe(true);
		expect(oneSlipApart('bradford', 'bradfxrd')).toBe(true);
		expect(oneSlipApart('bradford', 'bradford')).toBe(false);
		expect(oneSlipApart('bradford', 'brdafrod')).toBe(false);
		expect(oneSlipApart('bradford', 'bradfo')).toBe(false);
	});

	it('list other names in the reader’s script only', () => {
		const istanbul = cityById('istanbul')!;
		expect(cityAliases(istanbul, 'zh-Hans')).toEqual(['伊斯坦堡']);
		expect(cityAliases(istanbul, 'zh-Hant')).toEqual(['伊斯坦布爾']);
		expect(cityAliases(cityById('seoul')!, 'zh-Hant')).toEqual(['漢城', 'Hanseong']);
		expect(cityAliases(cityById('hanover')!, 'zh-Hans')).toEqual(['Hannover']);
		expect(cityAliases(cityById('icheon')!, 'zh-Hans')).not.toContain('仁川');
	});
});

describe('choice answers', () => {
	it('only the marked option is right', () => {
		const q = questionFor({ city: 'hangzhou', facet: 'field' }, { random: seededRandom(2), kinds: ['field-of-city'] });
		if (!q || q.kind === 'type-city' || !('options' in q)) throw new Error('expected a choice question');
		expect(checkChoice(q, 'crafts-folk-art')).toEqual({ correct: true });
		for (const option of q.options.filter((o) => o !== 'crafts-folk-art')) {
			expect(checkChoice(q, option)).toEqual({ correct: false });
		}
		expect(cityById('hangzhou')?.field).toBe('crafts-folk-art');
	});
});
