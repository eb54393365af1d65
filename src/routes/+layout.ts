// Every page is prerendered, so the whole app is static files that a service worker can cache.
export const prerender = true;
export const trailingSlash = 'never';
