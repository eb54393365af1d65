import { describe, expect, it } from 'vitest';
import { cities, citiesOfField } from '../../src/lib/data/index.ts';
import { fieldsMatching, filterCities, pinyinSyllables, wordStarts } from '../../src/lib/data/search.ts';

const ids = (query: string, field: '' | 'design' = '', country = '') => filterCities(cities, { query, field, country }).map((c) => c.id);

describe('searching cities', () => {
	it('finds a city by any form of its name', () => {
		for (const query of ['杭州', 'Hangzhou', 'hang zhou', 'HANGZHOU', 'hángzhōu', 'Hang', 'zhou', '州']) expect(ids(query)).toContain('hangzhou');
		expect(ids('愛丁堡')).toEqual(['edinburgh']);
		expect(ids('爱丁堡')).toEqual(['edinburgh']);
	});

	it('finds a city by either region’s name, and by pinyin even where pinyin is no answer', () => {
		for (const query of ['悉尼', '雪梨', 'xini', 'xueli']) expect(ids(query)).toContain('sydney');
		expect(ids('guangzhou')).toEqual(['gwangju']);
		expect(ids('北马其顿')).toEqual(['bitola']);
	});

	it('matches from the start of a word or syllable only, never from inside one', () => {
		expect(ids('Hang')).toEqual(['hangzhou']);
		expect(ids('hang')).not.toContain('shanghai');
		expect(ids('hang')).not.toContain('changsha');
		expect(ids('sha')).toContain('changsha'); // chang·sha: a syllable
		expect(ids('anghai')).toEqual([]);
		expect(ids('ogota')).toEqual([]);
	});

	it('finds by part of a name and by country', () => {
		expect(ids('bogo')).toEqual(['bogota']);
		expect(ids('japan').length).toBe(7);
		expect(ids('日本').length).toBe(7);
	});

	it('finds a field by its name in any language, listing its cities', () => {
		const music = citiesOfField('music').map((c) => c.id);
		for (const query of ['music', 'Music', 'mus', '音乐', '音樂']) expect(ids(query), query).toEqual(music);
		expect(fieldsMatching('音樂')).toEqual(['music']);
		expect(fieldsMatching('folk art')).toEqual(['crafts-folk-art']);
		expect(fieldsMatching('usic')).toEqual([]);
		expect(fieldsMatching('')).toEqual([]);
	});

	it('filters by field and country, and combines them with the query', () => {
		expect(ids('', 'design', 'CN')).toEqual(['beijing', 'shanghai', 'shenzhen', 'wuhan']);
		expect(ids('shen', 'design', 'CN')).toEqual(['shenzhen']);
		expect(ids('music', 'design')).toEqual([]);
		expect(ids('', '', '')).toHaveLength(151);
		expect(ids('no such city')).toEqual([]);
	});

	it('finds the syllables of joined pinyin again', () => {
		expect(pinyinSyllables('Chángshā', 2)).toEqual(['chang', 'sha']);
		expect(pinyinSyllables('Xī’ān', 2)).toEqual(['xi', 'an']);
		expect(pinyinSyllables('Gōngzhōuling', 3)).toEqual(['gong', 'zhou', 'ling']);
		expect(pinyinSyllables('Qīngdǎo', 5)).toBeUndefined();
	});

	it('lists where a search may begin: each word, each syllable, each Chinese character', () => {
		expect(wordStarts('shang hai')).toEqual(['shanghai', 'hai']);
		expect(wordStarts('Rio de Janeiro')).toEqual(['riodejaneiro', 'dejaneiro', 'janeiro']);
		expect(wordStarts('圣克里斯托瓦尔-德拉斯卡萨斯')[0]).toBe('圣克里斯托瓦尔德拉斯卡萨斯');
		expect(wordStarts('杭州')).toEqual(['杭州', '州']);
		expect(wordStarts('Bogotá')).toEqual(['bogota']);
	});
});
