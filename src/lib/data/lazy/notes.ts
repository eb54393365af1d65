// What a city's page and the cities list say beyond its names: where the source is wrong, with the evidence.
// Under lazy/ so it stays out of the first load (vite.config.ts keeps lazy/ out of the `core` chunk).
import type { City, Correction } from '../types.ts';
import { corrections } from './corrections.generated.ts';

/** The corrections of a city: its name (Icheon, 仁川 in the source) or its membership (Vienna). */
export function cityCorrections(city: City): Correction[] {
	return corrections.filter((c) => 'city' in c.subject && c.subject.city === city.id);
}
