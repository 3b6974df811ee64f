// The service worker (built to dist/sw.js by scripts/pwa/offline-plugin.ts, which puts the
// precache list in front of this code as `PRECACHE`). The lab works offline after one visit:
// - install: caches every file of this version, then WAITS (no skipWaiting): a new version
//   never replaces the running one in the middle of a lecture; the page asks the user first
//   (register-sw.ts) and sends SKIP_WAITING when they agree;
// - activate: deletes the caches of older versions and takes control of open pages (on a first
//   visit, so the lazy chunks loaded later in that visit already come through here);
// - fetch: built files cache-first (their names carry content hashes; the rest changes only with
//   the version); loads of the lab's page network-first, falling back to this version's
//   cached page (whatever query the address carries; the experiment is in the fragment).
// It is a classic script with no imports: the plugin only strips the types.

/** Written in by the build: the files of this version, relative to this script's URL. */
declare const PRECACHE: { version: string; urls: string[] };

// The service worker global scope, typed locally: the app's TypeScript project has DOM types,
// and the WebWorker library cannot be mixed into it.
interface SwExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface SwFetchEvent extends SwExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface SwMessageEvent extends SwExtendableEvent {
  readonly data: unknown;
}
interface SwScope {
  readonly registration: ServiceWorkerRegistration;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (e: SwExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (e: SwFetchEvent) => void): void;
  addEventListener(type: 'message', listener: (e: SwMessageEvent) => void): void;
}

const sw = self as unknown as SwScope;
const CACHE_PREFIX = 'handshake-lab-';
const CACHE = CACHE_PREFIX + PRECACHE.version;
const PAGE_URL = new URL('./', sw.registration.scope).href;
const PRECACHED = new Set(PRECACHE.urls.map((u) => new URL(u, sw.registration.scope).href));
/** A page load waits this long for the network before the cached page is shown. */
const NAVIGATION_TIMEOUT_MS = 4000;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // `reload`: the server's copy, never a stale one from the browser's HTTP cache.
      cache.addAll(PRECACHE.urls.map((u) => new Request(u, { cache: 'reload' }))),
    ),
  );
});

sw.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data && data.type === 'SKIP_WAITING') void sw.skipWaiting();
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => k.startsWith(CACHE_PREFIX) && k !== CACHE)
            .map((k) => caches.delete(k)),
        ),
      )
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.hash = '';
  const path = url.origin + url.pathname;
  if (request.mode === 'navigate' && (path === PAGE_URL || path === PAGE_URL + 'index.html')) {
    event.respondWith(networkFirstPage(request));
  } else if (PRECACHED.has(url.href)) {
    event.respondWith(cacheFirst(request, url.href));
  }
  // Anything else (another origin, other pages next to the lab on the same server, files
  // outside this version) goes to the network as usual.
});

async function cacheFirst(request: Request, href: string): Promise<Response> {
  // Any version's cache will do: a page of the previous version that is still open may load
  // one of its lazy chunks while the new version is already installed, and vice versa.
  return (await caches.match(href)) ?? fetch(request);
}

async function networkFirstPage(request: Request): Promise<Response> {
  const cached = () => caches.open(CACHE).then((cache) => cache.match(PAGE_URL));
  try {
    const response = await withTimeout(fetch(request), NAVIGATION_TIMEOUT_MS);
    // A server error or a missing page while this version is cached: the lab still opens.
    if (!response.ok) return (await cached()) ?? response;
    return response;
  } catch (error) {
    const page = await cached();
    if (page) return page;
    throw error;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The network is too slow.')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
