// Pantau's service worker, written into the build by scripts/vite-plugin-service-worker.ts (which fills in
// the version and the list). It keeps the site working with no network after one visit, and a first visit
// downloads each file once:
// - installing keeps the page and the app's code (the list), taken from the browser's HTTP cache when the
//   page has just fetched them (their names carry a hash, so a cached copy is the same file);
// - the page waits for this worker before it starts DuckDB, so the engine's worker and wasm, the datasets
//   and the register pass through it and are kept when first fetched (runtime caching);
// - what the page fetched before this worker took control (the catalog, the first CSVs), the page names in a
//   'keep' message once its data is on screen, and they are kept from the HTTP cache as well.
// Nothing of another origin is touched.
/* global __PRECACHE__ -- replaced by the list when the build writes this file */
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `pantau-${VERSION}`;
// On a slow connection the page is not kept waiting: after this long the cached page is used.
const NAVIGATION_TIMEOUT_MS = 3000;

const scoped = (path) => new URL(path, self.registration.scope).href;
const sameOrigin = (url) => new URL(url).origin === self.location.origin;

// A file the page has just fetched, from the HTTP cache when it is there (no second download), else the network.
async function keep(cache, url) {
  if (await cache.match(url, { ignoreSearch: true })) return;
  const response = await fetch(new Request(url, { cache: 'force-cache' }));
  if (response.ok && response.type === 'basic') await cache.put(url, response);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => Promise.all(PRECACHE.map((path) => keep(cache, scoped(path)))))
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

self.addEventListener('message', (event) => {
  const data = event.data;
  if (data?.type !== 'keep' || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((url) => typeof url === 'string' && sameOrigin(url));
  event.waitUntil(
    caches.open(CACHE).then((cache) => Promise.all(urls.map((url) => keep(cache, url).catch(() => undefined)))),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !sameOrigin(request.url)) return;
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
