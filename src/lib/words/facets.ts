// What each card of a city is about, as the city page lists its cards and answers.
import { m } from '$lib/paraglide/messages';
import type { Facet } from '$lib/srs/types';

export const FACET_WORDS: Record<Facet, () => string> = { field: m.card_field, country: m.card_country, place: m.card_place };
