// Chinese text takes full-width punctuation (，：？！（）；。): an ASCII colon or comma beside Chinese characters
// reads as a typo to a Chinese reader ("待复习: 0").
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Simplified, and the Traditional catalogue generated from it.
const messages = ['zh', 'zh-Hant']
	.map((locale) => new URL(`../../messages/${locale}/`, import.meta.url))
	.flatMap((dir) =>
		readdirSync(dir)
			.filter((file) => file.endsWith('.json'))
			.flatMap((file) => Object.entries(JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Record<string, string>))
	)
	.filter(([key]) => key !== '$schema');

const HAN = '\\p{Script=Han}';
// A parameter ({city}) stands for a Chinese name in a Chinese sentence, so it counts as Chinese beside punctuation.
const CHINESE = `(?:${HAN}|\\{\\w+\\})`;
const HALF_WIDTH = '[,:;?!()]';

/** The half-width punctuation marks that stand next to Chinese text in `text`, with what is around them. */
function halfWidthInChinese(text: string): string[] {
	if (!new RegExp(HAN, 'u').test(text)) return [];
	const beside = new RegExp(`${CHINESE} ?${HALF_WIDTH}|${HALF_WIDTH} ?${CHINESE}|${HAN}\\.(?!\\w)`, 'gu');
	return text.match(beside) ?? [];
}

describe('Chinese messages', () => {
	it('the check sees half-width punctuation beside Chinese, and nothing else', () => {
		expect(halfWidthInChinese('待复习: {count}')).toEqual(['习:']);
		expect(halfWidthInChinese('{field}: 已掌握')).toEqual(['{field}:']);
		expect(halfWidthInChinese('答对了!')).toEqual(['了!']);
		expect(halfWidthInChinese('位于(北京)')).toEqual(['于(', '京)']);
		expect(halfWidthInChinese('结束.')).toEqual(['束.']);
		expect(halfWidthInChinese('待复习：{count}，共 {total} 题。')).toEqual([]);
		expect(halfWidthInChinese('答对 {right} / {total} 题')).toEqual([]);
		expect(halfWidthInChinese('English, only: yes?')).toEqual([]);
	});

	it('use full-width punctuation beside Chinese text, every one of them', () => {
		expect(messages.length).toBeGreaterThan(200);
		const offenders = messages.filter(([, text]) => halfWidthInChinese(text).length > 0);
		expect(offenders).toEqual([]);
	});
});
