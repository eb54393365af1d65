import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../messages/', import.meta.url);
const areas = readdirSync(new URL('en/', dir)).filter((f) => f.endsWith('.json'));
const read = (locale: string, area: string): Record<string, string> => JSON.parse(readFileSync(new URL(`${locale}/${area}`, dir), 'utf8'));

describe('interface messages', () => {
	for (const area of areas) {
		it(`${area}: every message exists in English and Chinese, with the same parameters`, () => {
			const en = read('en', area);
			const zh = read('zh', area);
			expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
			for (const key of Object.keys(en)) {
				const params = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
				expect(params(zh[key]!), key).toEqual(params(en[key]!));
				expect(zh[key]!.trim(), key).not.toBe('');
			}
		});
	}
});
