// Compiles messages/*.json into src/lib/paraglide so svelte-check and vitest see them before any build.
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from '../paraglide.config.js';

await compile(paraglideOptions);
