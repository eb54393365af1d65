// The prerendered page says its language in its first line: <html lang="zh-Hans"> for /zh/…, before any script runs;
// its start-up script ships without the comments app.html has for its readers.
import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { splitPath } from '$lib/locale/paths';
import { FIRST_SCRIPT, shippedStartUpScript } from './start-up-script.js';

export const handle: Handle = ({ event, resolve }) => {
	const { language } = splitPath(event.url.pathname, base);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%page.lang%', language).replace(FIRST_SCRIPT, (_, script: string) => `<script>${shippedStartUpScript(script)}</script>`)
	});
};
