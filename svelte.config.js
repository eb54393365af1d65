import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { FIRST_SCRIPT, shippedStartUpScript } from './src/start-up-script.js';

// The one place the base path is set: `BASE_PATH=/creative-cities npm run build`
// builds the app to be served under /creative-cities/.
const base = /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '');
// Tests build variants side by side (another base path, another version) into their own folders.
const out = process.env.BUILD_DIR ?? 'build';

/** The CSP hash of the one inline script of src/app.html as pages ship it, taken from the file so an edit cannot break the policy. */
function appHtmlScriptHash() {
	const html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	const script = FIRST_SCRIPT.exec(html)?.[1];
	if (script === undefined) throw new Error('src/app.html: the start-up script is missing');
	return /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(shippedStartUpScript(script)).digest('base64')}`);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// Every component of the app in runes mode, also those with no state of their own: one without runes is compiled in
	// legacy mode, which brings Svelte's legacy code paths into every page (0.54 KiB gzipped of JavaScript on each: /play
	// 61.7 → 61.2). Libraries keep their own choice.
	compilerOptions: {
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// Every page is prerendered; no `fallback`, which would overwrite the prerendered home page.
		adapter: adapter({ pages: out, assets: out, strict: true }),
		// A variant build keeps its intermediate files apart too, so it never disturbs a server of the main build.
		outDir: process.env.BUILD_DIR ? `${out}-kit` : '.svelte-kit',
		paths: { base, relative: true },
		version: process.env.APP_VERSION ? { name: process.env.APP_VERSION } : undefined,
		// Registered by src/lib/state/app-update.svelte.ts, which holds a new version until the learner accepts it.
		serviceWorker: { register: false },
		// Each page in English at the root and in Chinese under /zh and /zh-Hant (src/hooks.ts): the crawl finds the
		// Chinese ones through every page's hreflang links, and starts from their home pages too.
		prerender: { entries: ['*', '/zh', '/zh-Hant'], handleHttpError: 'fail', handleMissingId: 'fail' },
		// Every stylesheet is inline in the page (the biggest, the layout's, is 5.5 KB): nothing to wait for before the
		// first paint. Kit adds their hashes to the content security policy.
		inlineStyleThreshold: 8192,
		// Prerendered pages get a <meta> policy with hashes of SvelteKit's inline start-up script and of ours in
		// app.html (theme and language). Nothing loads from another origin; no inline styles or eval.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['none'],
				'script-src': ['self', appHtmlScriptHash()],
				'style-src': ['self'],
				// Only SvelteKit's route announcer (a visually hidden live region) has a style attribute.
				'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'object-src': ['none']
			}
		}
	}
};

export default config;
