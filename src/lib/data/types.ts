/** The seven creative fields of the UNESCO Creative Cities Network, in the source list's order. */
export const FIELD_IDS = [
	'literature',
	'film',
	'music',
	'crafts-folk-art',
	'design',
	'media-arts',
	'gastronomy'
] as const;

export type FieldId = (typeof FIELD_IDS)[number];

/** Broad world regions, used to pick plausible distractors (neighbouring countries, nearby cities). */
export const REGIONS = [
	'europe',
	'east-asia',
	'southeast-asia',
	'south-asia',
	'central-asia',
	'middle-east',
	'africa',
	'north-america',
	'latin-america',
	'oceania'
] as const;

export type Region = (typeof REGIONS)[number];

export interface Names {
	en: string;
	'zh-Hans': string;
	'zh-Hant': string;
}

export interface Field {
	id: FieldId;
	names: Names;
}

export interface Country {
	/** ISO 3166-1 alpha-2, e.g. `GB`. */
	id: string;
	/** `zh-Hans` is the mainland standard name, `zh-Hant` Taiwan's (義大利, 紐西蘭): they differ in words. */
	names: Names;
	/** Every spelling the source list uses for this country, e.g. 英國 and 英国. */
	aliases: string[];
	/** Set when English needs an article before the name in a sentence: "in the United Kingdom". */
	article?: 'the';
	region: Region;
}

/** How Chinese names are shown: `source` as the source list spells them (mixed scripts, Icheon corrected), or all in
 * one region's standard names and script: `zh-Hans` mainland names in Simplified, `zh-Hant` Taiwan names in Traditional. */
export const SCRIPTS = ['source', 'zh-Hans', 'zh-Hant'] as const;
export type Script = (typeof SCRIPTS)[number];

export interface CityNames extends Names {
	/** The spelling of the source list, in whichever script it used; kept even where the source is wrong (仁川). */
	source: string;
	/** Pinyin with tone marks of the zh-Hans name, for display: `Hángzhōu`. */
	pinyin: string;
}

/** Where the source list is wrong, with the evidence (data/corrections.tsv). */
export interface Correction {
	/** The city id or country id corrected. */
	subject: { city: string } | { country: string };
	/** What is corrected: a name (仁川 → 利川) or a city's membership (Vienna). */
	kind: 'name' | 'status';
	/** What the source says. */
	source: string;
	/** What is true: a name, or `not-a-member`. */
	truth: string;
	/** One line in English saying what is wrong and why. */
	note: string;
	/** One or more URLs. */
	evidence: string[];
}

/** `not-a-member`: listed by the source but in no list of the network (Vienna). Never asked as a member. */
export type CityStatus = 'member' | 'not-a-member';

export interface City {
	/** ASCII slug of the English name, e.g. `hangzhou`. */
	id: string;
	field: FieldId;
	/** Country id (ISO 3166-1 alpha-2). */
	country: string;
	names: CityNames;
	/** Pinyin of the shown name where it reads differently from the mainland name: 雪梨 (Xuělí) for 悉尼 (Xīní). */
	readings?: Partial<Record<Exclude<Script, 'zh-Hans'>, string>>;
	/** Set when the city's own name is Chinese, so that pinyin is one of its names (Hangzhou; never Gwangju 光州). */
	chinese?: true;
	/** The script the source's spelling is written in, where one can tell: 雪梨 and 富川 are in both. */
	sourceScript?: 'zh-Hans' | 'zh-Hant';
	status: CityStatus;
	/** Set when the source misspells the city (仁川 for Icheon): the `source` script then shows the right name. */
	nameCorrected?: true;
}

export interface Dataset {
	fields: Field[];
	countries: Country[];
	/** Every city of the source list, members or not (see `status`). */
	cities: City[];
}
