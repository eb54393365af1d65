import { language } from '$lib/state/language.svelte';

/** A short date in the interface language, e.g. "24 Nov" or "11月24日". */
export function formatDate(date: Date): string {
	return date.toLocaleDateString(language.tag, { month: 'short', day: 'numeric' });
}
