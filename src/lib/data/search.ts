// Finding cities by any form of their name, their country's name or their field's name. A search box, not an
// answer check, so the start of a name is enough — but only the start of a word or of a syllable: "hang" finds
// Hangzhou (Háng·zhōu), never Shanghai (Shàng·hǎi) or Changsha (Cháng·shā). In Chinese every character is a
// syllable, so any run of characters in a name matches.
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

// A pinyin syllable, toneless: an initial, one to three vowels, a final n, ng or r.
const INITIAL = '(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])';
const SYLLABLE = new RegExp(`^${INITIAL}?[aeiou]{1,3}(?:ng|n|r)?$`);
const SYLLABLE_WITH_INITIAL = new RegExp(`^${INITIAL}[aeiou]{1,3}(?:ng|n|r)?$`);

/**
 * Pinyin written as one word (Hángzhōu, Chángshā) split into its syllables (hang zhou, chang sha), or null when it
 * does not split. Only the first syllable may start with a vowel: a later one would follow an apostrophe (Xī'ān), so
 * Xīníng is xi ning, never xin ing. The longest first syllable that leaves a valid rest wins (hang zhou, not han gzhou).
 */
export function pinyinSyllables(word: string, first = true): string[] | null {
	if (word === '') return [];
	for (let end = Math.min(6, word.length); end > 0; end--) {
		const head = word.slice(0, end);
		if (!(first ? SYLLABLE : SYLLABLE_WITH_INITIAL).test(head)) continue;
		const rest = pinyinSyllables(word.slice(end), false);
		if (rest) return [head, ...rest];
	}
	return null;
}

/**
 * Every way a search may begin inside `name`: from each word and each Chinese character on, and for pinyin from
 * each syllable on.
 */
export function wordStarts(name: string, pinyin = false): string[] {
	const units = name
		.split(SEPARATORS)
		.flatMap((word) => word.split(HAN_BOUNDARY))
		.filter((unit) => unit !== '')
		.flatMap((word) => (pinyin ? (pinyinSyllables(normalizeAnswer(word)) ?? [word]) : [word]));
	return units.map((_, i) => normalizeAnswer(units.slice(i).join('')));
}

const startsOf = (names: readonly string[], pinyin = false) => names.flatMap((name) => wordStarts(name, pinyin));

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

// Worked out once per city (again once other names have loaded): a search runs on every key press, over every city.
const cityStartsCache = new Map<string, { forms: number; starts: string[] }>();

function cityStarts(city: City): string[] {
	const forms = cityForms(city);
	let cached = cityStartsCache.get(city.id);
	if (!cached || cached.forms !== forms.length) {
		const country = countryById(city.country);
		// Pinyin finds every city, also where it is no answer (光州 is looked up as guangzhou too).
		const readings = [city.names.pinyin, ...Object.values(city.readings ?? {})];
		const starts = [...startsOf([...forms, ...(country ? namesOf(country) : [])]), ...startsOf(readings, true)];
		cached = { forms: forms.length, starts };
		cityStartsCache.set(city.id, cached);
	}
	return cached.starts;
}
