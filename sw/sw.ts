/// <reference lib="webworker" />
import { Serwist, type PrecacheEntry, type SerwistGlobalConfig } from 'serwist';

/**
 * Groundwork's service worker: after one visit, every page and asset is on the device,
 * so the app works with no signal at all. Built by `serwist build` after `next build`,
 * which fills in the precache manifest from out/.
 */
declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    // A plan in the URL (?plan=…) or Next's ?_rsc= must still find the cached page.
    ignoreURLParametersMatching: [/.*/],
  },
  // A new version waits until the learner says "reload": it never takes over a page
  // mid-quiz, and the old version's files stay cached until then.
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: false,
});

// Next checks that a page exists with a HEAD request before it prefetches it. The
// precache only answers GET, so answer HEAD from it too, or every check fails offline.
self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'HEAD') return;
  event.respondWith(
    (async () => {
      const cached = await serwist.matchPrecache(new URL(event.request.url).pathname);
      if (cached) return new Response(null, { status: cached.status, headers: cached.headers });
      return fetch(event.request);
    })(),
  );
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

serwist.addEventListeners();
