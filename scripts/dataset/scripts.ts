// Telling and converting Chinese scripts at import time (opencc-js never ships).
// Character by character: regional names differ in words (悉尼, 雪梨), which only the names tables know.
import * as OpenCC from 'opencc-js';

const hansOf = OpenCC.Converter({ from: 't', to: 'cn' });
// `t`, not `tw`: Taiwan's variant table turns 里 into 裡 even in a transliteration (諾里奇), so it is not used for names.
const hantOf = OpenCC.Converter({ from: 'cn', to: 't' });
// Characters OpenCC swaps for a variant though they are standard in Simplified too (篠 in 丹波篠山).
const STANDARD_IN_BOTH = new Set(['篠']);

// Standard Traditional characters that OpenCC's one-candidate table turns into another (里 → 裏, 台 → 臺): 諾里奇 and
// 台灣 are written so in Taiwan. Reviewed by hand; only characters the project's names and messages use.
const TRADITIONAL_TOO = new Set(['里', '台']);

function convert(text: string, converter: (text: string) => string, keep: ReadonlySet<string>): string {
	// Conversion is character for character, so kept characters can be put back by index.
	const converted = [...converter(text)];
	return [...text].map((char, i) => (keep.has(char) ? char : (converted[i] ?? char))).join('');
}

/** Simplified form of a name or a text. */
export function toHans(text: string): string {
	return convert(text, hansOf, STANDARD_IN_BOTH);
}

/** Traditional form, character for character (no regional words). */
export function toHant(text: string): string {
	return convert(text, hantOf, new Set([...STANDARD_IN_BOTH, ...TRADITIONAL_TOO]));
}

/** Characters only Traditional text has (愛, 蘭) or only Simplified text has (爱, 兰). */
export function traditionalOnly(text: string): string[] {
	return [...text].filter((char) => toHans(char) !== char && toHant(char) === char);
}

export function simplifiedOnly(text: string): string[] {
	return [...text].filter((char) => toHant(char) !== char && toHans(char) === char);
}

/** The script a name is visibly written in, or undefined when it reads the same in both (雪梨, 富川). */
export function scriptOf(text: string): 'zh-Hans' | 'zh-Hant' | undefined {
	if (traditionalOnly(text).length > 0) return 'zh-Hant';
	if (simplifiedOnly(text).length > 0) return 'zh-Hans';
	return undefined;
}
