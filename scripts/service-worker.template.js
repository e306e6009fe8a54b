// Pantau's service worker, written into the build by scripts/vite-plugin-service-worker.ts (which fills in
// the version and the list). It keeps the site working with no network after one visit: the app, the
// DuckDB engine and the datasets are cached when it installs; everything else of this origin is cached
// when first fetched. Nothing of another origin is touched.
/* global __PRECACHE__ -- replaced by the list when the build writes this file */
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `pantau-${VERSION}`;
// On a slow connection the page is not kept waiting: after this long the cached page is used.
const NAVIGATION_TIMEOUT_MS = 3000;

const scoped = (path) => new URL(path, self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map(scoped)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key.startsWith('pantau-') && key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? page(request) : cacheFirst(request));
});

// The page: the network when it answers in time (so a new build arrives), else the cached page.
async function page(request) {
  const cached = () => caches.match(scoped('./index.html'));
  try {
    const response = await Promise.race([
      fetch(request),
      new Promise((_, reject) => setTimeout(() => reject(new Error('slow')), NAVIGATION_TIMEOUT_MS)),
    ]);
    return response.ok ? response : ((await cached()) ?? response);
  } catch {
    return (await cached()) ?? Response.error();
  }
}

// Files: the cached copy (they are versioned with the build), else the network, kept for next time.
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, { ignoreSearch: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}
