// The map's views: the world, and regions close enough to tell neighbours apart (at world scale Brazzaville and
// Kinshasa are a fraction of a pixel apart). Each region gathers whole dataset regions, so each city is in one.
import type { Region } from '../data/types.ts';

export const VIEW_IDS = ['world', 'europe', 'americas', 'africa-west-asia', 'east-asia', 'oceania'] as const;
export type ViewId = (typeof VIEW_IDS)[number];
export type RegionalViewId = Exclude<ViewId, 'world'>;

export const VIEW_OF_REGION: Record<Region, RegionalViewId> = {
	europe: 'europe',
	'north-america': 'americas',
	'latin-america': 'americas',
	africa: 'africa-west-asia',
	'middle-east': 'africa-west-asia',
	'central-asia': 'africa-west-asia',
	'south-asia': 'africa-west-asia',
	'east-asia': 'east-asia',
	'southeast-asia': 'east-asia',
	oceania: 'oceania'
};

/** A view's box in map units: x, y, width, height (an SVG viewBox). */
export type Box = readonly [x: number, y: number, width: number, height: number];
