import { describe, expect, it } from 'vitest';
import { cities } from '../../../src/lib/data/index.ts';
import { cityPosition, mapDots, masteryBand } from '../../../src/lib/map/dots.ts';
import { views } from '../../../src/lib/map/world.generated.ts';

const none = () => 0;

describe('the dots of the mastery map', () => {
	it('shows every member city on the world view, and only a field’s cities when filtered', () => {
		expect(mapDots(cities, views.world, '', none)).toHaveLength(151);
		const film = mapDots(cities, views.world, 'film', none);
		expect(film).toHaveLength(10);
		expect(film.every((dot) => dot.city.field === 'film')).toBe(true);
	});

	it('shows in a regional view only the cities inside it', () => {
		const europe = mapDots(cities, views.europe, '', none).map((d) => d.city.id);
		expect(europe).toContain('ghent');
		expect(europe).not.toContain('seoul');
		expect(mapDots(cities, views['east-asia'], '', none).map((d) => d.city.id)).toContain('singapore');
	});

	it('colours each dot by its city’s mastery, with 0 (not known) apart', () => {
		const dots = mapDots(cities, views.world, '', (id) => (id === 'hangzhou' ? 80 : id === 'seoul' ? 1 : 0));
		const band = (id: string) => dots.find((d) => d.city.id === id)?.band;
		expect([band('hangzhou'), band('seoul'), band('berlin')]).toEqual([4, 1, 0]);
		expect([0, 1, 24, 25, 49, 50, 74, 75, 100].map(masteryBand)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
	});

	it('orders dots for the keyboard north to south in rows, west to east within a row', () => {
		const order = mapDots(cities, views.world, '', none).map((d) => d.city.id);
		expect(order.indexOf('reykjavik')).toBeLessThan(order.indexOf('singapore'));
		expect(order.indexOf('singapore')).toBeLessThan(order.indexOf('dunedin'));
		expect(order.indexOf('edinburgh')).toBeLessThan(order.indexOf('rome'));
		const rows = mapDots(cities, views.europe, '', none);
		// Within a row, x never goes back.
		const [, y0, , h] = views.europe;
		for (let i = 1; i < rows.length; i++) {
			const [a, b] = [rows[i - 1]!, rows[i]!];
			if (Math.floor(((a.y - y0) / h) * 6) === Math.floor(((b.y - y0) / h) * 6)) expect(b.x).toBeGreaterThanOrEqual(a.x);
		}
		expect(() => cityPosition('atlantis')).toThrow(/atlantis/);
	});
});
