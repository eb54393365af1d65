// What the mastery map shows: which cities have a dot in a view, where, how well known, and in which order the
// keyboard meets them. Pure: the page passes each city's mastery in.
import type { City, FieldId } from '../data/types.ts';
import type { Box } from './views.ts';
import { positions } from './world.generated.ts';

export interface MapDot {
	city: City;
	x: number;
	y: number;
	/** 0..100, the city's mastery as the home page counts it. */
	mastery: number;
	band: MasteryBand;
}

/** The legend's steps: 0 is "not known" (unseen, or last answered wrong), then quarters. */
export const MASTERY_BANDS = [
	[0, 0],
	[1, 24],
	[25, 49],
	[50, 74],
	[75, 100]
] as const;
export type MasteryBand = 0 | 1 | 2 | 3 | 4;

export function masteryBand(mastery: number): MasteryBand {
	return MASTERY_BANDS.findIndex(([, high]) => mastery <= high) as MasteryBand;
}

const positionOf = new Map(positions.map(([id, x, y]) => [id, { x, y }]));

/** A city's position in map units. */
export function cityPosition(city: string): { x: number; y: number } {
	const position = positionOf.get(city);
	if (!position) throw new Error(`no map position for city "${city}"`);
	return position;
}

export function inBox({ x, y }: { x: number; y: number }, [bx, by, width, height]: Box): boolean {
	return x >= bx && x <= bx + width && y >= by && y <= by + height;
}

/**
 * The dots inside a view, for the cities of one field or all, in reading order: rows a sixth of the view tall,
 * north to south, each west to east — so Tab walks the map as an eye would.
 */
export function mapDots(cities: readonly City[], view: Box, field: FieldId | '', masteryOf: (city: string) => number): MapDot[] {
	const row = (y: number) => Math.floor(((y - view[1]) / view[3]) * 6);
	return cities
		.filter((city) => field === '' || city.field === field)
		.map((city) => {
			const mastery = masteryOf(city.id);
			return { city, ...cityPosition(city.id), mastery, band: masteryBand(mastery) };
		})
		.filter((dot) => inBox(dot, view))
		.sort((a, b) => row(a.y) - row(b.y) || a.x - b.x);
}
