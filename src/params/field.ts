// `[field=field]` routes match only the seven field ids; anything else is a 404 without a loader.
import type { ParamMatcher } from '@sveltejs/kit';
import { isFieldId } from '$lib/data';

export const match = ((param: string) => isFieldId(param)) satisfies ParamMatcher;
