// Parses the project's copy of the member list (data/unesco-creative-cities.zh.md) into raw entries.
// Pure: no conversion or lookups here, so every trap of the source can be tested line by line.
import type { FieldId } from '../../src/lib/data/types.ts';

export interface SourceEntry {
	field: FieldId;
	/** The city as spelled in the source, e.g. 圣克里斯托瓦尔-德拉斯卡萨斯. */
	city: string;
	/** The Wikipedia page the city links to, unescaped, e.g. 奧比杜什_(葡萄牙). */
	cityPage: string;
	/** The country as spelled in the source, e.g. 英國 or 英国. */
	country: string;
	line: number;
}

/** An import failure that names the file, line number and line, so a bad source line is easy to find. */
export class SourceError extends Error {
	constructor(
		readonly file: string,
		readonly line: number,
		readonly text: string,
		reason: string
	) {
		super(`${file}:${line}: ${reason}\n  ${text.trim()}`);
		this.name = 'SourceError';
	}
}

/** Field headings as the source writes them (Traditional), plus their Simplified forms. */
const FIELD_HEADINGS: Record<string, FieldId> = {
	文學之都: 'literature',
	文学之都: 'literature',
	電影之都: 'film',
	电影之都: 'film',
	音樂之都: 'music',
	音乐之都: 'music',
	手工業和民間藝術之都: 'crafts-folk-art',
	手工业和民间艺术之都: 'crafts-folk-art',
	設計之都: 'design',
	设计之都: 'design',
	媒體藝術之都: 'media-arts',
	媒体艺术之都: 'media-arts',
	美食之都: 'gastronomy'
};

// A link target may contain escaped parentheses, e.g. 奧比杜什_\(葡萄牙\); `\\.` consumes them whole.
const LINK = String.raw`\[([^\]]+)\]\(((?:\\.|[^)\\])*)\)`;
// `)-[` separates city from country; a hyphen inside the city's brackets (圣克里斯托瓦尔-德拉斯卡萨斯) is left alone.
const CITY_LINE = new RegExp(String.raw`^\s*[-*]\s+${LINK}\s*-\s*${LINK}\s*$`);
const WIKI_URL = /^https:\/\/zh\.wikipedia\.org\/wiki\/(.+)$/;
const PAGE_PATH = /^\.\.\/Page\/(.+)\.md$/;

/** The Wikipedia page a link points to, in either of the source's two link styles; null for any other link. */
export function linkedPage(target: string): string | null {
	const url = target.replace(/\s+"[^"]*"\s*$/, '').trim();
	const page = WIKI_URL.exec(url)?.[1] ?? PAGE_PATH.exec(url)?.[1];
	return page ? page.replace(/\\(.)/g, '$1') : null;
}

export function parseSource(text: string, file = 'source'): SourceEntry[] {
	const entries: SourceEntry[] = [];
	const seen = new Map<string, number>();
	let field: FieldId | null = null;

	text.split(/\r?\n/).forEach((raw, index) => {
		const line = index + 1;
		const fail = (reason: string) => {
			throw new SourceError(file, line, raw, reason);
		};
		const trimmed = raw.trim();
		if (trimmed === '' || trimmed.startsWith('>')) return;

		const heading = /^(#{1,6})\s+(.+?)\s*#*$/.exec(trimmed);
		if (heading) {
			const [, hashes, title] = heading as unknown as [string, string, string];
			if (hashes.length < 3) {
				field = null; // a new top-level section: member lines must sit under a field heading
				return;
			}
			field = FIELD_HEADINGS[title] ?? fail(`unknown field heading "${title}"`);
			return;
		}

		const match = CITY_LINE.exec(raw);
		if (!match) return fail('not a "- [city](link)-[country](link)" line');
		const [, city, cityLink, country, countryLink] = match as unknown as string[];
		if (!field) return fail('city line outside a field section');
		const cityPage = linkedPage(cityLink!) ?? fail(`unknown link style "${cityLink}"`);
		if (linkedPage(countryLink!) === null) fail(`unknown link style "${countryLink}"`);
		const name = city!.trim();
		const earlier = seen.get(name);
		if (earlier) fail(`duplicate city "${name}" (first on line ${earlier})`);
		seen.set(name, line);
		entries.push({ field, city: name, cityPage, country: country!.trim(), line });
	});

	return entries;
}
