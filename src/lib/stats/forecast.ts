// How many reviews fall due on each of the next days; today includes everything already overdue.
import { addDays, DAY_MS, dayKey, dayStart } from '../srs/days.ts';
import type { CardStates } from '../srs/replay.ts';

export interface DueDay {
	date: string;
	count: number;
}

export function dueForecast(states: CardStates, now: Date, days = 30): DueDay[] {
	const today = dayStart(now);
	const counts = new Array<number>(days).fill(0);
	for (const state of states.values()) {
		const due = state.card.due;
		const offset = Math.max(0, Math.round((dayStart(due).getTime() - today.getTime()) / DAY_MS));
		if (offset < days) counts[offset]!++;
	}
	return counts.map((count, i) => ({ date: dayKey(addDays(today, i)), count }));
}
