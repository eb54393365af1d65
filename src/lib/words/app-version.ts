// The app's version as a learner reads it: "0.1.0 (808cf32)", built on a date, instead of a raw build number.

export interface BuildInfo {
	/** package.json's version. */
	version: string;
	/** Short git commit, or '' when the build had no git history. */
	commit: string;
	/** Milliseconds since the epoch. */
	builtAt: number;
}

export function shortVersion({ version, commit }: BuildInfo): string {
	return commit ? `${version} (${commit})` : version;
}

/** The build date in a language's own format: "27 Nov 2026", "2026年11月27日". */
export function buildDate({ builtAt }: BuildInfo, languageTag: string): string {
	return new Date(builtAt).toLocaleDateString(languageTag, { year: 'numeric', month: 'short', day: 'numeric' });
}
