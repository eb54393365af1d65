import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simplifiedOnly, traditionalOnly } from '../../scripts/dataset/scripts.ts';
import { traditionalMessages } from '../../scripts/traditional-messages.js';

const dir = new URL('../../messages/', import.meta.url);
const areas = readdirSync(new URL('en/', dir)).filter((f) => f.endsWith('.json'));
const read = (locale: string, area: string): Record<string, string> => JSON.parse(readFileSync(new URL(`${locale}/${area}`, dir), 'utf8'));

describe('interface messages', () => {
	for (const area of areas) {
		it(`${area}: every message exists in English and Chinese, with the same parameters`, () => {
			const en = read('en', area);
			for (const locale of ['zh', 'zh-Hant']) {
				const zh = read(locale, area);
				expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
				for (const key of Object.keys(en)) {
					const params = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
					expect(params(zh[key]!), key).toEqual(params(en[key]!));
					expect(zh[key]!.trim(), key).not.toBe('');
				}
			}
		});

		it(`${area}: Chinese text is in one script each, Simplified or Traditional`, () => {
			for (const [key, text] of Object.entries(read('zh', area))) expect(traditionalOnly(text), key).toEqual([]);
			for (const [key, text] of Object.entries(read('zh-Hant', area))) expect(simplifiedOnly(text), key).toEqual([]);
		});
	}

	it('Traditional text uses Taiwan’s words: the app is a 應用程式, quotes are 「」', () => {
		for (const area of areas) {
			for (const [key, text] of Object.entries(read('zh-Hant', area))) {
				expect(text.match(/應用(?!程式)/g), key).toBeNull();
				expect(text.match(/[“”]/g), key).toBeNull();
			}
		}
	});

	it('the Traditional catalogue is the one generated from the Simplified (run `npm run check` when this fails)', () => {
		for (const [area, text] of Object.entries(traditionalMessages())) {
			expect(readFileSync(new URL(`zh-Hant/${area}`, dir), 'utf8'), area).toBe(text);
		}
	});
});
