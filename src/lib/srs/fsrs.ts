// ts-fsrs, loaded on demand: a first visit can show and answer its first question before the scheduler
// arrives (a new learner has nothing to schedule yet), which keeps it off the first load.
import type { FSRS } from 'ts-fsrs';

type FsrsModule = typeof import('ts-fsrs');

let loaded: { lib: FsrsModule; scheduler: FSRS } | undefined;
let loading: Promise<void> | undefined;

/** ts-fsrs card states, as numbers so that reading them needs no import of the library. */
export const NEW = 0;
export const REVIEW = 2;

export function loadFsrs(): Promise<void> {
	loading ??= import('ts-fsrs').then(
		(lib) => {
			// Default FSRS parameters; fuzz off so the same log always gives the same schedule.
			loaded = { lib, scheduler: lib.fsrs({ enable_fuzz: false }) };
		},
		(error: unknown) => {
			// The network dropped before the chunk arrived: let the next call try again.
			loading = undefined;
			throw error;
		}
	);
	return loading;
}

export function isFsrsLoaded(): boolean {
	return loaded !== undefined;
}

/** The library, once `loadFsrs()` has resolved; calling earlier is a bug in the caller. */
export function fsrs(): { lib: FsrsModule; scheduler: FSRS } {
	if (!loaded) throw new Error('ts-fsrs is not loaded yet: await loadFsrs() first');
	return loaded;
}
