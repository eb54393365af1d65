/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
// Offline: every file of this build is precached under its version and served cache-first.
// A new version installs beside the old one and waits until the learner accepts the reload.
// Progress lives in IndexedDB, which this worker never touches.
// A tab left on the old version keeps working: the previous version's cache is kept until the next update, and its
// code is served from it (the server has the new version's files only).
import { base, build, files, prerendered, version } from '$service-worker';
import { localizePath, splitPath } from '$lib/locale/paths';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `creative-cities-${version}`;
const inTraditional = (path: string) => splitPath(path, base).language === 'zh-Hant';
/**
 * The pages in Traditional are cached only for a learner who reads them (a window of the app on one of them, an older
 * version's cache holding them, or the first one opened): they would add 3.6 MB to the cache, and most learners never
 * read them.
 */
const TRADITIONAL_PAGES = prerendered.filter(inTraditional);
const ASSETS = [...build, ...files, ...prerendered.filter((path) => !inTraditional(path))];
/** Every file served from the cache, once there. */
const PRECACHED = new Set([...ASSETS, ...TRADITIONAL_PAGES]);
/** The app's own not-found page (src/routes/404), for an address it has no page for, in the address's language. */
const notFoundPage = (pathname: string) => base + localizePath('/404', splitPath(pathname, base).language);
/** Built files have content-hashed names: one found in any version's cache is the right one. */
const IMMUTABLE = `${base}/_app/immutable/`;

async function readsTraditional(): Promise<boolean> {
	const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
	if (windows.some((window) => inTraditional(new URL(window.url).pathname))) return true;
	const older = (await caches.keys()).filter((key) => key !== CACHE);
	const found = await Promise.all(older.map((key) => caches.open(key).then((cache) => cache.match(TRADITIONAL_PAGES[0]!))));
	return found.some((response) => response !== undefined);
}

let cachingTraditional: Promise<void> | undefined;

/** Caches every page in Traditional, all or none (`addAll`), once per version. */
function cacheTraditionalPages(): Promise<void> {
	cachingTraditional ??= caches
		.open(CACHE)
		.then(async (cache) => {
			if (!(await cache.match(TRADITIONAL_PAGES[0]!))) await cache.addAll(TRADITIONAL_PAGES);
		})
		// Offline, say: the next page in Traditional tries again.
		.catch(() => (cachingTraditional = undefined));
	return cachingTraditional;
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(ASSETS))
			.then(readsTraditional)
			.then((reads) => (reads ? cacheTraditionalPages() : undefined))
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			// Keys come oldest first: the last other one is the version that tabs still open may be running.
			.then((keys) => keys.filter((key) => key !== CACHE).slice(0, -1))
			.then((old) => Promise.all(old.map((key) => caches.delete(key))))
			// The first install takes the open page at once, so it works offline without a reload.
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') sw.skipWaiting();
	// A page in Traditional is open, reached by a link inside the app (no request for it reaches this worker).
	if (event.data?.type === 'CACHE_TRADITIONAL') event.waitUntil(cacheTraditionalPages());
});

/** The precached file for a path: prerendered pages are `/cities` → `/cities.html`, the home page `/`. */
function precachedPath(pathname: string): string | undefined {
	const candidates = [pathname, `${pathname}.html`, `${pathname.replace(/\/$/, '')}.html`, `${pathname}index.html`];
	return candidates.find((path) => PRECACHED.has(path));
}

/**
 * To the not-found page, for an address of no page, online (the host said 404) or off. A redirect, not the page
 * itself at that address: pages link their files relative to their own address, which a deeper one would break.
 */
const notFound = (pathname: string) => Response.redirect(new URL(notFoundPage(pathname), sw.location.origin).href, 302);

/** Offline, a page in Traditional not cached yet (its reader never opened one online) is read in Simplified. */
function inSimplified(url: URL): Response | undefined {
	const { language, path } = splitPath(url.pathname, base);
	if (language !== 'zh-Hant') return undefined;
	return Response.redirect(new URL(base + localizePath(path, 'zh-Hans') + url.search, url).href, 302);
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	const path = precachedPath(url.pathname) ?? (url.pathname === base ? `${base}/` : undefined);
	if (request.mode === 'navigate' && inTraditional(url.pathname)) event.waitUntil(cacheTraditionalPages());
	if (path) {
		event.respondWith(
			caches
				.open(CACHE)
				.then((cache) => cache.match(path))
				.then((cached) => cached ?? fetch(request).catch((error) => inSimplified(url) ?? Promise.reject(error)))
		);
	} else if (url.pathname.startsWith(IMMUTABLE)) {
		event.respondWith(caches.match(request).then((cached) => cached ?? fetch(request)));
	} else if (request.mode === 'navigate') {
		// `/play/` is `/play`: its page links its files relative to the address, so it must not be served at another.
		const bare = url.pathname.replace(/\/+$/, '');
		if (bare !== url.pathname && precachedPath(bare)) return event.respondWith(Response.redirect(new URL(bare + url.search, url).href, 301));
		const toNotFound = () => notFound(url.pathname);
		event.respondWith(fetch(request).then((response) => (response.status === 404 ? toNotFound() : response), toNotFound));
	}
});
