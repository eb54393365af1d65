// The shipped dataset is written compactly (it is most of the first load's data) and expanded once at start-up:
// no repeated keys, a city's id is the slug of its English name, and a Chinese form equal to the source is left out.
import { slugify } from './slug.ts';
import { FIELD_IDS, REGIONS, type City, type Country, type Dataset } from './types.ts';

/** [English, zh-Hans, zh-Hant], in FIELD_IDS order. */
export type CompactField = [string, string, string];
/** [id, English, zh-Hans, zh-Hant or '' when equal to zh-Hans, region index (+ 16 when English says "the"), source spellings joined by commas]. */
export type CompactCountry = [string, string, string, string, number, string];
/**
 * [flags, country id, English, source, zh-Hans or '' when equal to source, zh-Hant likewise, pinyin, readings?]:
 * flags hold the field index and the bits below; readings are the zh-Hant and source readings joined by `|`, or the
 * zh-Hant reading alone when the source's is the same.
 */
export type CompactCity = [number, string, string, string, string, string, string, string?];

const THE = 16;
const CHINESE = 8;
const SOURCE_HANS = 16;
const SOURCE_HANT = 32;
const NAME_CORRECTED = 64;
const NOT_A_MEMBER = 128;

export interface CompactDataset {
	fields: CompactField[];
	countries: CompactCountry[];
	cities: CompactCity[];
}

function cityFlags(city: City): number {
	return (
		FIELD_IDS.indexOf(city.field) |
		(city.chinese ? CHINESE : 0) |
		(city.sourceScript === 'zh-Hans' ? SOURCE_HANS : city.sourceScript === 'zh-Hant' ? SOURCE_HANT : 0) |
		(city.nameCorrected ? NAME_CORRECTED : 0) |
		(city.status === 'not-a-member' ? NOT_A_MEMBER : 0)
	);
}

export function compactDataset({ fields, countries, cities }: Dataset): CompactDataset {
	return {
		fields: fields.map((f) => [f.names.en, f.names['zh-Hans'], f.names['zh-Hant']]),
		countries: countries.map((c) => {
			const hant = c.names['zh-Hant'] === c.names['zh-Hans'] ? '' : c.names['zh-Hant'];
			const region = REGIONS.indexOf(c.region) + (c.article ? THE : 0);
			return [c.id, c.names.en, c.names['zh-Hans'], hant, region, c.aliases.join(',')];
		}),
		cities: cities.map((c) => {
			const { source, en, pinyin } = c.names;
			const orSame = (form: string) => (form === source ? '' : form);
			const row: CompactCity = [cityFlags(c), c.country, en, source, orSame(c.names['zh-Hans']), orSame(c.names['zh-Hant']), pinyin];
			const { 'zh-Hant': hantReading = '', source: sourceReading = '' } = c.readings ?? {};
			if (c.readings) row.push(sourceReading === hantReading ? hantReading : `${hantReading}|${sourceReading}`);
			return row;
		})
	};
}

export function expandDataset({ fields, countries, cities }: CompactDataset): Dataset {
	return {
		fields: fields.map(([en, hans, hant], i) => ({ id: FIELD_IDS[i]!, names: { en, 'zh-Hans': hans, 'zh-Hant': hant } })),
		countries: countries.map(([id, en, hans, hant, region, aliases]): Country => {
			const country: Country = { id, names: { en, 'zh-Hans': hans, 'zh-Hant': hant || hans }, aliases: aliases.split(','), region: REGIONS[region % THE]! };
			if (region >= THE) country.article = 'the';
			return country;
		}),
		cities: cities.map(([flags, country, en, source, hans, hant, pinyin, readings]) => {
			const city: City = {
				id: slugify(en),
				field: FIELD_IDS[flags & 7]!,
				country,
				names: { source, 'zh-Hans': hans || source, 'zh-Hant': hant || source, en, pinyin },
				status: flags & NOT_A_MEMBER ? 'not-a-member' : 'member'
			};
			if (flags & CHINESE) city.chinese = true;
			if (flags & (SOURCE_HANS | SOURCE_HANT)) city.sourceScript = flags & SOURCE_HANS ? 'zh-Hans' : 'zh-Hant';
			if (flags & NAME_CORRECTED) city.nameCorrected = true;
			if (readings) {
				const [hantReading, sourceReading = hantReading] = readings.split('|');
				city.readings = {};
				if (hantReading) city.readings['zh-Hant'] = hantReading;
				if (sourceReading) city.readings.source = sourceReading;
			}
			return city;
		})
	};
}
