// Chinese pages (/zh/…, /zh-Hant/…) are served by the same routes as the English ones: the prefix says the language.
import type { Reroute } from '@sveltejs/kit';
import { base } from '$app/paths';
import { delocalizePathname } from '$lib/locale/paths';

export const reroute: Reroute = ({ url }) => delocalizePathname(url.pathname, base);
