// Each view's name in the interface language.
import { m } from '$lib/paraglide/messages';
import type { ViewId } from './views.ts';

export const VIEW_NAMES: Record<ViewId, () => string> = {
	world: m.map_region_world,
	europe: m.map_region_europe,
	americas: m.map_region_americas,
	'africa-west-asia': m.map_region_africa_west_asia,
	'east-asia': m.map_region_east_asia,
	oceania: m.map_region_oceania
};
