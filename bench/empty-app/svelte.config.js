// The floor the benchmark compares the app with: an empty SvelteKit page, prerendered by adapter-static, with a
// service worker that precaches it (so "offline" has a floor too). Built by `npm run bench` with the project's own
// node_modules; no part of the app's build, type check or tests.
import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
export default {
	kit: { adapter: adapter({ strict: true }), paths: { relative: true } }
};
