/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
// Offline: every file of this build is precached under its version and served cache-first.
// A new version installs beside the old one and waits until the learner accepts the reload.
// Progress lives in IndexedDB, which this worker never touches.
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `creative-cities-${version}`;
const ASSETS = [...build, ...files, ...prerendered];
const PRECACHED = new Set(ASSETS);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
			// The first install takes the open page at once, so it works offline without a reload.
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') sw.skipWaiting();
});

/** The precached file for a path: prerendered pages are `/cities` → `/cities.html`, the home page `/`. */
function precachedPath(pathname: string): string | undefined {
	const candidates = [pathname, `${pathname}.html`, `${pathname.replace(/\/$/, '')}.html`, `${pathname}index.html`];
	return candidates.find((path) => PRECACHED.has(path));
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	const path = precachedPath(url.pathname) ?? (url.pathname === base ? `${base}/` : undefined);
	if (!path) return;
	event.respondWith(
		caches
			.open(CACHE)
			.then((cache) => cache.match(path))
			.then((cached) => cached ?? fetch(request))
	);
});
