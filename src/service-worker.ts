/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
// Offline support: after one visit with a connection, the whole app (pages, data, basemap, fonts,
// MapLibre and its worker) is served from this cache, reload included. Each release has its own
// cache (named by the build's version) and removes the old ones when it takes over.
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `mpp-atlas-${version}`;

/**
 * What is copied when the worker installs: the built code (the data city panels read included),
 * styles, fonts and basemap, and every page a briefing room uses. Left out, and cached the first
 * time they are fetched:
 * - `__data.json` files: a page's data for in-app navigation, a second copy of every page. Links
 *   between pages are marked `data-sveltekit-reload`, so they load the (cached) page itself.
 * - the open-data downloads (CSV, GeoJSON, JSON), which the app itself does not read.
 * - the embed page, which runs inside a partner's article online (a second copy of the map page's
 *   data, ~54 KB gzip of the ~310 KB copy).
 */
const isPage = (path: string) => !path.endsWith('/__data.json') && !path.startsWith(`${base}/data/`) && !path.startsWith(`${base}/embed`);
const ASSETS = [...build, ...files, ...prerendered.filter(isPage)];

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(ASSETS))
      .then(() => sw.skipWaiting())
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('mpp-atlas-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => sw.clients.claim())
  );
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // A page asked for without its slash goes to its folder, as the server would send it.
      if (request.mode === 'navigate' && !url.pathname.endsWith('/') && (await cache.match(`${url.pathname}/`))) {
        return Response.redirect(`${url.pathname}/${url.search}`, 301);
      }
      // Pages are prerendered without their query (?date=…&city=…), which the page reads itself.
      const cached = (await cache.match(request)) ?? (await cache.match(request, { ignoreSearch: true }));
      if (cached) return cached;
      try {
        const response = await fetch(request);
        if (response.ok && response.type === 'basic') cache.put(request, response.clone());
        return response;
      } catch (error) {
        // Offline and not cached: a page falls back to the map's shell.
        if (request.mode === 'navigate') {
          const shell = await cache.match(`${base}/`);
          if (shell) return shell;
        }
        throw error;
      }
    })()
  );
});
