// How many cities are new, learning, mature or missed right now.
import { cities } from '../data/index.ts';
import { cityProgress, type CityState } from '../srs/city-progress.ts';
import type { CardStates } from '../srs/replay.ts';

export function cityStateCounts(states: CardStates): Record<CityState, number> {
	const counts: Record<CityState, number> = { new: 0, learning: 0, mature: 0, missed: 0 };
	for (const city of cities) counts[cityProgress(city, states).state]++;
	return counts;
}
