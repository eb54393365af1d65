// The shipped dataset is written compactly (it is most of the first load's data) and expanded once at start-up:
// no repeated keys, a city's id is the slug of its English name, and a Chinese form equal to the source is left out.
import { slugify } from './slug.ts';
import { FIELD_IDS, REGIONS, type Country, type Dataset } from './types.ts';

/** [English, zh-Hans, zh-Hant], in FIELD_IDS order. */
export type CompactField = [string, string, string];
/** [id, English, zh-Hans, zh-Hant or '' when equal to zh-Hans, region index, source spellings joined by commas]. */
export type CompactCountry = [string, string, string, string, number, string];
/** [field index, country id, English, source, zh-Hans or '' when equal to source, zh-Hant likewise, pinyin]. */
export type CompactCity = [number, string, string, string, string, string, string];

export interface CompactDataset {
	fields: CompactField[];
	countries: CompactCountry[];
	cities: CompactCity[];
}

export function compactDataset({ fields, countries, cities }: Dataset): CompactDataset {
	return {
		fields: fields.map((f) => [f.names.en, f.names['zh-Hans'], f.names['zh-Hant']]),
		countries: countries.map((c) => {
			const hant = c.names['zh-Hant'] === c.names['zh-Hans'] ? '' : c.names['zh-Hant'];
			return [c.id, c.names.en, c.names['zh-Hans'], hant, REGIONS.indexOf(c.region), c.aliases.join(',')];
		}),
		cities: cities.map((c) => {
			const { source, en, pinyin } = c.names;
			const orSame = (form: string) => (form === source ? '' : form);
			return [FIELD_IDS.indexOf(c.field), c.country, en, source, orSame(c.names['zh-Hans']), orSame(c.names['zh-Hant']), pinyin];
		})
	};
}

export function expandDataset({ fields, countries, cities }: CompactDataset): Dataset {
	return {
		fields: fields.map(([en, hans, hant], i) => ({ id: FIELD_IDS[i]!, names: { en, 'zh-Hans': hans, 'zh-Hant': hant } })),
		countries: countries.map(
			([id, en, hans, hant, region, aliases]): Country => ({
				id,
				names: { en, 'zh-Hans': hans, 'zh-Hant': hant || hans },
				aliases: aliases.split(','),
				region: REGIONS[region]!
			})
		),
		cities: cities.map(([field, country, en, source, hans, hant, pinyin]) => ({
			id: slugify(en),
			field: FIELD_IDS[field]!,
			country,
			names: { source, 'zh-Hans': hans || source, 'zh-Hant': hant || source, en, pinyin }
		}))
	};
}
