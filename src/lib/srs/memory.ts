// How well a card is remembered now, and which phase of learning it is in.
import type { CardState } from './replay.ts';
import { NEW, REVIEW, type Scheduler } from './scheduler.ts';

/** Stability (days) from which a card counts as mature, as in Anki. */
export const MATURE_STABILITY_DAYS = 21;

export type Phase = 'new' | 'learning' | 'mature';

/** Probability of recalling the card now, 0..1; an unseen card is 0. */
export function retrievability(state: CardState | undefined, now: Date, scheduler: Scheduler): number {
	if (!state || state.card.state === NEW) return 0;
	return scheduler.retrievability(state.card, now);
}

export function cardPhase(state: CardState | undefined): Phase {
	if (!state) return 'new';
	return state.card.state === REVIEW && state.card.stability >= MATURE_STABILITY_DAYS ? 'mature' : 'learning';
}

export function isDue(state: CardState, now: Date): boolean {
	return state.card.due.getTime() <= now.getTime();
}
