// Compiles messages/*.json into src/lib/paraglide so svelte-check and vitest see them before any build.
// The Traditional catalogue is generated from the Simplified one first (scripts/traditional-messages.js).
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from '../paraglide.config.js';
import { writeTraditionalMessages } from './traditional-messages.js';

writeTraditionalMessages();
await compile(paraglideOptions);
