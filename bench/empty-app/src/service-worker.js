// Precaches the build and serves it cache-first, the least a page needs to start offline.
import { build, files, prerendered, version } from '$service-worker';

const CACHE = `empty-${version}`;
const ASSETS = [...build, ...files, ...prerendered];

self.addEventListener('install', (event) => event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS))));
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
	if (event.request.method !== 'GET') return;
	const url = new URL(event.request.url);
	const path = url.pathname === '/' ? '/' : url.pathname;
	event.respondWith(caches.match(path, { cacheName: CACHE }).then((cached) => cached ?? fetch(event.request)));
});
