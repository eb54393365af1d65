import { base } from '$app/paths';
import { splitPath } from '$lib/locale/paths';
import type { LayoutLoad } from './$types';

// Every page is prerendered, so the whole app is static files that a service worker can cache.
export const prerender = true;
export const trailingSlash = 'never';

/**
 * The page's language and its route path, read from the address (`/zh/play`: Chinese, `/play`). Worked out here, where
 * `base` is still the absolute base path; while a page renders, Kit makes it relative.
 */
export const load: LayoutLoad = ({ url }) => splitPath(url.pathname, base);
