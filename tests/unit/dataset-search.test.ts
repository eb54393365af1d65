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

	it('finds by part of a name and by country', () => {
		expect(ids('bogo')).toEqual(['bogota']);
		expect(ids('japan').length).toBe(7);
	});

	it('filters by field and country, and combines them with the query', () => {
		expect(ids('', 'design', 'CN')).toEqual(['beijing', 'shanghai', 'shenzhen', 'wuhan']);
		expect(ids('shen', 'design', 'CN')).toEqual(['shenzhen']);
		expect(ids('', '', '')).toHaveLength(152);
		expect(ids('no such city')).toEqual([]);
	});
});
