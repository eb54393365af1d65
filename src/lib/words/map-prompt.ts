// A map question's wording, loaded with the map (src/routes/play/map-parts.ts) rather than with /play.
import { cityById } from '$lib/data';
import { m } from '$lib/paraglide/messages';
import type { MapQuestion } from '$lib/quiz/types';
import { cityLabel } from './labels';

export function mapPrompt(question: MapQuestion): string {
	return question.kind === 'where-is' ? m.prompt_where_is({ city: cityLabel(cityById(question.city)!) }) : m.prompt_which_city();
}
