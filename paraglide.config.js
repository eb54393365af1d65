// Paraglide options shared by the Vite plugin and `npm run check` (which compiles messages before type checking).
// The locale lives in the browser: a saved choice first, then the browser's language, then English.
/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	// Detection (saved choice, then the browser's language) is done by src/lib/state/language.svelte.ts,
	// which points Paraglide's getLocale at a rune; the runtime's own strategies would be dead weight.
	strategy: ['baseLocale'],
	// src/app.html reads this key too, to keep English from flashing at a Chinese reader.
	localStorageKey: 'creative-cities-language',
	emitGitIgnore: false
};
