// The dataset the app ships, frozen (in development and tests), with the lookups every layer uses.
import { dataset } from './dataset.generated.ts';
import type { City, Country, Field, FieldId } from './types.ts';

export * from './types.ts';

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const child of Object.values(value)) deepFreeze(child);
	}
	return value;
}

// Frozen in development and tests, where a write to the dataset throws and is found; the shipped app skips the walk
// over every city, which its start-up would pay before the first question.
const freeze: <T>(value: T) => T = import.meta.env?.PROD ? (value) => value : deepFreeze;

export const fields: readonly Field[] = freeze(dataset.fields);
export const countries: readonly Country[] = freeze(dataset.countries);
/** Every city of the source list, with those it lists wrongly (Vienna, not a member): for the cities list and pages. */
export const listedCities: readonly City[] = freeze(dataset.cities);
/** The member cities: what the app teaches, asks and counts. */
export const cities: readonly City[] = listedCities.filter(isMember);

const fieldsById = new Map(fields.map((f) => [f.id, f]));
const countriesById = new Map(countries.map((c) => [c.id, c]));
const citiesById = new Map(listedCities.map((c) => [c.id, c]));

export function isMember(city: City): boolean {
	return city.status === 'member';
}

function groupBy<K>(key: (city: City) => K): Map<K, readonly City[]> {
	const groups = new Map<K, City[]>();
	for (const city of cities) {
		const k = key(city);
		groups.set(k, [...(groups.get(k) ?? []), city]);
	}
	return groups;
}

const citiesByField = groupBy((c) => c.field);
const citiesByCountry = groupBy((c) => c.country);

export function isFieldId(id: string): id is FieldId {
	return fieldsById.has(id as FieldId);
}

export function fieldById(id: FieldId): Field {
	return fieldsById.get(id)!;
}

export function countryById(id: string): Country | undefined {
	return countriesById.get(id);
}

/** Any listed city, members or not: a city page or an old answer may name one that is not a member. */
export function cityById(id: string): City | undefined {
	return citiesById.get(id);
}

export function citiesOfField(field: FieldId): readonly City[] {
	return citiesByField.get(field) ?? [];
}

export function citiesInCountry(country: string): readonly City[] {
	return citiesByCountry.get(country) ?? [];
}

/** A city's neighbours in the list: the same field in the same country, the rest of its country, its field nearby. */
export function neighboursOf(city: City): { sameFieldAndCountry: City[]; sameCountry: City[]; sameFieldInRegion: City[] } {
	const others = cities.filter((c) => c.id !== city.id);
	const region = countryById(city.country)!.region;
	return {
		sameFieldAndCountry: others.filter((c) => c.field === city.field && c.country === city.country),
		sameCountry: others.filter((c) => c.field !== city.field && c.country === city.country),
		sameFieldInRegion: others.filter((c) => c.field === city.field && c.country !== city.country && countryById(c.country)!.region === region)
	};
}
