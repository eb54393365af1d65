// What a generated question shows, in each script: never a city that is not a member, never a bare 刚果/剛果, never
// a script that gives the answer away, and one script per sentence.
import { describe, expect, it } from 'vitest';
import { simplifiedOnly, traditionalOnly } from '../../../scripts/dataset/scripts.ts';
import { cities, cityById, countries, countryById, fieldById, listedCities } from '../../../src/lib/data/index.ts';
import { cityName, countryName, fieldName, scriptForLanguages, SCRIPTS, type Script } from '../../../src/lib/data/names.ts';
import { m } from '../../../src/lib/paraglide/messages.js';
import { buildSession, seededRandom, type ChoiceQuestion, type MapQuestion, type Question as AnyQuestion } from '../../../src/lib/quiz/index.ts';
import type { Card } from '../../../src/lib/srs/types.ts';

const SEEDS = Array.from({ length: 30 }, (_, i) => i + 1);
// Every card of every listed city, Vienna too: an old answer may still name it.
const CARDS: Card[] = listedCities.flatMap((c) => [
	{ city: c.id, facet: 'field' as const },
	{ city: c.id, facet: 'country' as const }
]);

/** The questions of field and country cards: those that name cities, fields and countries in their prompt or options. */
type Question = Exclude<AnyQuestion, MapQuestion>;

/** Rounds over every card, in a shuffled order per seed (a round asks about a city once). */
function sessions(): Question[] {
	return SEEDS.flatMap((seed) => {
		const random = seededRandom(seed);
		const cards = [...CARDS].sort(() => random() - 0.5);
		return buildSession(cards, { random, length: CARDS.length }) as Question[];
	});
}

/** The prompt as a Chinese reader sees it in a script (the wording of src/lib/components/quiz/prompt.ts). */
function prompt(q: Question, script: Script): string {
	const locale = script === 'zh-Hant' ? 'zh-Hant' : 'zh';
	const field = q.field ? fieldName(fieldById(q.field), script) : '';
	const country = q.country ? countryName(countryById(q.country)!, script) : '';
	const city = 'city' in q && q.city ? cityName(cityById(q.city)!, script) : '';
	const options = q.kind === 'type-city' ? [] : q.options.map((id) => optionName(q, id, script));
	const text = {
		'field-of-city': () => m.prompt_field_of_city({ city }, { locale }),
		'city-of-field': () => m.prompt_city_of_field({ field }, { locale }),
		'country-of-city': () => m.prompt_country_of_city({ city }, { locale }),
		'city-in-country': () => m.prompt_city_in_country({ country, field }, { locale }),
		'odd-one-out': () => m.prompt_odd_one_out({ field }, { locale }),
		'type-city': () => m.prompt_type_city({ field, country }, { locale })
	}[q.kind]();
	return [text, ...options].join(' / ');
}

function optionName(q: ChoiceQuestion, id: string, script: Script): string {
	if (q.optionType === 'city') return cityName(cityById(id)!, script);
	if (q.optionType === 'country') return countryName(countryById(id)!, script);
	return fieldName(fieldById(id as never), script);
}

const all = sessions();

describe('generated questions', () => {
	it('never ask about Vienna, which is not a member', () => {
		expect(all.length).toBeGreaterThan(1500);
		for (const q of all) {
			const named = [q.card.city, ...(q.kind === 'type-city' ? q.answers : q.optionType === 'city' ? q.options : []), 'city' in q ? q.city : ''];
			expect(named, JSON.stringify(q)).not.toContain('vienna');
		}
	});

	it('never name a bare 刚果 or 剛果, in any script', () => {
		for (const country of countries) {
			for (const script of SCRIPTS) expect(['刚果', '剛果']).not.toContain(countryName(country, script));
		}
		for (const q of all.filter((q) => q.country === 'CG' || q.country === 'CD' || (q.kind !== 'type-city' && q.optionType === 'country'))) {
			for (const script of SCRIPTS) expect(prompt(q, script)).not.toMatch(/[刚剛]果(?![共民])/);
		}
	});

	it('write each prompt, with its options, in one script', () => {
		for (const q of all.slice(0, 1200)) {
			expect(traditionalOnly(prompt(q, 'zh-Hans')), prompt(q, 'zh-Hans')).toEqual([]);
			expect(simplifiedOnly(prompt(q, 'zh-Hant')), prompt(q, 'zh-Hant')).toEqual([]);
		}
	});

	it('never make the right city the only name in its script, as the source spells them', () => {
		const cityQuestions = all.filter((q): q is ChoiceQuestion => q.kind !== 'type-city' && q.optionType === 'city');
		expect(cityQuestions.length).toBeGreaterThan(500);
		for (const q of cityQuestions) {
			const script = (id: string) => cityById(id)!.sourceScript;
			const others = q.options.filter((id) => id !== q.answer).map(script);
			const answer = script(q.answer);
			const giveAway = answer !== undefined && !others.includes(answer) && others.some((s) => s !== undefined);
			expect(giveAway, q.options.map((id) => cityName(cityById(id)!, 'source')).join(' ')).toBe(false);
		}
	});

	it('show the right name for Icheon even as the source spells names', () => {
		expect(cityName(cityById('icheon')!, 'source')).toBe('利川');
		expect(cities.every((c) => cityName(c, 'source') !== '仁川')).toBe(true);
	});
});

describe('the script a browser asks for', () => {
	it('is Traditional for Taiwan, Hong Kong and Macao, and Simplified otherwise', () => {
		expect(scriptForLanguages(['zh-TW'])).toBe('zh-Hant');
		expect(scriptForLanguages(['zh-HK', 'en'])).toBe('zh-Hant');
		expect(scriptForLanguages(['en-US', 'zh-MO'])).toBe('zh-Hant');
		expect(scriptForLanguages(['zh-Hant-TW'])).toBe('zh-Hant');
		expect(scriptForLanguages(['zh-CN'])).toBe('zh-Hans');
		expect(scriptForLanguages(['zh-SG'])).toBe('zh-Hans');
		expect(scriptForLanguages(['zh'])).toBe('zh-Hans');
		expect(scriptForLanguages(['en-US'])).toBe('zh-Hans');
		expect(scriptForLanguages([])).toBe('zh-Hans');
	});
});
