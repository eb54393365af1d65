// Turns the parsed member list and the project's name tables into the typed dataset the app ships.
// Chinese script conversion and pinyin happen here, at import time, so the app ships neither library.
import * as OpenCC from 'opencc-js';
import { customPinyin, pinyin } from 'pinyin-pro';
import { FIELD_IDS, REGIONS, type City, type Country, type Dataset, type Field, type FieldId, type Region } from '../../src/lib/data/types.ts';
import { compactDataset } from '../../src/lib/data/compact.ts';
import { slugify } from '../../src/lib/data/slug.ts';
import { parseSource, SourceError, type SourceEntry } from './parse-source.ts';

export { slugify };

const convertToHans = OpenCC.Converter({ from: 't', to: 'cn' });
const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
// Characters OpenCC swaps for a variant though they are standard in Simplified too (篠 in 丹波篠山).
const STANDARD_IN_BOTH = new Set(['篠']);

/** Simplified form; conversion is character for character, so kept characters can be put back by index. */
export function toHans(text: string): string {
	const converted = [...convertToHans(text)];
	return [...text].map((char, i) => (STANDARD_IN_BOTH.has(char) ? char : (converted[i] ?? char))).join('');
}

const FIELD_NAMES: Record<FieldId, [en: string, hans: string]> = {
	literature: ['Literature', '文学'],
	film: ['Film', '电影'],
	music: ['Music', '音乐'],
	'crafts-folk-art': ['Crafts and Folk Art', '手工艺与民间艺术'],
	design: ['Design', '设计'],
	'media-arts': ['Media Arts', '媒体艺术'],
	gastronomy: ['Gastronomy', '美食']
};

export interface SourceFiles {
	members: { file: string; text: string };
	englishNames: { file: string; text: string };
	pinyinReadings: { file: string; text: string };
	countries: { file: string; text: string };
}

/** Rows of a tab-separated table, skipping blank lines and `#` comments, with their line numbers. */
function tableRows(file: string, text: string, columns: number) {
	return text.split(/\r?\n/).flatMap((raw, index) => {
		if (raw.trim() === '' || raw.startsWith('#')) return [];
		const cells = raw.split('\t').map((cell) => cell.trim());
		if (cells.length !== columns || cells.some((cell) => cell === '')) {
			throw new SourceError(file, index + 1, raw, `expected ${columns} tab-separated columns`);
		}
		return [{ cells, line: index + 1, raw }];
	});
}


export function toneless(hans: string): string {
	return pinyin(hans, { toneType: 'none', type: 'array', nonZh: 'removed' }).join(' ');
}

function readCountries({ file, text }: SourceFiles['countries']) {
	const countries: Country[] = [];
	const bySpelling = new Map<string, Country>();
	for (const { cells, line, raw } of tableRows(file, text, 5)) {
		const [id, en, hans, region, spellings] = cells as [string, string, string, string, string];
		if (!/^[A-Z]{2}$/.test(id)) throw new SourceError(file, line, raw, `"${id}" is not an ISO 3166-1 alpha-2 code`);
		if (!REGIONS.includes(region as Region)) throw new SourceError(file, line, raw, `unknown region "${region}"`);
		const aliases = spellings.split(',').map((s) => s.trim());
		const country: Country = { id, names: { en, 'zh-Hans': hans, 'zh-Hant': toHant(hans) }, aliases, region: region as Region };
		for (const spelling of aliases) {
			if (bySpelling.has(spelling)) throw new SourceError(file, line, raw, `spelling "${spelling}" is given twice`);
			bySpelling.set(spelling, country);
		}
		countries.push(country);
	}
	const byHans = new Map(countries.map((c) => [c.names['zh-Hans'], c]));
	/** The source's exact spelling first (so 刚果 and 剛果 stay two countries), then the standard name in any script. */
	const lookup = (spelling: string) => bySpelling.get(spelling) ?? byHans.get(toHans(spelling));
	return { countries, lookup };
}

function readEnglishNames({ file, text }: SourceFiles['englishNames']) {
	const names = new Map<string, string>();
	for (const { cells, line, raw } of tableRows(file, text, 2)) {
		const [source, en] = cells as [string, string];
		if (names.has(source)) throw new SourceError(file, line, raw, `"${source}" is named twice`);
		names.set(source, en);
	}
	return names;
}

export function buildDataset(files: SourceFiles): Dataset {
	const readings = Object.fromEntries(tableRows(files.pinyinReadings.file, files.pinyinReadings.text, 2).map(({ cells }) => cells));
	customPinyin(readings);
	const entries: SourceEntry[] = parseSource(files.members.text, files.members.file);
	const { countries, lookup } = readCountries(files.countries);
	const englishNames = readEnglishNames(files.englishNames);
	const memberLines = files.members.text.split(/\r?\n/);
	const fail = (entry: SourceEntry, reason: string): never => {
		throw new SourceError(files.members.file, entry.line, memberLines[entry.line - 1] ?? '', reason);
	};

	const ids = new Map<string, SourceEntry>();
	const cities: City[] = entries.map((entry) => {
		const country = lookup(entry.country) ?? fail(entry, `no country mapping for "${entry.country}" in ${files.countries.file}`);
		const en = englishNames.get(entry.city) ?? fail(entry, `no English name for "${entry.city}" in ${files.englishNames.file}`);
		const id = slugify(en);
		const twin = ids.get(id);
		if (twin) fail(entry, `city id "${id}" is already used by line ${twin.line}`);
		ids.set(id, entry);
		const hans = toHans(entry.city);
		// A source spelling already in Traditional script is kept as is: converting back can pick another variant (庫里 → 庫裡).
		const hant = hans === entry.city ? toHant(hans) : entry.city;
		return {
			id,
			field: entry.field,
			country: country.id,
			names: { source: entry.city, 'zh-Hans': hans, 'zh-Hant': hant, en, pinyin: toneless(hans) }
		};
	});

	const fields: Field[] = FIELD_IDS.map((id) => {
		const [en, hans] = FIELD_NAMES[id];
		return { id, names: { en, 'zh-Hans': hans, 'zh-Hant': toHant(hans) } };
	});
	// Ship only countries that have a member city, so every country in the app can be asked about.
	const used = new Set(cities.map((c) => c.country));
	return { fields, countries: countries.filter((c) => used.has(c.id)), cities };
}

/** The generated module's text: committed, and compared by a test so a stale dataset fails. One row per line. */
export function renderDatasetModule(dataset: Dataset): string {
	const { fields, countries, cities } = compactDataset(dataset);
	const rows = (items: unknown[]) => items.map((item) => `\t\t${JSON.stringify(item)}`).join(',\n');
	return [
		'// Generated by `npm run data` from data/ (member list from Chinese Wikipedia, CC BY-SA 4.0). Do not edit.',
		'// Compact rows (see compact.ts); expanded once when the app starts.',
		"import { expandDataset } from './compact.ts';",
		'',
		'export const dataset = expandDataset({',
		`\tfields: [\n${rows(fields)}\n\t],`,
		`\tcountries: [\n${rows(countries)}\n\t],`,
		`\tcities: [\n${rows(cities)}\n\t]`,
		'});',
		''
	].join('\n');
}
