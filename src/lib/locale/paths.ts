// Which language a page is in is written in its address: English at the root, Chinese under /zh (Simplified, mainland
// names) and /zh-Hant (Traditional, Taiwan's names). Every page exists in each; one route serves all three (the
// `reroute` hook in src/hooks.ts takes the prefix off). Pure: the base path is passed in.

/** A page's language, as its `lang` attribute and `hreflang` write it. */
export type PageLanguage = 'en' | 'zh-Hans' | 'zh-Hant';

export const PAGE_LANGUAGES: readonly PageLanguage[] = ['en', 'zh-Hans', 'zh-Hant'];

/** The first path segment of each Chinese page language. */
const PREFIXES: Record<Exclude<PageLanguage, 'en'>, string> = { 'zh-Hans': 'zh', 'zh-Hant': 'zh-Hant' };

/** The language of the page at `pathname` (the whole path, base included) and its path without base and prefix. */
export function splitPath(pathname: string, base: string): { language: PageLanguage; path: string } {
	if (!pathname.startsWith(base)) return { language: 'en', path: pathname };
	const rest = pathname.slice(base.length) || '/';
	for (const language of ['zh-Hans', 'zh-Hant'] as const) {
		const prefix = `/${PREFIXES[language]}`;
		if (rest === prefix || rest.startsWith(`${prefix}/`)) return { language, path: rest.slice(prefix.length) || '/' };
	}
	return { language: 'en', path: rest };
}

/** For the `reroute` hook: the route's own path (base kept) of a page in any language. */
export function delocalizePathname(pathname: string, base: string): string {
	const { language, path } = splitPath(pathname, base);
	return language === 'en' ? pathname : base + path;
}

/** `path` (a route path such as `/play`, no base) in `language`: `/zh/play`; the Chinese home pages are `/zh`, `/zh-Hant`. */
export function localizePath(path: string, language: PageLanguage): string {
	if (language === 'en') return path;
	const prefix = `/${PREFIXES[language]}`;
	return path === '/' ? prefix : prefix + path;
}

/**
 * An href made by Kit's `resolve` for the English page, rewritten for `language`. `root` is what `resolve('/')` gives at
 * the same place: the base (`/creative-cities/`) or, in prerendered HTML, a relative one (`./`, `../../`), so what
 * follows it is the route's path.
 */
export function localizeHref(href: string, root: string, language: PageLanguage): string {
	if (language === 'en' || !href.startsWith(root)) return href;
	const prefix = root.slice(0, -1);
	return prefix + localizePath(href.slice(prefix.length), language);
}

/** The pages a learner reads: English, or Chinese in the script of their choice ("as in the source" reads Simplified). */
export function pageLanguageFor(locale: 'en' | 'zh', script: 'zh-Hans' | 'zh-Hant' | 'source'): PageLanguage {
	if (locale === 'en') return 'en';
	return script === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
}
