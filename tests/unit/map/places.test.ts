import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locateCities, placeModules, readPlaceRules, type GazetteerPlace } from '../../../scripts/dataset/coordinates.ts';
import { cityById, countries, listedCities } from '../../../src/lib/data/index.ts';
import type { City } from '../../../src/lib/data/types.ts';
import { distanceKm, placeOf } from '../../../src/lib/map/geo.ts';

// Centres of well-known member cities, written here from atlases rather than from GeoNames, including the ones
// whose name is shared by other places (Santa Fe, Puebla, Gwangju, Suzhou) or spelt otherwise (Durán, Icheon).
const KNOWN: [string, number, number][] = [
	['edinburgh', 55.953, -3.189],
	['seattle', 47.606, -122.332],
	['sydney', -33.869, 151.209],
	['hangzhou', 30.274, 120.155],
	['kinshasa', -4.322, 15.307],
	['brazzaville', -4.263, 15.242],
	['singapore', 1.29, 103.852],
	['santa-fe', 35.687, -105.938],
	['puebla', 19.041, -98.206],
	['duran', -2.171, -79.838],
	['icheon', 37.272, 127.435],
	['vienna', 48.208, 16.373],
	['macao', 22.199, 113.544],
	['gwangju', 35.16, 126.852],
	['suzhou', 31.299, 120.585],
	['belem', -1.456, -48.502],
	['austin', 30.267, -97.743],
	['buenos-aires', -34.604, -58.382],
	['cape-town', -33.925, 18.424],
	['tongyeong', 34.854, 128.433],
	['shenzhen', 22.543, 114.058],
	['reykjavik', 64.147, -21.943]
];

describe('where each city is', () => {
	it.each(KNOWN)('puts %s within 25 km of its centre', (id, lat, lon) => {
		expect(cityById(id)).toBeDefined();
		expect(distanceKm(placeOf(id), { lat, lon })).toBeLessThan(25);
	});

	it('gives every listed city coordinates on the globe, Vienna (listed, not a member) too', () => {
		for (const city of listedCities) {
			const { lat, lon } = placeOf(city.id);
			expect(Math.abs(lat)).toBeLessThanOrEqual(90);
			expect(Math.abs(lon)).toBeLessThanOrEqual(180);
		}
		expect(() => placeOf('atlantis')).toThrow(/atlantis/);
	});

	it('keeps the two Congos’ capitals apart, across the river', () => {
		const km = distanceKm(placeOf('brazzaville'), placeOf('kinshasa'));
		expect(km).toBeGreaterThan(3);
		expect(km).toBeLessThan(15);
	});

	it('has committed the coordinates and the map that `npm run data` generates', () => {
		for (const [file, text] of placeModules({ cities: listedCities, countries })) expect(readFileSync(file, 'utf8')).toBe(text);
	}, 30_000); // reads the 17 MB gazetteer
});

describe('matching cities to GeoNames', () => {
	const city = (id: string, en: string, country: string): City => ({
		id,
		field: 'music',
		country,
		names: { source: en, 'zh-Hans': en, 'zh-Hant': en, en, pinyin: '' },
		status: 'member'
	});
	const place = (name: string, country: string, admin1: string, lat: number, lng: number): GazetteerPlace => ({
		name,
		country,
		admin1,
		lat: String(lat),
		lng: String(lng)
	});
	const gazetteer = [
		place('Santa Fe', 'US', 'TX', 29.378, -95.106),
		place('Santa Fe', 'US', 'NM', 35.687, -105.938),
		place('Hannover', 'DE', '06', 52.37, 9.733)
	];
	const rules = (text: string) => readPlaceRules('places.tsv', text);

	it('stops with the city’s name when it has no match', () => {
		expect(() => locateCities([city('hanover', 'Hanover', 'DE')], gazetteer, rules(''))).toThrow(/Hanover \(hanover/);
	});

	it('stops with the city’s name when several places match, until the table settles it', () => {
		const santaFe = city('santa-fe', 'Santa Fe', 'US');
		expect(() => locateCities([santaFe], gazetteer, rules(''))).toThrow(/2 GeoNames places for Santa Fe/);
		const settled = locateCities([santaFe], gazetteer, rules('santa-fe\tSanta Fe\tUS\tadmin1=NM\tNew Mexico'));
		expect(settled).toEqual([{ id: 'santa-fe', lat: 35.687, lon: -105.938 }]);
		const near = locateCities([santaFe], gazetteer, rules('santa-fe\tSanta Fe\tUS\tnear=29.4,-95.1\tTexas'));
		expect(near[0]?.lat).toBe(29.378);
	});

	it('uses the GeoNames spelling from the table', () => {
		const located = locateCities([city('hanover', 'Hanover', 'DE')], gazetteer, rules('hanover\tHannover\tDE\t-\tspelling'));
		expect(located).toEqual([{ id: 'hanover', lat: 52.37, lon: 9.733 }]);
	});

	it('refuses a table row that is malformed or settles a city not in the dataset', () => {
		expect(() => rules('hanover\tHannover\tDE\t-')).toThrow(/places.tsv:1: expected 5/);
		expect(() => rules('hanover\tHannover\tDE\tsomewhere\twhy')).toThrow(/neither/);
		expect(() => locateCities([], gazetteer, rules('hanover\tHannover\tDE\t-\tspelling'))).toThrow(/not in the dataset: hanover/);
	});
});
