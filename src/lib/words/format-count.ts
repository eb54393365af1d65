import { language } from '$lib/state/language.svelte';

/** A count as the interface language writes it, grouped: "60,000" (a long history's answers are read at a glance). */
export function formatCount(count: number): string {
	return count.toLocaleString(language.tag);
}
