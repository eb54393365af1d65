// Plain-text names in the current language and script, for places that need a string (titles, aria labels). No state
// of its own: it reads the language and the script, so whatever calls it inside a template follows a switch.
import type { City, Country, Field } from '$lib/data';
import { cityName, countryName, fieldName } from '$lib/data/names';
import { language } from '$lib/state/language.svelte';
import { preferences } from '$lib/state/preferences.svelte';

export function fieldLabel(field: Field): string {
	return language.current === 'zh' ? fieldName(field, preferences.script) : field.names.en;
}

export function cityLabel(city: City): string {
	return language.current === 'zh' ? cityName(city, preferences.script) : `${cityName(city, preferences.script)} (${city.names.en})`;
}

export function countryLabel(country: Country): string {
	return language.current === 'zh' ? countryName(country, preferences.script) : country.names.en;
}
