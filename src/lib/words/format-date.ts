import { language } from '$lib/state/language.svelte';

/** A short date in the interface language, e.g. "24 Nov" or "11月24日"; with the year when it is not this year's. */
export function formatDate(date: Date, now = new Date()): string {
	const year = date.getFullYear() === now.getFullYear() ? undefined : 'numeric';
	return date.toLocaleDateString(language.tag, { year, month: 'short', day: 'numeric' });
}

/** A local calendar date (`YYYY-MM-DD`, as the stats use) as a Date at its local midnight. */
export function fromDayKey(key: string): Date {
	const [year, month, day] = key.split('-').map(Number);
	return new Date(year!, month! - 1, day!);
}

/** A month's short name in the interface language, e.g. "Nov" or "11月". */
export function formatMonth(date: Date): string {
	return date.toLocaleDateString(language.tag, { month: 'short' });
}

/** A weekday's short name in the interface language, Monday = 0: "Mon" or "周一". */
export function formatWeekday(mondayFirst: number): string {
	return new Date(2024, 0, 1 + mondayFirst).toLocaleDateString(language.tag, { weekday: 'short' }); // 1 January 2024 was a Monday
}
