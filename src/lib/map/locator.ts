// The locator's frame: a piece of the world map around one city, wide enough to recognise the coast or
// continent it is on, kept inside the map so no empty margin shows. Pure.
import { cityPosition } from './dots.ts';
import type { Box } from './views.ts';
import { MAP_HEIGHT, MAP_WIDTH } from './world.generated.ts';

/** About 70° of longitude by 35° of latitude (map units: 4000 across the world). */
export const LOCATOR_SIZE = { width: 800, height: 450 } as const;

export function locatorBox(city: string, { width, height } = LOCATOR_SIZE): Box {
	const { x, y } = cityPosition(city);
	const clamp = (value: number, max: number) => Math.round(Math.min(Math.max(0, value), max));
	return [clamp(x - width / 2, MAP_WIDTH - width), clamp(y - height / 2, MAP_HEIGHT - height), width, height];
}
