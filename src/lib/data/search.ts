// Finding cities by any form of their name, their country's name or their field's name. A search box, not an
// answer check, so the start of a name is enough — but only the start of a word or of a syllable: "hang" finds
// Hangzhou (hang zhou), never Shanghai (shang hai) or Changsha (chang sha). In Chinese every character is a
// syllable, so any run of characters in a name matches.
import { cityForms, normalizeAnswer } from '../quiz/answer.ts';
import { countryById, fields } from './index.ts';
import type { City, Country, Field, FieldId } from './types.ts';

export interface CityFilter {
	query: string;
	field: FieldId | '';
	country: string;
}

// What separates words in a name; normalizeAnswer drops them, so "hang zhou" and "hangzhou" match alike.
const SEPARATORS = /[\s\-‐‑‒–—'’`.,·・/()（）]+/u;
// Between two Chinese characters, or a Chinese character and anything else: each character is a syllable.
const HAN_BOUNDARY = /(?=\p{Script=Han})|(?<=\p{Script=Han})/u;

/** Every way a search may begin inside `name`: from each word or pinyin syllable and each Chinese character on. */
export function wordStarts(name: string): string[] {
	const units = name
		.split(SEPARATORS)
		.flatMap((word) => word.split(HAN_BOUNDARY))
		.filter((unit) => unit !== '');
	return units.map((_, i) => normalizeAnswer(units.slice(i).join('')));
}

const startsOf = (names: readonly string[]) => names.flatMap(wordStarts);

const namesOf = (thing: Field | Country) => [thing.names.en, thing.names['zh-Hans'], thing.names['zh-Hant']];

/** The fields whose name, in any language, the query starts a word of: "music", "音乐" and "音樂" find Music. */
export function fieldsMatching(query: string): FieldId[] {
	const needle = normalizeAnswer(query);
	return needle === '' ? [] : fields.filter((field) => startsOf(namesOf(field)).some((start) => start.startsWith(needle))).map((field) => field.id);
}

export function filterCities(list: readonly City[], { query, field, country }: CityFilter): City[] {
	const needle = normalizeAnswer(query);
	const ofFields = new Set(fieldsMatching(query));
	return list.filter(
		(city) =>
			(!field || city.field === field) &&
			(!country || city.country === country) &&
			(!needle || ofFields.has(city.field) || cityStarts(city).some((start) => start.startsWith(needle)))
	);
}

// Worked out once per city: a search runs on every key press, over every city.
const cityStartsCache = new Map<string, string[]>();

function cityStarts(city: City): string[] {
	let starts = cityStartsCache.get(city.id);
	if (!starts) {
		const country = countryById(city.country);
		starts = startsOf([...cityForms(city), ...(country ? namesOf(country) : [])]);
		cityStartsCache.set(city.id, starts);
	}
	return starts;
}
