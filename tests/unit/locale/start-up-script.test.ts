// The start-up script of src/app.html, run as the browser runs it, before the first paint: which page it opens.
import { expect, test } from 'vitest';
import { runStartUpScript } from '../start-up-script.ts';

interface Visit {
	/** The lang of the prerendered page the browser opened. */
	page: 'en' | 'zh-Hans' | 'zh-Hant';
	languages: string[];
	stored?: Record<string, string>;
}

/** Where the script sends the browser (undefined: it stays), and the theme it applied. */
function startUp({ page, languages, stored = {} }: Visit) {
	const alternates: Record<string, string> = { en: '/play', 'zh-Hans': '/zh/play', 'zh-Hant': '/zh-Hant/play' };
	const root = { lang: page, dataset: {} as Record<string, string> };
	let replacedWith: string | undefined;
	runStartUpScript({
		document: {
			documentElement: root,
			querySelector: (selector: string) => {
				const hreflang = /hreflang="([^"]+)"/.exec(selector)?.[1];
				return hreflang && alternates[hreflang] ? { href: alternates[hreflang] } : null;
			},
			addEventListener: () => {}
		},
		localStorage: { getItem: (key: string) => stored[key] ?? null },
		navigator: { languages },
		location: { search: '?x=1', hash: '', replace: (url: string) => (replacedWith = url) }
	});
	return { to: replacedWith, hidden: 'leaving' in root.dataset, namesHidden: 'namesPending' in root.dataset, theme: root.dataset.theme };
}

test('a first visit from a Chinese browser opens the Chinese page in its script, hidden until it goes', () => {
	expect(startUp({ page: 'en', languages: ['zh-CN', 'en'] })).toMatchObject({ to: '/zh/play?x=1', hidden: true });
	expect(startUp({ page: 'en', languages: ['zh-TW'] }).to).toBe('/zh-Hant/play?x=1');
	expect(startUp({ page: 'en', languages: ['zh-HK', 'zh-CN'] }).to).toBe('/zh-Hant/play?x=1');
	expect(startUp({ page: 'zh-Hans', languages: ['zh-TW'] }).to).toBe('/zh-Hant/play?x=1');
	expect(startUp({ page: 'zh-Hant', languages: ['zh-CN'] }).to).toBe('/zh/play?x=1');
});

test('an English or other browser stays on the page it asked for, in any language', () => {
	expect(startUp({ page: 'en', languages: ['en-US', 'zh-CN'] })).toMatchObject({ to: undefined, hidden: false });
	expect(startUp({ page: 'en', languages: ['fr-FR'] }).to).toBeUndefined();
	expect(startUp({ page: 'zh-Hans', languages: ['en-US'] }).to).toBeUndefined();
	expect(startUp({ page: 'zh-Hant', languages: ['en-US'] }).to).toBeUndefined();
});

test('a remembered choice wins over the browser and the address', () => {
	const english = { 'creative-cities-language': 'en' };
	expect(startUp({ page: 'en', languages: ['zh-CN'], stored: english }).to).toBeUndefined();
	expect(startUp({ page: 'zh-Hans', languages: ['zh-CN'], stored: english }).to).toBe('/play?x=1');
	const chinese = { 'creative-cities-language': 'zh' };
	expect(startUp({ page: 'en', languages: ['en-US'], stored: chinese }).to).toBe('/zh/play?x=1');
	expect(startUp({ page: 'en', languages: ['en-US'], stored: { ...chinese, 'creative-cities-script': 'zh-Hant' } }).to).toBe('/zh-Hant/play?x=1');
	expect(startUp({ page: 'zh-Hant', languages: ['zh-TW'], stored: { 'creative-cities-script': 'source' } }).to).toBe('/zh/play?x=1');
	expect(startUp({ page: 'zh-Hans', languages: ['zh-TW'], stored: { 'creative-cities-script': 'zh-Hans' } }).to).toBeUndefined();
});

test('names in mainland Simplified wait for the app only where the reader wants another script', () => {
	expect(startUp({ page: 'en', languages: ['en-US'] }).namesHidden).toBe(false);
	expect(startUp({ page: 'en', languages: ['zh-TW'], stored: { 'creative-cities-language': 'en' } }).namesHidden).toBe(true);
	expect(startUp({ page: 'zh-Hans', languages: ['zh-CN'], stored: { 'creative-cities-script': 'source' } }).namesHidden).toBe(true);
	expect(startUp({ page: 'zh-Hans', languages: ['zh-CN'] }).namesHidden).toBe(false);
	// Traditional pages are prerendered with Taiwan's names.
	expect(startUp({ page: 'zh-Hant', languages: ['zh-TW'] }).namesHidden).toBe(false);
});

test('the saved theme is applied at once', () => {
	expect(startUp({ page: 'en', languages: ['en'], stored: { 'creative-cities-theme': 'dark' } }).theme).toBe('dark');
});
