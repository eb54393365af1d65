// The prerendered page says its language in its first line: <html lang="zh-Hans"> for /zh/…, before any script runs;
// its start-up script ships without the comments app.html has for its readers; and it is drawn before the app's code
// is fetched (src/hydrate-after-paint.js).
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { base } from '$app/paths';
import { splitPath } from '$lib/locale/paths';
import { hydrateAfterPaint } from './hydrate-after-paint.js';
import { FIRST_SCRIPT, shippedStartUpScript } from './start-up-script.js';

export const handle: Handle = ({ event, resolve }) => {
	const { language } = splitPath(event.url.pathname, base);
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html
				.replace('%page.lang%', language)
				.replace(FIRST_SCRIPT, (_, script: string) => `<script>${shippedStartUpScript(script)}</script>`);
			// `vite dev` serves its modules unbundled, without links to take out.
			return building ? hydrateAfterPaint(page) : page;
		}
	});
};
