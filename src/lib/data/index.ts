// The dataset the app ships, frozen, with the lookups every layer uses.
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

export const fields: readonly Field[] = deepFreeze(dataset.fields);
export const countries: readonly Country[] = deepFreeze(dataset.countries);
export const cities: readonly City[] = deepFreeze(dataset.cities);

const fieldsById = new Map(fields.map((f) => [f.id, f]));
const countriesById = new Map(countries.map((c) => [c.id, c]));
const citiesById = new Map(cities.map((c) => [c.id, c]));

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
