// The prerendered page says its language in its first line: <html lang="zh-Hans"> for /zh/…, before any script runs.
import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { splitPath } from '$lib/locale/paths';

export const handle: Handle = ({ event, resolve }) => {
	const { language } = splitPath(event.url.pathname, base);
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%page.lang%', language) });
};
