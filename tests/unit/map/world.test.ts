import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { countryById, listedCities } from '../../../src/lib/data/index.ts';
import { VIEW_OF_REGION, type Box } from '../../../src/lib/map/views.ts';
import { LAND, MAP_HEIGHT, MAP_WIDTH, positions, views } from '../../../src/lib/map/world.generated.ts';

const inside = ([, x, y]: readonly [string, number, number], [bx, by, w, h]: Box) =>
	x >= bx && x <= bx + w && y >= by && y <= by + h;

describe('the map drawn at build time', () => {
	it('is one small path of integer moves and lines', () => {
		expect(LAND).toMatch(/^(M\d+ \d+l[-\d ]+z)+$/);
		expect(gzipSync(LAND, { level: 9 }).length).toBeLessThan(5.5 * 1024);
	});

	it('places every city on the map, inside its regional view', () => {
		expect(positions.map(([id]) => id)).toEqual(listedCities.map((c) => c.id));
		for (const position of positions) {
			const city = listedCities.find((c) => c.id === position[0])!;
			expect(inside(position, [0, 0, MAP_WIDTH, MAP_HEIGHT])).toBe(true);
			expect(inside(position, views[VIEW_OF_REGION[countryById(city.country)!.region]])).toBe(true);
		}
	});

	it('puts east east and north north (Equal Earth keeps the order of longitudes along a parallel)', () => {
		const at = (id: string) => positions.find(([c]) => c === id)!;
		expect(at('obidos')[1]).toBeLessThan(at('seoul')[1]);
		expect(at('helsinki')[2]).toBeLessThan(at('rome')[2]);
		expect(at('brazzaville')[1]).toBeLessThan(at('kinshasa')[1]);
	});
});
