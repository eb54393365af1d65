// The benchmark says when the machine it times on has no font for Chinese text.
import { expect, test } from 'vitest';
import { chineseFontWarning } from '../../../scripts/bench/fonts.ts';

test('a machine without a Chinese font is named; one with a font, or without fontconfig, is not', () => {
	expect(chineseFontWarning(() => '')).toMatch(/no Chinese font.*fonts-noto-cjk/);
	expect(chineseFontWarning(() => 'Noto Sans CJK SC,Noto Sans CJK SC Regular\n')).toBeNull();
	expect(
		chineseFontWarning(() => {
			throw new Error('fc-list: not found');
		})
	).toBeNull();
});
