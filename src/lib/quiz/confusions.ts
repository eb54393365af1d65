// Which fields a learner mixes up: learned from their wrong `field-of-city` answers.
import { cityById, isFieldId, type FieldId } from '../data/index.ts';
import type { ReviewRecord } from '../srs/types.ts';

/** For each right field, how often each other field was chosen instead. */
export type Confusions = Map<FieldId, Map<FieldId, number>>;

/** `from` is what an earlier part of the log gave: copied, not changed. */
export function confusionsFrom(reviews: Iterable<ReviewRecord>, from?: Confusions): Confusions {
	const confusions: Confusions = new Map([...(from ?? [])].map(([field, counts]) => [field, new Map(counts)]));
	for (const { kind, city, correct, chosen } of reviews) {
		const right = cityById(city)?.field;
		if (kind !== 'field-of-city' || correct || !right || !chosen || !isFieldId(chosen) || chosen === right) continue;
		const counts = confusions.get(right) ?? new Map<FieldId, number>();
		counts.set(chosen, (counts.get(chosen) ?? 0) + 1);
		confusions.set(right, counts);
	}
	return confusions;
}

/** The fields most often confused with `field`, most confused first. */
export function mostConfusedWith(confusions: Confusions | undefined, field: FieldId): FieldId[] {
	const counts = confusions?.get(field);
	if (!counts) return [];
	return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([other]) => other);
}
