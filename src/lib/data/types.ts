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
	names: Names;
	/** Every spelling the source list uses for this country, e.g. 英國 and 英国. */
	aliases: string[];
	region: Region;
}

export interface CityNames extends Names {
	/** The spelling of the source list, in whichever script it used. */
	source: string;
	/** Toneless pinyin of the zh-Hans name, syllables separated by spaces. */
	pinyin: string;
}

export interface City {
	/** ASCII slug of the English name, e.g. `hangzhou`. */
	id: string;
	field: FieldId;
	/** Country id (ISO 3166-1 alpha-2). */
	country: string;
	names: CityNames;
}

export interface Dataset {
	fields: Field[];
	countries: Country[];
	cities: City[];
}
