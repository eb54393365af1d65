import { describe, expect, it } from 'vitest';
import { cities } from '../../src/lib/data/index.ts';
import { filterCities } from '../../src/lib/data/search.ts';

const ids = (query: string, field: '' | 'design' = '', country = '') => filterCities(cities, { query, field, country }).map((c) => c.id);

describe('searching cities', () => {
	it('finds a city by any form of its name', () => {
		for (const query of ['杭州', 'Hangzhou', 'hang zhou', 'HANGZHOU', 'hángzhōu']) expect(ids(query)).toContain('hangzhou');
		expect(ids('愛丁堡')).toEqual(['edinburgh']);
		expect(ids('爱丁堡')).toEqual(['edinburgh']);
	});

	it('finds a city by either region’s name, and by pinyin even where pinyin is no answer', () => {
		for (const query of ['悉尼', '雪梨', 'xini', 'xueli']) expect(ids(query)).toContain('sydney');
		expect(ids('guangzhou')).toEqual(['gwangju']);
		expect(ids('北马其顿')).toEqual(['bitola']);
	});

	it('finds by part of a name and by country', () => {
		expect(ids('bogo')).toEqual(['bogota']);
		expect(ids('japan').length).toBe(7);
	});

	it('filters by field and country, and combines them with the query', () => {
		expect(ids('', 'design', 'CN')).toEqual(['beijing', 'shanghai', 'shenzhen', 'wuhan']);
		expect(ids('shen', 'design', 'CN')).toEqual(['shenzhen']);
		expect(ids('', '', '')).toHaveLength(151);
		expect(ids('no such city')).toEqual([]);
	});
});
