// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** Set by vite.config.ts from scripts/build-info.ts. */
	const __APP_BUILD__: import('$lib/words/app-version').BuildInfo;
}

export {};
