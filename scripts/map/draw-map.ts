// Draws the map at build time: Natural Earth's 110m land (the npm package world-atlas, public domain) projected
// with Equal Earth into one SVG path of integer relative coordinates, each city's projected position, and a box
// per regional view. The browser gets strings and numbers, never a map library.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { geoCentroid, geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { City, Country } from '../../src/lib/data/types.ts';
import type { LatLon } from '../../src/lib/map/geo.ts';
import { VIEW_IDS, VIEW_OF_REGION, type Box, type RegionalViewId } from '../../src/lib/map/views.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const WORLD_MODULE = `${root}src/lib/map/world.generated.ts`;

/** Map units across the world: fine enough that a regional view (a sixth of the width) is not blocky. */
const WIDTH = 4000;

export function readLand(): Topology {
	const file = createRequire(import.meta.url).resolve('world-atlas/land-110m.json');
	return JSON.parse(readFileSync(file, 'utf8')) as Topology;
}

/** Land without Antarctica: no member city is there, and it would take a fifth of the map's height. */
function landPolygons(topology: Topology) {
	const land = feature(topology, topology.objects.land as GeometryCollection);
	const polygons = land.features.flatMap((f) => (f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : []));
	const kept = polygons.filter((rings) => geoCentroid({ type: 'Polygon', coordinates: rings }) [1] > -60);
	return { type: 'MultiPolygon', coordinates: kept } as GeoPermissibleObjects;
}

/** Points closer than this (map units, ~10 km each) to the line through their neighbours are left out: under a pixel at world
 * scale, two or three in a regional view, and it keeps the land near 5 KiB gzipped. */
const TOLERANCE = 3;

/** Douglas–Peucker: keeps the ends and, recursively, the point farthest from the chord while it is past the tolerance. */
function simplify(points: [number, number][], tolerance: number): [number, number][] {
	if (points.length < 3) return points;
	const [ax, ay] = points[0]!;
	const [bx, by] = points.at(-1)!;
	const length = Math.hypot(bx - ax, by - ay);
	let far = 0;
	let index = 0;
	for (let i = 1; i < points.length - 1; i++) {
		const [px, py] = points[i]!;
		// A closed ring's chord has no length: the distance from its start point stands in.
		const d = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
		if (d > far) [far, index] = [d, i];
	}
	if (far <= tolerance) return [points[0]!, points.at(-1)!];
	return [...simplify(points.slice(0, index + 1), tolerance).slice(0, -1), ...simplify(points.slice(index), tolerance)];
}

/** An SVG path context that writes each ring as one absolute move then integer relative lines. */
function integerPath() {
	let d = '';
	let last: [number, number] = [0, 0];
	let ring: [number, number][] = [];
	const flush = () => {
		// Points that round onto the previous one add bytes, not shape; rings that collapse are islands under a unit.
		const points = simplify(ring, TOLERANCE)
			.map(([x, y]) => [Math.round(x), Math.round(y)] as [number, number])
			.filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
		ring = [];
		if (points.length < 3) return;
		const [first, ...rest] = points;
		d += `M${first![0]} ${first![1]}`;
		last = first!;
		d += 'l' + rest.map(([x, y]) => {
			const step = `${x - last[0]} ${y - last[1]}`;
			last = [x, y];
			return step;
		}).join(' ').replace(/ -/g, '-');
		d += 'z';
	};
	return {
		moveTo(x: number, y: number) {
			flush();
			ring.push([x, y]);
		},
		lineTo(x: number, y: number) {
			ring.push([x, y]);
		},
		closePath: flush,
		arc() {},
		beginPath() {},
		get path() {
			flush();
			return d;
		}
	};
}

export interface WorldMap {
	width: number;
	height: number;
	land: string;
	positions: [id: string, x: number, y: number][];
	views: Record<string, Box>;
}

export function drawMap(topology: Topology, dataset: { cities: readonly City[]; countries: readonly Country[] }, placeOf: (id: string) => LatLon): WorldMap {
	const land = landPolygons(topology);
	// precision(0): no adaptive resampling, the 110m outline is already coarser than any curve it would add.
	const projection = geoEqualEarth().precision(0).fitWidth(WIDTH, land);
	const context = integerPath();
	geoPath(projection, context).context(context)(land);
	const [, [, bottom]] = geoPath(projection).bounds(land);
	const height = Math.ceil(bottom);
	const tenth = (n: number) => Math.round(n * 10) / 10;
	const positions = dataset.cities.map((city): [string, number, number] => {
		const { lat, lon } = placeOf(city.id);
		const [x, y] = projection([lon, lat])!;
		return [city.id, tenth(x), tenth(y)];
	});
	const regionOf = new Map(dataset.countries.map((c) => [c.id, c.region]));
	const views: Record<string, Box> = { world: [0, 0, WIDTH, height] };
	for (const view of VIEW_IDS.slice(1) as RegionalViewId[]) {
		const inView = positions.filter((_, i) => VIEW_OF_REGION[regionOf.get(dataset.cities[i]!.country)!] === view);
		views[view] = frame(inView.map(([, x, y]) => [x, y]), WIDTH, height);
	}
	return { width: WIDTH, height, land: context.path, positions, views };
}

/** The box around some points, padded so edge dots and their rings show, no narrower than 4:3 nor wider than 2:1. */
function frame(points: [number, number][], width: number, height: number): Box {
	const xs = points.map(([x]) => x);
	const ys = points.map(([, y]) => y);
	let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const pad = Math.max(40, 0.08 * Math.max(x1 - x0, y1 - y0));
	[x0, x1, y0, y1] = [x0 - pad, x1 + pad, y0 - pad, y1 + pad];
	const grow = (lo: number, hi: number, size: number): [number, number] => [lo - (size - (hi - lo)) / 2, hi + (size - (hi - lo)) / 2];
	if (x1 - x0 < (4 / 3) * (y1 - y0)) [x0, x1] = grow(x0, x1, (4 / 3) * (y1 - y0));
	if (x1 - x0 > 2 * (y1 - y0)) [y0, y1] = grow(y0, y1, (x1 - x0) / 2);
	// Kept within the map, so no view shows empty space past its edge.
	const w = Math.min(width, x1 - x0);
	const h = Math.min(height, y1 - y0);
	const x = Math.min(Math.max(0, x0), width - w);
	const y = Math.min(Math.max(0, y0), height - h);
	return [Math.round(x), Math.round(y), Math.round(w), Math.round(h)];
}

/** The generated module's text: committed, and compared by a test so a stale map fails. */
export function renderWorldModule(map: WorldMap): string {
	const rows = map.positions.map((p) => `\t${JSON.stringify(p)}`).join(',\n');
	const views = Object.entries(map.views).map(([id, box]) => `\t${JSON.stringify(id)}: ${JSON.stringify(box)}`).join(',\n');
	return [
		'// Generated by `npm run data` from Natural Earth 110m land (world-atlas, public domain), Equal Earth projection. Do not edit.',
		"import type { Box, ViewId } from './views.ts';",
		'',
		`export const MAP_WIDTH = ${map.width};`,
		`export const MAP_HEIGHT = ${map.height};`,
		'',
		'/** [city id, x, y] in map units. */',
		`export const positions: readonly (readonly [id: string, x: number, y: number])[] = [\n${rows}\n];`,
		'',
		`export const views: Record<ViewId, Box> = {\n${views}\n};`,
		'',
		'/** The land, one SVG path: absolute moves, integer relative lines. */',
		`export const LAND = ${JSON.stringify(map.land)};`,
		''
	].join('\n');
}
