import { describe, expect, it } from 'vitest';
import { cities } from '../../../src/lib/data/index.ts';
import { cityPosition, inBox } from '../../../src/lib/map/dots.ts';
import { LOCATOR_SIZE, locatorBox } from '../../../src/lib/map/locator.ts';
import { MAP_HEIGHT, MAP_WIDTH } from '../../../src/lib/map/world.generated.ts';

describe('the locator’s piece of the map', () => {
	it('shows every city inside a frame of fixed size within the map', () => {
		for (const city of cities) {
			const box = locatorBox(city.id);
			const [x, y, width, height] = box;
			expect([width, height]).toEqual([LOCATOR_SIZE.width, LOCATOR_SIZE.height]);
			expect(x >= 0 && y >= 0 && x + width <= MAP_WIDTH && y + height <= MAP_HEIGHT).toBe(true);
			expect(inBox(cityPosition(city.id), box)).toBe(true);
		}
	});

	it('centres a city away from the edges, and moves the frame in for one near an edge', () => {
		const [x, y, w, h] = locatorBox('cairo');
		const cairo = cityPosition('cairo');
		expect(Math.abs(x + w / 2 - cairo.x)).toBeLessThanOrEqual(1);
		expect(Math.abs(y + h / 2 - cairo.y)).toBeLessThanOrEqual(1);
		// Dunedin is near the map's south-east: the frame stops at the edge rather than showing past it.
		const dunedin = locatorBox('dunedin');
		expect(dunedin[1] + dunedin[3]).toBeLessThanOrEqual(MAP_HEIGHT);
	});
});
