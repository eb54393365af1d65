// Whether this machine has a font for Chinese text. Without one, Chromium draws the app's Chinese names through its
// fallback search (and then boxes): the paint and layout the benchmark times are not those of a learner's machine.
import { execFileSync } from 'node:child_process';

/** A line to print when fontconfig finds no Chinese font; null when it finds one, or cannot be asked (not Linux). */
export function chineseFontWarning(listFonts: () => string = () => execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' })): string | null {
	let fonts: string;
	try {
		fonts = listFonts();
	} catch {
		return null;
	}
	if (fonts.trim()) return null;
	return 'Warning: no Chinese font on this machine (fc-list :lang=zh): Chinese text takes Chromium’s fallback, and the times are not a learner’s. Debian: apt-get install fonts-noto-cjk';
}
