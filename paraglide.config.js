// Paraglide options shared by the Vite plugin and `npm run check` (which compiles messages before type checking).
// The locale lives in the browser: a saved choice first, then the browser's language, then English.
/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	strategy: ['localStorage', 'preferredLanguage', 'baseLocale'],
	localStorageKey: 'creative-cities-language',
	emitGitIgnore: false
};
