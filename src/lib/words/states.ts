// The one table of words for a city's learning state and for the colour themes.
import { m } from '$lib/paraglide/messages';
import type { CityState } from '$lib/srs';
import type { Theme } from '$lib/state/preferences.svelte';

/** In the order the learner goes through them. */
export const CITY_STATES: readonly CityState[] = ['new', 'learning', 'mature', 'missed'];

export const CITY_STATE_WORDS: Record<CityState, () => string> = {
	new: m.state_new,
	learning: m.state_learning,
	mature: m.state_mature,
	missed: m.state_missed
};

export const THEME_WORDS: Record<Theme, () => string> = { system: m.theme_system, light: m.theme_light, dark: m.theme_dark };
