// Each page's language is in its address; links, alternates and the reroute hook are worked out from it.
import { describe, expect, test } from 'vitest';
import { delocalizePathname, localizeHref, localizePath, pageLanguageFor, splitPath } from '../../../src/lib/locale/paths.ts';

describe('splitPath', () => {
	test('English at the root, Chinese under /zh and /zh-Hant, with or without a base path', () => {
		expect(splitPath('/', '')).toEqual({ language: 'en', path: '/' });
		expect(splitPath('/play/field/music', '')).toEqual({ language: 'en', path: '/play/field/music' });
		expect(splitPath('/zh', '')).toEqual({ language: 'zh-Hans', path: '/' });
		expect(splitPath('/zh/', '')).toEqual({ language: 'zh-Hans', path: '/' });
		expect(splitPath('/zh/cities/hangzhou', '')).toEqual({ language: 'zh-Hans', path: '/cities/hangzhou' });
		expect(splitPath('/zh-Hant/play', '')).toEqual({ language: 'zh-Hant', path: '/play' });
		expect(splitPath('/creative-cities/zh/play', '/creative-cities')).toEqual({ language: 'zh-Hans', path: '/play' });
		expect(splitPath('/creative-cities', '/creative-cities')).toEqual({ language: 'en', path: '/' });
	});

	test('only a whole first segment is a language: /zhuhai and /zh-Hans are not', () => {
		expect(splitPath('/zhuhai', '').language).toBe('en');
		expect(splitPath('/zh-Hans/play', '').language).toBe('en');
		expect(splitPath('/cities/zh', '').language).toBe('en');
		// A base path that itself ends in "zh" is no language.
		expect(splitPath('/zh/play', '/zh')).toEqual({ language: 'en', path: '/play' });
	});
});

describe('delocalizePathname (the reroute hook)', () => {
	test('sends a Chinese page to its English route, base kept', () => {
		expect(delocalizePathname('/zh', '')).toBe('/');
		expect(delocalizePathname('/zh-Hant/cities/sydney', '')).toBe('/cities/sydney');
		expect(delocalizePathname('/creative-cities/zh/map', '/creative-cities')).toBe('/creative-cities/map');
		expect(delocalizePathname('/creative-cities/zh', '/creative-cities')).toBe('/creative-cities/');
	});

	test('leaves English pages and other files alone', () => {
		expect(delocalizePathname('/play', '')).toBe('/play');
		expect(delocalizePathname('/_app/immutable/entry/start.js', '')).toBe('/_app/immutable/entry/start.js');
	});
});

describe('localizePath and localizeHref', () => {
	test('every route path in every language, and back', () => {
		for (const path of ['/', '/play', '/cities/hangzhou', '/play/field/music']) {
			for (const language of ['en', 'zh-Hans', 'zh-Hant'] as const) {
				expect(splitPath(localizePath(path, language), '')).toEqual({ language, path });
				expect(splitPath('/base' + localizePath(path, language), '/base')).toEqual({ language, path });
			}
		}
		expect(localizePath('/', 'zh-Hans')).toBe('/zh');
	});

	test('rewrites what resolve gives, absolute or relative to the page', () => {
		expect(localizeHref('/play', '/', 'zh-Hans')).toBe('/zh/play');
		expect(localizeHref('/', '/', 'zh-Hant')).toBe('/zh-Hant');
		expect(localizeHref('/creative-cities/cities', '/creative-cities/', 'zh-Hans')).toBe('/creative-cities/zh/cities');
		expect(localizeHref('/creative-cities/', '/creative-cities/', 'zh-Hans')).toBe('/creative-cities/zh');
		expect(localizeHref('../../fields/music', '../../', 'zh-Hans')).toBe('../../zh/fields/music');
		expect(localizeHref('./play', './', 'zh-Hant')).toBe('./zh-Hant/play');
		expect(localizeHref('./play', './', 'en')).toBe('./play');
	});
});

test('Chinese pages are in the chosen script; "as in the source" reads Simplified', () => {
	expect(pageLanguageFor('en', 'zh-Hant')).toBe('en');
	expect(pageLanguageFor('zh', 'zh-Hant')).toBe('zh-Hant');
	expect(pageLanguageFor('zh', 'zh-Hans')).toBe('zh-Hans');
	expect(pageLanguageFor('zh', 'source')).toBe('zh-Hans');
});
