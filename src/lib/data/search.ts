// Finding cities by any form of their name, their country's name or their field's name. A search box, not an
// answer check, so the start of a name is enough — but only the start of a word or of a syllable: "hang" finds
// Hangzhou (hang zhou), never Shanghai (shang hai) or Changsha (chang sha). In Chinese every character is a
// syllable, so any run of characters in a name matches. Pinyin finds every city, even where it is no answer (it is
// how a reader looks up 光州 too).
import { countryById, fields } from './index.ts';
import { cityForms, normalizeAnswer } from './names.ts';
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

// One pinyin syllable, without tones: an initial (or none) and a final.
const SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|ai|an|ang|ao|e|ei|en|eng|er|i|ia|ian|iang|iao|ie|in|ing|iong|iu|o|ong|ou|u|ua|uai|uan|uang|ue|ui|un|uo|v|ve)$/;

/**
 * Pinyin is shown joined (Chángshā), so its syllables are found again here: split into exactly as many syllables as the
 * Chinese name has characters ("changsha", 2 → "chang sha"). Undefined when no split fits.
 */
export function pinyinSyllables(pinyin: string, count: number): string[] | undefined {
	const text = normalizeAnswer(pinyin).replaceAll('ü', 'v');
	const split = (from: number, left: number): string[] | undefined => {
		if (left === 0) return from === text.length ? [] : undefined;
		for (let end = Math.min(text.length, from + 6); end > from; end--) {
			const syllable = text.slice(from, end);
			if (!SYLLABLE.test(syllable)) continue;
			const rest = split(end, left - 1);
			if (rest) return [syllable, ...rest];
		}
		return undefined;
	};
	return split(0, count);
}

const hanCount = (name: string) => [...name].filter((char) => /\p{Script=Han}/u.test(char)).length;

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
		const readings = [
			[city.names.pinyin, city.names['zh-Hans']],
			...Object.entries(city.readings ?? {}).map(([script, reading]) => [reading, city.names[script as 'source' | 'zh-Hant']])
		].map(([reading, name]) => pinyinSyllables(reading!, hanCount(name!))?.join(' ') ?? reading!);
		starts = startsOf([...cityForms(city), ...readings, ...(country ? namesOf(country) : [])]);
		cityStartsCache.set(city.id, starts);
	}
	return starts;
}
