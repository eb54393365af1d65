// How a city, country or field is written for the learner: in their chosen Chinese script, or in English.
import type { City, Country, Field } from './types.ts';

/** `source`: as the source list spells it (mixed scripts); or all Simplified; or all Traditional. */
export const SCRIPTS = ['source', 'zh-Hans', 'zh-Hant'] as const;
export type Script = (typeof SCRIPTS)[number];

export function cityName(city: City, script: Script): string {
	return city.names[script];
}

/** A country has several source spellings; the first one listed stands for them. */
export function countryName(country: Country, script: Script): string {
	return script === 'source' ? (country.aliases[0] ?? country.names['zh-Hans']) : country.names[script];
}

/** Fields have no source spelling of their own; they follow the interface, in Traditional only when chosen. */
export function fieldName(field: Field, script: Script): string {
	return field.names[script === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans'];
}
