// The start-up script of src/app.html as the pages ship it. Its comments are for readers of app.html: every page
// would otherwise carry them (0.6 KiB gzipped), in the part of the page read before the first paint.
// Plain JavaScript: svelte.config.js hashes the shipped script for the content security policy, and
// src/hooks.server.ts ships it; both must see the same text.

/** The first script of a page: src/app.html's start-up script (SvelteKit's own comes in the body). */
export const FIRST_SCRIPT = /<script>([\s\S]*?)<\/script>/;

/**
 * The script without its whole-line comments.
 * @param {string} script
 */
export function shippedStartUpScript(script) {
	return script
		.split('\n')
		.filter((line) => !line.trim().startsWith('//'))
		.join('\n');
}
