import type { Script } from '$lib/data/names';

/** The `lang` attribute for Chinese text in a script; the source list mixes both, so it is plain `zh`. */
export function scriptLang(script: Script): string {
	return script === 'source' ? 'zh' : script === 'zh-Hans' ? 'zh-Hans' : 'zh-Hant';
}
