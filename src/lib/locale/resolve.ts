// Links inside a page stay in its language: Kit's `resolve`, localized. Pages import `resolve` from here, not from
// `$app/paths`, and write their links as before.
import { resolve as resolveEnglish } from '$app/paths';
import { language } from '$lib/state/language.svelte';
import { localizeHref, localizePath, type PageLanguage } from './paths';

export const resolve = ((...args: Parameters<typeof resolveEnglish>) =>
	localizeHref(resolveEnglish(...args), resolveEnglish('/'), language.tag)) as typeof resolveEnglish;

/** The address of this page in `target` (for the language toggle and `hreflang` alternates). */
export function thisPageIn(target: PageLanguage): string {
	return resolveEnglish('/').slice(0, -1) + localizePath(language.path, target);
}
