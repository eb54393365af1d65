import { language } from '$lib/state/language.svelte';

/** A short date in the interface language, e.g. "24 Nov" or "11月24日"; with the year when it is not this year's. */
export function formatDate(date: Date, now = new Date()): string {
	const year = date.getFullYear() === now.getFullYear() ? undefined : 'numeric';
	return date.toLocaleDateString(language.tag, { year, month: 'short', day: 'numeric' });
}
