/// <reference lib="webworker" />
import { Serwist, type PrecacheEntry, type SerwistGlobalConfig } from 'serwist';
import type { SaveFailedMessage, SaveFailure } from '../lib/offline/save-failed';

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

/**
 * Why this worker's install could not save every file: the device refused to store one
 * (short of space), or one did not arrive (a patchy signal, or a host in trouble).
 */
let installFailure: SaveFailure | undefined;

const serwist = new Serwist({
  precacheEntries,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    // A plan in the URL (?plan=…) or Next's ?_rsc= must still find the cached page.
    ignoreURLParametersMatching: [/.*/],
    plugins: [
      {
        // A file that fails while installing is noted and answered with a stand-in, so the
        // other files are still saved and the install ends (failed, below) once all have
        // been tried. Left to Serwist, the first failure left the install pending until the
        // browser gave up on it minutes later: its helper that fetches files ten at a time
        // loses a failure (serwist/serwist#367). Files saved before a failure stay cached,
        // so the next attempt fetches only what is missing.
        handlerDidError: async ({ error, event }) => {
          if (event?.type !== 'install') return undefined;
          installFailure = installFailure === 'space' || error.name === 'QuotaExceededError' ? 'space' : 'network';
          return new Response(null, { status: 503, statusText: 'Not saved' });
        },
      },
    ],
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

/**
 * The previous version's scripts and styles that this version no longer lists. A new
 * version taken up in one tab takes over every tab, but another tab goes on running the
 * previous version's code until it reloads, and that code asks for its own files when it
 * loads a part on demand (the quiz engine, a workshop view). Serwist removes them from the
 * precache as this version activates, and the deploy has taken them off the server, so
 * they are kept here first, until the next version replaces them.
 */
const PREVIOUS_VERSION_CACHE = 'groundwork-previous-version';

/** Whether a path is one of the build's scripts, styles or fonts, whose names change with their content. */
const isBuildFile = (pathname: string) => pathname.startsWith('/_next/static/');

async function keepPreviousVersionFiles() {
  const precache = await caches.open(serwist.precacheStrategy.cacheName);
  const unlisted = (await precache.keys()).filter((request) => {
    const { pathname } = new URL(request.url);
    return isBuildFile(pathname) && !precachedPaths.has(pathname);
  });
  // One version back is kept: this version's install emptied the cache (below).
  if (unlisted.length === 0) return;
  const kept = await caches.open(PREVIOUS_VERSION_CACHE);
  for (const request of unlisted) {
    const response = await precache.match(request);
    if (response) await kept.put(request, response);
  }
}

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

// A build file this version does not list can only be asked for by a tab still running the
// previous version: it comes from the files kept for it, or else from the network.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !isBuildFile(url.pathname) || precachedPaths.has(url.pathname)) return;
  event.respondWith(
    caches
      .open(PREVIOUS_VERSION_CACHE)
      .then((kept) => kept.match(request))
      .then((response) => response ?? fetch(request)),
  );
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

// An install that could not save every file fails, so the site is never said to be saved
// while part of it is missing; the open pages are told why. The browser tries again the next
// time a page registers the worker. (A "Reload to update" message, SKIP_WAITING, is heard by
// Serwist itself, as skipWaiting is false.) First the files kept for tabs on the version
// before the one in use are let go, to make room on a phone short of space: a tab two
// versions behind has been told twice to reload.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .delete(PREVIOUS_VERSION_CACHE)
      .then(() => serwist.handleInstall(event))
      .then(async () => {
        if (!installFailure) return;
        const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
        const message: SaveFailedMessage = { type: 'SAVE_FAILED', reason: installFailure };
        for (const page of pages) page.postMessage(message);
        throw new Error(`Groundwork was not saved for offline use (${installFailure}).`);
      }),
  );
});
// Keeping the previous version's files is a courtesy to tabs still running it: if the
// device refuses to store them, the new version activates all the same.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    keepPreviousVersionFiles()
      .catch(() => undefined)
      .then(() => serwist.handleActivate(event)),
  );
});
self.addEventListener('fetch', serwist.handleFetch);
self.addEventListener('message', serwist.handleCache);
