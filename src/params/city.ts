// `[city=city]` routes match only the ids of the dataset's cities; anything else is a 404.
import type { ParamMatcher } from '@sveltejs/kit';
import { cityById } from '$lib/data';

export const match = ((param: string) => cityById(param) !== undefined) satisfies ParamMatcher;
