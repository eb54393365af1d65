// Which cards a round reviews: due cards first, then new cities (capped per day), then the weakest.
import { cities, type City, type FieldId } from '../data/index.ts';
import { shuffle } from '../quiz/random.ts';
import type { Random } from '../quiz/types.ts';
import { dayStart } from './days.ts';
import { isDue, retrievability } from './memory.ts';
import { cardKey, type CardState, type CardStates } from './replay.ts';
import type { Scheduler } from './scheduler.ts';
import type { Card, ReviewRecord } from './types.ts';

export interface QueueOptions {
	states: CardStates;
	now: Date;
	length: number;
	/** The cap on new cities a day (a setting), and how many were started today already. */
	newPerDay: number;
	newSeenToday: number;
	/** Only cards of this field's cities. */
	field?: FieldId;
	/** Only cards of these cities (e.g. the missed ones). */
	cities?: readonly string[];
	random: Random;
	scheduler: Scheduler;
}

const asCard = ({ city, facet }: CardState): Card => ({ city, facet });

export function sessionCards({ states, now, length, newPerDay, newSeenToday, field, cities: only, random, scheduler }: QueueOptions): Card[] {
	const allowed = new Set(only);
	const inScope = (city: City) => (!field || city.field === field) && (!only || allowed.has(city.id));
	const scope = cities.filter(inScope);
	const seen = [...states.values()].filter((s) => scope.some((c) => c.id === s.city));
	const r = (s: CardState) => retrievability(s, now, scheduler);

	// Most overdue first; among equally overdue, the one most likely forgotten.
	const due = seen
		.filter((s) => isDue(s, now))
		.sort((a, b) => a.card.due.getTime() - b.card.due.getTime() || r(a) - r(b))
		.map(asCard);

	// A city already started but never asked on its other facet: new card, not a new city.
	const seenCities = new Set(seen.map((s) => s.city));
	const otherFacets = scope
		.filter((c) => seenCities.has(c.id))
		.flatMap((c) => (['field', 'country'] as const).map((facet) => ({ city: c.id, facet })))
		.filter((card) => !states.has(cardKey(card.city, card.facet)));

	// New cities start on their field, which is what the game is about.
	const newCityCap = Math.max(0, newPerDay - newSeenToday);
	const newCities = shuffle(
		scope.filter((c) => !seenCities.has(c.id)),
		random
	)
		.slice(0, newCityCap)
		.map((c): Card => ({ city: c.id, facet: 'field' }));

	const weakest = seen
		.filter((s) => !isDue(s, now))
		.sort((a, b) => r(a) - r(b))
		.map(asCard);

	const cards = [...due, ...shuffle(otherFacets, random), ...newCities, ...weakest];
	return cards.slice(0, length);
}

export function dueCount(states: CardStates, now: Date): number {
	let count = 0;
	for (const state of states.values()) if (isDue(state, now)) count++;
	return count;
}

/** Cities answered for the very first time today (local day): they count against the daily cap. */
export function newCitiesSeenToday(firstSeen: ReadonlyMap<string, number>, now: Date): number {
	const today = dayStart(now).getTime();
	let count = 0;
	for (const at of firstSeen.values()) if (at >= today) count++;
	return count;
}
