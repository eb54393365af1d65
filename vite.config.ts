import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { paraglideOptions } from './paraglide.config.js';
import { buildInfo } from './scripts/build-info.ts';
import { writeTraditionalMessages } from './scripts/traditional-messages.js';

// The Traditional interface text is generated from the Simplified before Paraglide compiles the messages.
writeTraditionalMessages();

export default defineConfig({
	// Unit tests run `npm run test:unit`, which compiles messages first; the plugin's watcher would keep vitest alive.
	plugins: [...(process.env.VITEST ? [] : [paraglideVitePlugin(paraglideOptions)]), sveltekit()],
	preview: { host: '127.0.0.1' },
	// Settings shows the version, commit and build date (src/lib/words/app-version.ts).
	define: { __APP_BUILD__: JSON.stringify(buildInfo(new URL('./', import.meta.url))) },
	// `SOURCEMAP=1 npx vite build` maps shipped bytes back to source files, to see what weighs what.
	build: {
		sourcemap: process.env.SOURCEMAP === '1',
		rolldownOptions: {
			// The build is slow only in SvelteKit's prerendering, which this warning cannot help with: it is noise.
			checks: { bundlerTimings: false },
			output: {
				// Fewer, larger chunks for what every page loads anyway: less per-file overhead on the first load. The
				// snapshot's summary (state/summary) is only for long histories: it loads on demand. The play history is in
				// the app chunk because the summary imports it too: in a chunk of its own SvelteKit left it out of the quiz
				// pages' modulepreload links (tests/e2e/budgets.spec.ts checks every page's links).
				// The framework, the app's state and storage, and what the layout draws on every page (its navigation's
				// words, the app's name, the icons) are one group: as two groups they came out as five files, three under
				// 1 KiB, and /play fetched 11 modules; on HTTP/1.1's six connections per host the last four waited ~20 ms
				// for a free one (resource timings). It fetches 8 now, no more bytes: a cold /play's question came 2–23 ms
				// sooner in three interleaved runs of 13–17 loads.
				// What four or more pages share of the components, words, quiz and scheduling code and the interface text
				// goes into one chunk: split by which pages use them, they made /play fetch 17 modules, nine under 1.2 KiB.
				codeSplitting: {
					groups: [
						{
							name: 'app',
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue|clsx)[\\/]|src[\\/]lib[\\/](data[\\/](?!lazy[\\/]|search)|state[\\/](?!summary)|play[\\/]history|quiz[\\/]confusions|locale[\\/]|paraglide[\\/]runtime|paraglide[\\/]messages[\\/](nav_\w+|app_name)\.js|components[\\/]Icon\.svelte|store[\\/](availability|reviews|settings|channel|early-open))/
						},
						{ name: 'shared', priority: -1, minShareCount: 4, test: /src[\\/]lib[\\/](components|srs|quiz|words|play|paraglide[\\/]messages)[\\/]/ }
					]
				}
			}
		}
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
