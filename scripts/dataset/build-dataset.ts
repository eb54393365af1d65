// Turns the parsed member list and the project's name tables into the typed dataset the app ships.
// Chinese script conversion and pinyin happen here, at import time, so the app ships neither library.
import { pinyin as toPinyin } from 'pinyin-pro';
import { customPinyin } from 'pinyin-pro';
import {
	FIELD_IDS,
	REGIONS,
	type City,
	type Correction,
	type Country,
	type Dataset,
	type Field,
	type FieldId,
	type Region
} from '../../src/lib/data/types.ts';
import type { CityAliases } from '../../src/lib/data/names.ts';
import { compactDataset } from '../../src/lib/data/compact.ts';
import { slugify } from '../../src/lib/data/slug.ts';
import { parseSource, SourceError, type SourceEntry } from './parse-source.ts';
import { scriptOf, toHans, toHant } from './scripts.ts';

export { slugify, toHans };

const FIELD_NAMES: Record<FieldId, [en: string, hans: string]> = {
	literature: ['Literature', '文学'],
	film: ['Film', '电影'],
	music: ['Music', '音乐'],
	'crafts-folk-art': ['Crafts and Folk Art', '手工艺与民间艺术'],
	design: ['Design', '设计'],
	'media-arts': ['Media Arts', '媒体艺术'],
	gastronomy: ['Gastronomy', '美食']
};

/** Countries whose cities' own names are Chinese, so that their pinyin is a name of the city too. */
const CHINESE_SPEAKING = new Set(['CN', 'SG', 'TW']);

interface TableFile {
	file: string;
	text: string;
}

export interface SourceFiles {
	members: TableFile;
	englishNames: TableFile;
	chineseNames: TableFile;
	pinyinReadings: TableFile;
	countries: TableFile;
	corrections: TableFile;
	aliases: TableFile;
}

/** What the import produces: the dataset the app starts with, and what it loads only when needed. */
export interface BuiltDataset extends Dataset {
	corrections: Correction[];
	/** Other names of each city by id (see `otherNames`). */
	aliases: Record<string, CityAliases>;
}

/** Rows of a tab-separated table, skipping blank lines and `#` comments, with their line numbers. */
function tableRows({ file, text }: TableFile, columns: number) {
	return text.split(/\r?\n/).flatMap((raw, index) => {
		if (raw.trim() === '' || raw.startsWith('#')) return [];
		const cells = raw.split('\t').map((cell) => cell.trim());
		if (cells.length !== columns || cells.some((cell) => cell === '')) {
			throw new SourceError(file, index + 1, raw, `expected ${columns} tab-separated columns`);
		}
		return [{ cells, line: index + 1, raw }];
	});
}

/** A table's evidence column: one or more http(s) URLs, or the import stops. */
function evidenceOf(cell: string, table: TableFile, line: number, raw: string): string[] {
	const urls = cell.split(/\s+/);
	if (!urls.every((url) => /^https?:\/\/\S+$/.test(url))) throw new SourceError(table.file, line, raw, 'the evidence column needs a URL');
	return urls;
}

/** Display pinyin with tone marks, written as one word per hyphenated part: 杭州 → Hángzhōu, 西安 → Xī'ān. */
export function tonedPinyin(hans: string): string {
	return hans
		.split('-')
		.map((part) => {
			const syllables = toPinyin(part, { type: 'array', nonZh: 'removed' });
			const word = syllables.map((s, i) => (i > 0 && /^[aeoāáǎàēéěèōóǒò]/.test(s) ? `'${s}` : s)).join('');
			return word.charAt(0).toUpperCase() + word.slice(1);
		})
		.join('-');
}

/**
 * A city's other names, as [Latin names, names in Simplified, names in Traditional]: the aliases table's; each
 * region's name in the other script (伊斯坦布爾, 蒙特娄) and the other region's name (雪梨 for 悉尼); and the
 * source's spelling, unless it is a slip (仁川 names another city). Names the city is shown by are left out.
 */
function otherNames(city: City, table: readonly string[]): CityAliases {
	const { source, en } = city.names;
	const hans = city.names['zh-Hans'];
	const hant = city.names['zh-Hant'];
	const chinese = [...table.filter((name) => /\p{Script=Han}/u.test(name)), ...(city.nameCorrected ? [] : [source])];
	const inHans = [toHans(hant), ...chinese.filter((name) => scriptOf(name) !== 'zh-Hant').map(toHans)];
	const inHant = [toHant(hans), ...chinese.filter((name) => scriptOf(name) !== 'zh-Hans').map(toHant), ...chinese.map(toHant)];
	const keep = (names: string[], shown: string) => [...new Set(names)].filter((name) => name !== shown && name !== en);
	return [keep(table.filter((name) => !/\p{Script=Han}/u.test(name)), en), keep(inHans, hans), keep(inHant, hant)];
}

function readCountries(table: TableFile) {
	const countries: Country[] = [];
	const bySpelling = new Map<string, Country>();
	for (const { cells, line, raw } of tableRows(table, 8)) {
		const [id, en, article, hans, hant, region, spellings, evidence] = cells as [string, string, string, string, string, string, string, string];
		const fail = (reason: string): never => {
			throw new SourceError(table.file, line, raw, reason);
		};
		if (!/^[A-Z]{2}$/.test(id)) fail(`"${id}" is not an ISO 3166-1 alpha-2 code`);
		if (!REGIONS.includes(region as Region)) fail(`unknown region "${region}"`);
		if (article !== 'the' && article !== '-') fail(`the article is "the" or "-", not "${article}"`);
		if (scriptOf(hans) === 'zh-Hant') fail(`the zh-Hans name "${hans}" has Traditional characters`);
		if (scriptOf(hant) === 'zh-Hans') fail(`the zh-Hant name "${hant}" has Simplified characters`);
		evidenceOf(evidence, table, line, raw);
		const aliases = spellings.split(',').map((s) => s.trim());
		const country: Country = { id, names: { en, 'zh-Hans': hans, 'zh-Hant': hant }, aliases, region: region as Region };
		if (article === 'the') country.article = 'the';
		for (const spelling of aliases) {
			if (bySpelling.has(spelling)) fail(`spelling "${spelling}" is given twice`);
			bySpelling.set(spelling, country);
		}
		countries.push(country);
	}
	const byHans = new Map(countries.map((c) => [c.names['zh-Hans'], c]));
	/** The source's exact spelling first (so 刚果 and 剛果 stay two countries), then the standard name in any script. */
	const lookup = (spelling: string) => bySpelling.get(spelling) ?? byHans.get(toHans(spelling));
	return { countries, lookup };
}

/** A two-or-more-column table keyed by its first column, refusing a key given twice. */
function keyedRows(table: TableFile, columns: number) {
	const rows = new Map<string, { cells: string[]; line: number; raw: string }>();
	for (const row of tableRows(table, columns)) {
		const key = row.cells[0]!;
		if (rows.has(key)) throw new SourceError(table.file, row.line, row.raw, `"${key}" is given twice`);
		rows.set(key, row);
	}
	return rows;
}

function readChineseNames(table: TableFile) {
	const rows = keyedRows(table, 4);
	for (const { cells, line, raw } of rows.values()) {
		const [, hans, hant, evidence] = cells as [string, string, string, string];
		if (scriptOf(hans) === 'zh-Hant') throw new SourceError(table.file, line, raw, `the zh-Hans name "${hans}" has Traditional characters`);
		if (scriptOf(hant) === 'zh-Hans') throw new SourceError(table.file, line, raw, `the zh-Hant name "${hant}" has Simplified characters`);
		evidenceOf(evidence, table, line, raw);
	}
	return rows;
}

function readCorrections(table: TableFile) {
	return tableRows(table, 6).map(({ cells, line, raw }) => {
		const [kind, source, what, truth, note, evidence] = cells as [string, string, string, string, string, string];
		if (kind !== 'city' && kind !== 'country') throw new SourceError(table.file, line, raw, `unknown kind "${kind}"`);
		if (what !== 'name' && what !== 'status') throw new SourceError(table.file, line, raw, `cannot correct "${what}"`);
		if (what === 'status' && truth !== 'not-a-member') throw new SourceError(table.file, line, raw, `unknown status "${truth}"`);
		return { kind, source, what, truth, note, evidence: evidenceOf(evidence, table, line, raw), line, raw } as const;
	});
}

function readAliases(table: TableFile) {
	const rows = keyedRows(table, 3);
	const aliases = new Map<string, string[]>();
	for (const [id, { cells, line, raw }] of rows) {
		evidenceOf(cells[2]!, table, line, raw);
		aliases.set(id, cells[1]!.split('|').map((name) => name.trim()));
	}
	return aliases;
}

export function buildDataset(files: SourceFiles): BuiltDataset {
	const readings = Object.fromEntries(tableRows(files.pinyinReadings, 2).map(({ cells }) => cells));
	customPinyin(readings);
	const entries: SourceEntry[] = parseSource(files.members.text, files.members.file);
	const { countries, lookup } = readCountries(files.countries);
	const englishNames = keyedRows(files.englishNames, 2);
	const chineseNames = readChineseNames(files.chineseNames);
	const corrections = readCorrections(files.corrections);
	const tableAliases = readAliases(files.aliases);
	const memberLines = files.members.text.split(/\r?\n/);
	const fail = (entry: SourceEntry, reason: string): never => {
		throw new SourceError(files.members.file, entry.line, memberLines[entry.line - 1] ?? '', reason);
	};

	const ids = new Map<string, SourceEntry>();
	const applied: Correction[] = [];
	const aliases: Record<string, CityAliases> = {};
	const cities: City[] = entries.map((entry) => {
		const country = lookup(entry.country) ?? fail(entry, `no country mapping for "${entry.country}" in ${files.countries.file}`);
		const en = englishNames.get(entry.city)?.cells[1] ?? fail(entry, `no English name for "${entry.city}" in ${files.englishNames.file}`);
		const zh = chineseNames.get(entry.city)?.cells ?? fail(entry, `no Chinese names for "${entry.city}" in ${files.chineseNames.file}`);
		const [, hans, hant] = zh as [string, string, string];
		const id = slugify(en);
		const twin = ids.get(id);
		if (twin) fail(entry, `city id "${id}" is already used by line ${twin.line}`);
		ids.set(id, entry);

		const city: City = {
			id,
			field: entry.field,
			country: country.id,
			names: { source: entry.city, 'zh-Hans': hans, 'zh-Hant': hant, en, pinyin: tonedPinyin(hans) },
			status: 'member'
		};
		const sourceScript = scriptOf(entry.city);
		if (sourceScript) city.sourceScript = sourceScript;
		if (CHINESE_SPEAKING.has(country.id)) city.chinese = true;
		for (const row of corrections.filter((c) => c.kind === 'city' && c.source === entry.city)) {
			if (row.what === 'status') city.status = 'not-a-member';
			else if (row.truth !== hans && row.truth !== hant) {
				throw new SourceError(files.corrections.file, row.line, row.raw, `"${row.truth}" is not the name in ${files.chineseNames.file}`);
			} else city.nameCorrected = true;
			applied.push({ subject: { city: id }, kind: row.what, source: row.source, truth: row.truth, note: row.note, evidence: row.evidence });
		}
		const shown = { 'zh-Hant': hant, source: city.nameCorrected ? (sourceScript === 'zh-Hant' ? hant : hans) : entry.city };
		for (const [script, name] of Object.entries(shown)) {
			const reading = tonedPinyin(toHans(name));
			if (reading !== city.names.pinyin) city.readings = { ...city.readings, [script]: reading };
		}
		aliases[id] = otherNames(city, tableAliases.get(id) ?? []);
		return city;
	});

	for (const row of corrections.filter((c) => c.kind === 'country')) {
		const country = lookup(row.source);
		if (!country) throw new SourceError(files.corrections.file, row.line, row.raw, `no country is spelled "${row.source}"`);
		if (row.truth !== country.names['zh-Hans'] && row.truth !== country.names['zh-Hant']) {
			throw new SourceError(files.corrections.file, row.line, row.raw, `"${row.truth}" is not the name in ${files.countries.file}`);
		}
		applied.push({ subject: { country: country.id }, kind: 'name', source: row.source, truth: row.truth, note: row.note, evidence: row.evidence });
	}

	const fields: Field[] = FIELD_IDS.map((id) => {
		const [en, hans] = FIELD_NAMES[id];
		return { id, names: { en, 'zh-Hans': hans, 'zh-Hant': toHant(hans) } };
	});
	// Ship only countries that have a member city, so every country in the app can be asked about.
	const used = new Set(cities.filter((c) => c.status === 'member').map((c) => c.country));
	return { fields, countries: countries.filter((c) => used.has(c.id)), cities, corrections: applied, aliases };
}

const HEADER = '// Generated by `npm run data` from data/ (member list from Chinese Wikipedia, CC BY-SA 4.0). Do not edit.';

/** The generated module's text: committed, and compared by a test so a stale dataset fails. One row per line. */
export function renderDatasetModule(dataset: Dataset): string {
	const { fields, countries, cities } = compactDataset(dataset);
	const rows = (items: unknown[]) => items.map((item) => `\t\t${JSON.stringify(item)}`).join(',\n');
	return [
		HEADER,
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

/** The lazily loaded extras: the corrections with their evidence, and every city's other names. */
export function renderExtrasModules({ corrections, aliases }: BuiltDataset): { corrections: string; aliases: string } {
	const lines = (items: [string, unknown][]) => items.map(([key, value]) => `\t${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(',\n');
	return {
		corrections: [
			HEADER,
			"import type { Correction } from '../types.ts';",
			'',
			'/** Where the source list is wrong, with the evidence (data/corrections.tsv). */',
			`export const corrections: Correction[] = [\n${corrections.map((c) => `\t${JSON.stringify(c)}`).join(',\n')}\n];`,
			''
		].join('\n'),
		aliases: [
			HEADER,
			'// Loaded with the first typed answer or search, not with the app: see names.ts.',
			"import type { CityAliases } from '../names.ts';",
			'',
			'/** Other names of each city by id, as [Latin, in Simplified, in Traditional] (scripts/dataset/build-dataset.ts). */',
			`export const aliases: Record<string, CityAliases> = {\n${lines(Object.entries(aliases).filter(([, names]) => names.some((list) => list.length > 0)))}\n};`,
			''
		].join('\n')
	};
}
