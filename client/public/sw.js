// Wijkatelier service worker: keeps the app shell and its code available offline.
// Documents themselves are kept in IndexedDB by the page, not here. Reads from the API go to the
// network first and fall back to the last answer when offline (so a werkgroep page opens without a
// connection); writes, the websocket and health checks always go to the network.
// The page registers /sw.js?build=<id>: every build is a new worker with its own cache.
const BUILD = new URL(self.location.href).searchParams.get('build') ?? 'dev';
const CACHE = `wijkatelier-${BUILD}`;
const SHELL = ['/', '/theme.css', '/favicon.svg'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(SHELL);
      // Every built file, the lazily loaded editor included (listed by the build in precache.json).
      const list = await fetch('/precache.json').then((r) => (r.ok ? r.json() : { files: [] }));
      await cache.addAll(list.files.map((f) => `/${f}`));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request, fallbackUrl) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(fallbackUrl ?? request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(fallbackUrl ?? request);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // API reads are kept offline by the page itself (client/api/client.ts), not here.
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/collab') || url.pathname === '/healthz')
    return;
  if (request.mode === 'navigate') {
    // Every page is the same app shell: fresh when online, the cached one when not.
    event.respondWith(networkFirst(request, '/'));
  } else if (url.pathname.startsWith('/assets/')) {
    // Built files carry a content hash in their name: a cached one is always right.
    event.respondWith(cacheFirst(request));
  } else {
    event.respondWith(networkFirst(request));
  }
});
