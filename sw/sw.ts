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

// The build writes the precache manifest here, at its one injection point.
const precacheEntries = self.__SW_MANIFEST ?? [];

const serwist = new Serwist({
  precacheEntries,
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

// The paths of every precached file and page (a page by its folder, as /about/).
const precachedPaths = new Set(
  precacheEntries.map((entry) => new URL(typeof entry === 'string' ? entry : entry.url, self.location.href).pathname),
);

/** The site's own "can't find that page" page, sent with a 404 as a host sends it. */
async function notFoundPage(): Promise<Response> {
  const page = await serwist.matchPrecache('/404.html');
  if (!page) return Response.error();
  return new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers });
}

// An address the precache does not hold is opened as the host would open it, also with no
// signal: one typed or printed without its closing slash (/learn/benn) is sent on to its page
// (/learn/benn/), and one that is not a page of this version gets the site's own not-found
// page rather than the browser's offline error. Precached addresses are left to Serwist.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || request.mode !== 'navigate') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || precachedPaths.has(url.pathname)) return;
  if (!url.pathname.endsWith('/') && precachedPaths.has(`${url.pathname}/`)) {
    event.respondWith(Response.redirect(new URL(`${url.pathname}/${url.search}`, url).href, 308));
    return;
  }
  event.respondWith(fetch(request).catch(() => notFoundPage()));
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
