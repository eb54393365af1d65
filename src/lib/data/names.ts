// How a city, country or field is written for the learner, and every name a learner may type for a city.
import type { City, Country, Field, Script } from './types.ts';

export { SCRIPTS, type Script } from './types.ts';

/**
 * The script a browser's languages ask for: Traditional with Taiwan's names for zh-TW, zh-HK, zh-MO and zh-Hant;
 * otherwise (zh-CN, zh-SG, zh, or no Chinese at all) Simplified with the mainland's names.
 */
export function scriptForLanguages(languages: readonly string[]): Script {
	const chinese = languages.find((tag) => /^zh\b/i.test(tag));
	return chinese && /-(hant|tw|hk|mo)\b/i.test(chinese) ? 'zh-Hant' : 'zh-Hans';
}

/** The name shown in a script. In `source`, the source's spelling, except where it names another city (仁川 → 利川). */
export function cityName(city: City, script: Script): string {
	if (script !== 'source' || !city.nameCorrected) return city.names[script];
	return city.names[city.sourceScript === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans'];
}

/** Pinyin with tone marks of the name shown in that script: 悉尼 Xīní, but 雪梨 Xuělí. */
export function cityPinyin(city: City, script: Script): string {
	return (script !== 'zh-Hans' && city.readings?.[script]) || city.names.pinyin;
}

/**
 * Countries and fields follow the interface's script. In `source`, only city names keep the source's spellings:
 * its country spellings are ambiguous (刚果 and 剛果 are two countries) or out of date (馬其頓共和國).
 */
export function countryName(country: Country, script: Script): string {
	return country.names[script === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans'];
}

export function fieldName(field: Field, script: Script): string {
	return field.names[script === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans'];
}

/** The English name as a sentence needs it: "in the United Kingdom", "in Japan". */
export function countryInSentence(country: Country): string {
	return country.article ? `${country.article} ${country.names.en}` : country.names.en;
}

/** Lower case, no diacritics or tone marks (ü → u), no tone numbers (hang2zhou1), no spaces, hyphens, apostrophes or dots. */
export function normalizeAnswer(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[\s\-‐‑‒–—'’`.·・0-9]/gu, '');
}

/** A city's other names: [Latin (Hannover, Peking), in Simplified (雪梨, 汉城), in Traditional (悉尼, 漢城)]. */
export type CityAliases = [latin: string[], hans: string[], hant: string[]];

let aliases: Record<string, CityAliases> | undefined;

/**
 * Loads every city's other names (exonyms, former names, the other region's Chinese name, …). They are not in the
 * first load: the typed-answer box and the city pages call this, and answer checks use the names once loaded.
 */
export async function loadAliases(): Promise<void> {
	aliases ??= (await import('./lazy/aliases.generated.ts')).aliases;
}

/** A city's other names for "also called", once loaded (`loadAliases`): Chinese ones in the reader's script only. */
export function cityAliases(city: City, script: Script): string[] {
	const [latin = [], hans = [], hant = []] = aliases?.[city.id] ?? [];
	return [...(script === 'zh-Hant' ? hant : hans), ...latin];
}

/**
 * Every accepted way to write a city: both regions' names in both scripts, the source's spelling (unless a slip),
 * English, the aliases once loaded, and pinyin (ü also as v) only when the city's own name is Chinese.
 */
export function cityForms(city: City): string[] {
	const { source, en, pinyin } = city.names;
	const forms = [city.names['zh-Hans'], city.names['zh-Hant'], en, ...(aliases?.[city.id]?.flat() ?? [])];
	if (!city.nameCorrected) forms.push(source);
	if (city.chinese) forms.push(pinyin, pinyin.normalize('NFD').replace(/u\u0308/g, 'v'));
	return forms;
}
