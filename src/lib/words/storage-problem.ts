import { m } from '$lib/paraglide/messages';
import type { StorageProblem } from '$lib/store/availability';

const WORDS: Record<StorageProblem, () => string> = {
	missing: m.storage_problem_missing,
	full: m.storage_problem_full,
	'not-allowed': m.storage_problem_not_allowed,
	'cannot-open': m.storage_problem_cannot_open
};

export function storageProblemText(problem: StorageProblem): string {
	return WORDS[problem]();
}
