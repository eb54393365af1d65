// The tests' own scheduler, made as the app makes its own: from ts-fsrs, default parameters, no fuzz.
import * as fsrsLibrary from 'ts-fsrs';
import { createScheduler } from '../../src/lib/srs/fsrs.ts';

export const scheduler = createScheduler(fsrsLibrary);
