// The app loads ts-fsrs on demand; the pure scheduling modules under test expect it loaded.
import { loadFsrs } from '../../src/lib/srs/fsrs.ts';

await loadFsrs();
