// Map questions, pure and seeded: "Where is 杭州?" (a regional view with 4–6 lettered dots, exactly one right)
// and "Which city is this?" (one highlighted dot, four city names, none within 300 km of the right one).
// Each reviews the city's own card facet, `place`. A round holds only the city and a seed (quiz/types.ts,
// MapQuestion); `layOut` turns them into what is drawn, here, in the chunk that loads with the first map question.
import type { City, Country } from '../data/types.ts';
import { seededRandom, shuffle } from '../quiz/random.ts';
import type { MapKind, MapQuestion, Random } from '../quiz/types.ts';
import { cityPosition, inBox } from './dots.ts';
import { distanceKm, placeOf } from './geo.ts';
import { VIEW_OF_REGION, type Box, type RegionalViewId } from './views.ts';
import { views } from './world.generated.ts';

/** What a map question draws: the view, the options (dots or names) in order, and the right one. */
export interface MapLayout {
	kind: MapKind;
	/** The city asked about: its `place` card is the one reviewed. */
	subject: string;
	card: { city: string; facet: 'place' };
	view: RegionalViewId;
	box: Box;
	/** City ids in display order (letters A, B, … for `where-is`); exactly one is the subject. */
	options: string[];
	answer: string;
}

/** Options of "Which city is this?" are at least this far from the right city, so the dot tells them apart. */
export const MIN_OPTION_KM = 300;
/**
 * Dots of "Where is …?" are at least this share of the view's width apart, so none hides another and each is a
 * target a thumb can hit: 26 px apart on a 320 px phone, where the map is 288 px wide.
 */
export const MIN_DOT_GAP = 0.09;
export const WHERE_IS_OPTIONS = { min: 4, max: 6 } as const;

interface Sources {
	cities: readonly City[];
	countries: readonly Country[];
}

function viewOf(city: City, countries: readonly Country[]): RegionalViewId {
	const region = countries.find((c) => c.id === city.country)?.region;
	if (!region) throw new Error(`no region for the country of "${city.id}"`);
	return VIEW_OF_REGION[region];
}

/** "Where is X?": the subject's dot and 3–5 others in its region's view, all far enough apart to tell; null if too few fit. */
export function whereIs(subject: City, { cities, countries }: Sources, random: Random, count: number = WHERE_IS_OPTIONS.max): MapLayout | null {
	const view = viewOf(subject, countries);
	const box = views[view];
	const gap = box[2] * MIN_DOT_GAP;
	const chosen = [subject.id];
	const apart = (id: string) => {
		const a = cityPosition(id);
		return chosen.every((other) => {
			const b = cityPosition(other);
			return Math.hypot(a.x - b.x, a.y - b.y) >= gap;
		});
	};
	const inView = cities.filter((c) => c.id !== subject.id && inBox(cityPosition(c.id), box));
	for (const city of shuffle(inView, random)) {
		if (chosen.length >= Math.min(count, WHERE_IS_OPTIONS.max)) break;
		if (apart(city.id)) chosen.push(city.id);
	}
	if (chosen.length < WHERE_IS_OPTIONS.min) return null;
	return { kind: 'where-is', subject: subject.id, card: { city: subject.id, facet: 'place' }, view, box, options: shuffle(chosen, random), answer: subject.id };
}

/** "Which city is this?": the subject's dot on its region's view, and four names, none within 300 km of it. */
export function whichCity(subject: City, { cities, countries }: Sources, random: Random): MapLayout | null {
	const view = viewOf(subject, countries);
	const here = placeOf(subject.id);
	const far = cities.filter((c) => c.id !== subject.id && distanceKm(placeOf(c.id), here) >= MIN_OPTION_KM);
	// Cities of the same region first: a plausible wrong answer teaches more than one across the world.
	const near = far.filter((c) => viewOf(c, countries) === view);
	const others = far.filter((c) => viewOf(c, countries) !== view);
	const distractors = [...shuffle(near, random), ...shuffle(others, random)].slice(0, 3).map((c) => c.id);
	if (distractors.length < 3) return null;
	return {
		kind: 'which-city',
		subject: subject.id,
		card: { city: subject.id, facet: 'place' },
		view,
		box: views[view],
		options: shuffle([subject.id, ...distractors], random),
		answer: subject.id
	};
}

/** The option chosen by a key: 1–6 or A–F (either case) for "Where is …?", 1–4 for "Which city is this?". */
export function optionForKey(question: MapLayout, key: string): string | undefined {
	const digit = /^[1-6]$/.test(key) ? Number(key) - 1 : -1;
	const letter = question.kind === 'where-is' && /^[a-f]$/i.test(key) ? key.toLowerCase().charCodeAt(0) - 97 : -1;
	return question.options[Math.max(digit, letter)];
}

/** The letter shown on the n-th dot of "Where is …?". */
export function optionLetter(index: number): string {
	return String.fromCharCode(65 + index);
}

/** How many further layouts `layOut` tries before giving up; every city lays out at the first try (a unit test). */
const LAYOUT_TRIES = 20;

/** The map question of a round as drawn: its kind laid out from its seed; the same seed gives the same layout. */
export function layOut(question: MapQuestion, sources: Sources): MapLayout {
	const subject = sources.cities.find((c) => c.id === question.city);
	if (!subject) throw new Error(`no city "${question.city}" to ask about`);
	const random = seededRandom(question.seed);
	const build = question.kind === 'where-is' ? whereIs : whichCity;
	for (let i = 0; i < LAYOUT_TRIES; i++) {
		const layout = build(subject, sources, random);
		if (layout) return layout;
	}
	throw new Error(`no layout for the map question about "${question.city}"`);
}
