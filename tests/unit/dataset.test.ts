import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset, renderDatasetModule, renderExtrasModules, slugify } from '../../scripts/dataset/build-dataset.ts';
import { GENERATED_EXTRAS, GENERATED_MODULE, readSourceFiles } from '../../scripts/dataset/files.ts';
import { linkedPage, parseSource, SourceError } from '../../scripts/dataset/parse-source.ts';
import { simplifiedOnly, traditionalOnly } from '../../scripts/dataset/scripts.ts';
import { cities, citiesInCountry, citiesOfField, cityById, countries, countryById, listedCities } from '../../src/lib/data/index.ts';
import { countryInSentence } from '../../src/lib/data/names.ts';

const files = readSourceFiles();
const built = buildDataset(files);

describe('the real member list', () => {
	it('has 152 cities with the expected count per field', () => {
		const entries = parseSource(files.members.text, files.members.file);
		expect(entries).toHaveLength(152);
		const perField = Object.fromEntries(
			['literature', 'film', 'music', 'crafts-folk-art', 'design', 'media-arts', 'gastronomy'].map((f) => [
				f,
				entries.filter((e) => e.field === f).length
			])
		);
		expect(perField).toEqual({
			literature: 27,
			film: 10,
			music: 26,
			'crafts-folk-art': 26,
			design: 28,
			'media-arts': 12,
			gastronomy: 23
		});
	});

	it('keeps a hyphen inside a city name', () => {
		const entries = parseSource(files.members.text);
		const city = entries.find((e) => e.city.startsWith('圣克里斯托瓦尔'));
		expect(city).toMatchObject({ city: '圣克里斯托瓦尔-德拉斯卡萨斯', country: '墨西哥', field: 'crafts-folk-art' });
		expect(cityById('san-cristobal-de-las-casas')?.country).toBe('MX');
	});

	it('reads escaped parentheses and both link styles', () => {
		const entries = parseSource(files.members.text);
		expect(entries.find((e) => e.city === '奧比杜什')?.cityPage).toBe('奧比杜什_(葡萄牙)');
		expect(entries.find((e) => e.city === '桑托斯')?.cityPage).toBe('桑托斯_(巴西)');
		expect(linkedPage('https://zh.wikipedia.org/wiki/愛丁堡 "wikilink"')).toBe('愛丁堡');
		expect(linkedPage('../Page/都柏林.md "wikilink"')).toBe('都柏林');
		expect(linkedPage('https://example.com/x')).toBeNull();
	});

	it('maps every spelling of a country, in either script, to one ISO code', () => {
		expect(built.countries).toHaveLength(60);
		const countryOf = (source: string) => built.cities.find((c) => c.names.source === source)?.country;
		expect([countryOf('愛丁堡'), countryOf('曼彻斯特')]).toEqual(['GB', 'GB']); // 英國, 英国
		// 美國, 美国, 美利坚合众国, 美利堅合眾國
		expect([countryOf('艾奧瓦城'), countryOf('西雅图'), countryOf('聖塔菲'), countryOf('底特律')]).toEqual(['US', 'US', 'US', 'US']);
		expect(countryOf('澳門')).toBe('CN');
	});

	it('keeps the two Congos apart', () => {
		expect(cityById('brazzaville')?.country).toBe('CG');
		expect(cityById('kinshasa')?.country).toBe('CD');
		expect(cityById('lubumbashi')?.country).toBe('CD');
		expect(countryById('CG')?.names.en).toBe('Republic of the Congo');
		expect(countryById('CD')?.names.en).toBe('Democratic Republic of the Congo');
	});

	it('gives every city its names: mainland and Taiwan, English, and pinyin with tone marks', () => {
		const hangzhou = cityById('hangzhou');
		expect(hangzhou?.names).toEqual({ source: '杭州', 'zh-Hans': '杭州', 'zh-Hant': '杭州', en: 'Hangzhou', pinyin: 'Hángzhōu' });
		expect(cityById('edinburgh')?.names).toMatchObject({ source: '愛丁堡', 'zh-Hans': '爱丁堡', 'zh-Hant': '愛丁堡' });
		expect(cityById('suzhou')?.names['zh-Hant']).toBe('蘇州');
		expect(cityById('dublin')?.names.pinyin).toBe('Dūbólín');
		for (const city of listedCities) {
			expect(city.id).toBe(slugify(city.names.en));
			expect(city.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			// Tone marks on every syllable but the neutral ones; one word per hyphenated part.
			expect(city.names.pinyin).toMatch(/^[A-ZÀ-Ǜ][a-zà-ǜ']*(-[A-ZÀ-Ǜ][a-zà-ǜ']*)*$/u);
			expect(simplifiedOnly(city.names['zh-Hant']), city.id).toEqual([]);
			expect(traditionalOnly(city.names['zh-Hans']), city.id).toEqual([]);
		}
	});

	it('names cities as a reader in mainland China or in Taiwan knows them', () => {
		const names = (id: string) => [cityById(id)?.names['zh-Hans'], cityById(id)?.names['zh-Hant']];
		expect(names('sydney')).toEqual(['悉尼', '雪梨']);
		expect(names('montreal')).toEqual(['蒙特利尔', '蒙特婁']);
		expect(names('kinshasa')).toEqual(['金沙萨', '金夏沙']);
		expect(names('kingston')).toEqual(['金斯敦', '京斯敦']);
		expect(names('dunedin')).toEqual(['达尼丁', '但尼丁']);
		expect(names('kaunas')).toEqual(['考纳斯', '考那斯']);
		expect(names('ensenada')).toEqual(['恩塞纳达', '恩森那達']);
		expect(names('reykjavik')).toEqual(['雷克雅未克', '雷克雅維克']);
		expect(names('santa-fe')).toEqual(['圣菲', '聖塔菲']);
		expect(names('quebec-city')).toEqual(['魁北克城', '魁北克市']);
		expect(names('istanbul')).toEqual(['伊斯坦布尔', '伊斯坦堡']);
		expect(names('dubai')).toEqual(['迪拜', '杜拜']);
		expect(names('chennai')).toEqual(['金奈', '清奈']);
		expect(cityById('sydney')?.readings).toEqual({ 'zh-Hant': 'Xuělí', source: 'Xuělí' });
		const country = (id: string) => [countryById(id)?.names['zh-Hans'], countryById(id)?.names['zh-Hant']];
		expect(country('MK')).toEqual(['北马其顿', '北馬其頓']);
		expect(country('IT')).toEqual(['意大利', '義大利']);
		expect(country('CG')).toEqual(['刚果共和国', '剛果共和國']);
		expect(country('CD')).toEqual(['刚果民主共和国', '剛果民主共和國']);
	});

	it('corrects the source where it is wrong, keeping what it said', () => {
		const icheon = cityById('icheon')!;
		expect(icheon.names).toMatchObject({ source: '仁川', 'zh-Hans': '利川', 'zh-Hant': '利川', en: 'Icheon', pinyin: 'Lìchuān' });
		expect(icheon.nameCorrected).toBe(true);
		expect(cityById('vienna')).toMatchObject({ status: 'not-a-member', field: 'music', country: 'AT' });
		expect(cities.map((c) => c.id)).not.toContain('vienna');
		expect(listedCities).toHaveLength(152);
		expect(cities).toHaveLength(151);
		expect(built.corrections.map((c) => [c.subject, c.kind, c.source, c.truth])).toEqual([
			[{ city: 'vienna' }, 'status', '維也納', 'not-a-member'],
			[{ city: 'icheon' }, 'name', '仁川', '利川'],
			[{ country: 'MK' }, 'name', '馬其頓共和國', '北马其顿']
		]);
	});

	it('carries the evidence of every row of the corrections and names tables', () => {
		const rows = (text: string) => text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
		for (const table of [files.corrections, files.chineseNames, files.countries, files.aliases]) {
			for (const row of rows(table.text)) expect(row.split('\t').at(-1), `${table.file}: ${row}`).toMatch(/^https?:\/\/\S+( https?:\/\/\S+)*$/);
		}
		expect(rows(files.chineseNames.text)).toHaveLength(152);
		const ids = new Set(listedCities.map((c) => c.id));
		for (const row of rows(files.aliases.text)) expect(ids.has(row.split('\t')[0]!), row).toBe(true);
	});

	it('knows the English article of every country', () => {
		const withThe = countries.filter((c) => c.article === 'the').map((c) => countryInSentence(c));
		expect(withThe.sort()).toEqual([
			'the Bahamas',
			'the Democratic Republic of the Congo',
			'the Philippines',
			'the Republic of the Congo',
			'the United Arab Emirates',
			'the United Kingdom',
			'the United States'
		]);
		expect(countryInSentence(countryById('JP')!)).toBe('Japan');
		expect(countryInSentence(countryById('CZ')!)).toBe('Czechia');
	});

	it('offers lookups by field and by country', () => {
		expect(citiesOfField('film').map((c) => c.id)).toContain('busan');
		expect(citiesInCountry('JP').map((c) => c.id)).toContain('kanazawa');
		expect(countries.every((country) => citiesInCountry(country.id).length > 0)).toBe(true);
	});

	it('ships a dataset that is up to date with data/ (run `npm run data` when this fails)', () => {
		expect(readFileSync(GENERATED_MODULE, 'utf8')).toBe(renderDatasetModule(built));
		const extras = renderExtrasModules(built);
		expect(readFileSync(GENERATED_EXTRAS.aliases, 'utf8')).toBe(extras.aliases);
		expect(readFileSync(GENERATED_EXTRAS.corrections, 'utf8')).toBe(extras.corrections);
	});
});

describe('bad input stops the import with file, line number and line', () => {
	const withMembers = (text: string) => ({ ...files, members: { file: 'members.md', text } });
	const good = '### 音樂之都\n\n  - [維也納](../Page/維也納.md "wikilink")-[奧地利](https://zh.wikipedia.org/wiki/奧地利 "wikilink")\n';

	function failure(run: () => unknown): SourceError {
		try {
			run();
		} catch (error) {
			if (error instanceof SourceError) return error;
			throw error;
		}
		throw new Error('expected the import to fail');
	}

	it('accepts a well-formed fixture', () => {
		expect(buildDataset(withMembers(good)).cities.map((c) => c.id)).toEqual(['vienna']);
	});

	it('refuses a line that does not parse', () => {
		const error = failure(() => parseSource(good + '  - 維也納-奧地利\n', 'members.md'));
		expect(error.message).toContain('members.md:4');
		expect(error.message).toContain('維也納-奧地利');
	});

	it('refuses a link of an unknown style', () => {
		const error = failure(() => parseSource('### 音樂之都\n  - [維也納](http://example.com/x)-[奧地利](../Page/奧地利.md)\n', 'm.md'));
		expect(error.message).toMatch(/m\.md:2: unknown link style/);
	});

	it('refuses a country spelling with no mapping', () => {
		const text = '### 音樂之都\n  - [維也納](../Page/維也納.md "wikilink")-[奥国](../Page/奥国.md "wikilink")\n';
		const error = failure(() => buildDataset(withMembers(text)));
		expect(error.message).toContain('members.md:2: no country mapping for "奥国"');
	});

	it('refuses a duplicate city', () => {
		const error = failure(() => parseSource(good + good.split('\n')[2] + '\n', 'members.md'));
		expect(error.message).toContain('members.md:4: duplicate city "維也納" (first on line 3)');
	});

	it('refuses a field heading it does not know', () => {
		const error = failure(() => parseSource('### 建筑之都\n', 'members.md'));
		expect(error.message).toContain('members.md:1: unknown field heading "建筑之都"');
	});

	it('refuses a city line outside a field section', () => {
		const error = failure(() => parseSource('## 外部連結\n  - [維也納](../Page/維也納.md)-[奧地利](../Page/奧地利.md)\n', 'members.md'));
		expect(error.message).toContain('members.md:2: city line outside a field section');
	});

	it('refuses a city with no English name', () => {
		const text = '### 音樂之都\n  - [新城](../Page/新城.md)-[奧地利](../Page/奧地利.md)\n';
		expect(failure(() => buildDataset(withMembers(text))).message).toContain('no English name for "新城"');
	});

	it('accepts a country written in the other script than its alias list', () => {
		const text = '### 音樂之都\n  - [維也納](../Page/維也納.md)-[奥地利](../Page/奥地利.md)\n  - [格拉茨](../Page/格拉茨.md)-[德国](../Page/德国.md)\n';
		expect(buildDataset(withMembers(text)).cities.map((c) => c.country)).toEqual(['AT', 'DE']);
	});

	it('refuses a correction or a name row without evidence', () => {
		const corrections = { file: 'corrections.tsv', text: 'city\t仁川\tname\t利川\tIcheon, not Incheon.\tsee UNESCO\n' };
		expect(failure(() => buildDataset({ ...files, corrections })).message).toContain('corrections.tsv:1: the evidence column needs a URL');
		const chineseNames = { file: 'cities.zh.tsv', text: '維也納\t维也纳\t維也納\tzh.wikipedia\n' };
		expect(failure(() => buildDataset({ ...withMembers(good), chineseNames })).message).toContain('cities.zh.tsv:1: the evidence column needs a URL');
	});

	it('refuses a regional name in the wrong script, and a city with no Chinese names', () => {
		const chineseNames = { file: 'cities.zh.tsv', text: '維也納\t維也納\t維也納\thttps://zh.wikipedia.org/wiki/維也納\n' };
		expect(failure(() => buildDataset({ ...withMembers(good), chineseNames })).message).toContain('the zh-Hans name "維也納" has Traditional characters');
		const none = { file: 'cities.zh.tsv', text: '' };
		expect(failure(() => buildDataset({ ...withMembers(good), chineseNames: none })).message).toContain('no Chinese names for "維也納"');
	});
});
