// Plain-text names in the current language and script, for places that need a string (titles, aria labels). No state
// of its own: it reads the language and the script, so whatever calls it inside a template follows a switch.
import type { City, Country, Field } from '$lib/data';
import { cityName, countryInSentence, countryName, fieldName } from '$lib/data/names';
import { language } from '$lib/state/language.svelte';
import { preferences } from '$lib/state/preferences.svelte';

export function fieldLabel(field: Field): string {
	return language.current === 'zh' ? fieldName(field, preferences.script) : field.names.en;
}

export function cityLabel(city: City): string {
	return language.current === 'zh' ? cityName(city, preferences.script) : `${cityName(city, preferences.script)} (${city.names.en})`;
}

/** In a sentence, English needs the article: "Name a City of Film in the United Kingdom". */
export function countryLabel(country: Country, { inSentence = false } = {}): string {
	if (language.current === 'zh') return countryName(country, preferences.script);
	return inSentence ? countryInSentence(country) : country.names.en;
}
