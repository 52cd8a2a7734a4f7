/// <reference lib="webworker" />
/**
 * The service worker (docs/offline-and-maps.md), bundled by src/integrations/service-worker.ts into
 * one file at the site's root (`<base>sw.js`), with the list of the shell's files put in place of
 * `self.__WB_MANIFEST` and the site's base and offline pages in place of `__OCOP_SW__`.
 *
 * - installed with the shell only (styles, scripts, fonts, the offline pages, Pagefind's runtime and
 *   metadata), within the budget named in scripts/gates/budgets.ts;
 * - pages: network first, from the cache after a short wait; a page never visited, offline, gets the
 *   offline page of its language;
 * - pictures (also from MEDIA_URL, asked in CORS mode so that the cache holds a readable response)
 *   and Pagefind's chunks and fragments (named by a hash): from the cache first, limited in count and age;
 * - what a visitor saved for a trip (src/scripts/trip.ts) lives in caches of its own, `trip:…`, which
 *   every route reads too and nothing here expires;
 * - a new version waits until the page asks it to take over (the "reload" prompt, src/scripts/sw-register.ts).
 */
import { cleanupOutdatedCaches, precacheAndRoute, matchPrecache } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { clientsClaim } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types.js';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };
/** Filled in at build time. */
declare const __OCOP_SW__: { base: string; media: string | null; offline: { vi: string; en: string }; enPrefix: string };

const { base, media, offline, enPrefix } = __OCOP_SW__;
/**
 * Limits a cache in count and age, and empties it first when the quota runs out. Workbox declares the
 * plugin's optional callbacks as possibly undefined, which its own WorkboxPlugin type refuses under
 * `exactOptionalPropertyTypes`: the class is the plugin Workbox documents.
 */
const expire = (maxEntries: number, days: number) =>
	new ExpirationPlugin({ maxEntries, maxAgeSeconds: days * 24 * 3600, purgeOnQuotaError: true }) as WorkboxPlugin;

const sameSite = (url: URL) => url.origin === self.location.origin && url.pathname.startsWith(base);
/** The prefix of the caches of saved trips (src/scripts/trip.ts uses the same). */
const TRIP_PREFIX = 'trip:';

// Pagefind asks for its entry file with `?ts=<now>` to pass HTTP caches: the precached copy (a new
// one with every new index, by its revision) answers it all the same.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/] });
cleanupOutdatedCaches();
// A first install takes the open pages at once (nothing older to swap under them); a later version
// activates only when the visitor accepts the reload (the message below), and then takes them too.
clientsClaim();

// The page the visitor was reading when the worker installed came before it: keep a copy now.
self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const pages = await caches.open('pages');
			for (const client of await self.clients.matchAll({ type: 'window' })) {
				const url = new URL(client.url);
				if (!sameSite(url) || (await pages.match(url.href))) continue;
				await pages.add(url.href).catch(() => undefined);
			}
		})(),
	);
});

/** A response saved for a trip, whatever the trip. */
async function fromTrips(request: Request | string): Promise<Response | undefined> {
	for (const name of await caches.keys()) {
		if (!name.startsWith(TRIP_PREFIX)) continue;
		const hit = await (await caches.open(name)).match(request);
		if (hit) return hit;
	}
	return undefined;
}

/** The hash of a product picture's file (`…/<hash>-<width>.webp`, src/lib/media/pictures.ts); not a search thumbnail's. */
const PICTURE_FILE = /\/([0-9a-f]{16})-\d+(?:q\d+)?\.(?:webp|avif)$/;

/**
 * The same picture at another width, saved for a trip: the phone stored the one width it would show
 * (src/scripts/trip.ts), and a page may ask for another (the window turned, another pixel density).
 */
const otherWidthFromTrips: WorkboxPlugin = {
	handlerDidError: async ({ request }) => {
		const hash = PICTURE_FILE.exec(new URL(request.url).pathname)?.[1];
		if (!hash) return undefined;
		for (const name of await caches.keys()) {
			if (!name.startsWith(TRIP_PREFIX)) continue;
			const cache = await caches.open(name);
			const key = (await cache.keys()).find((k) => PICTURE_FILE.exec(new URL(k.url).pathname)?.[1] === hash);
			if (key) return cache.match(key);
		}
		return undefined;
	},
};

/** Look in the trips' caches when the route's own cache has nothing. */
const tripsToo: WorkboxPlugin = {
	cachedResponseWillBeUsed: async ({ cachedResponse, request }) => cachedResponse ?? (await fromTrips(request)) ?? null,
};

// Pages: the network if it answers within 3 s (a rural link that answers at all usually does), else the copy.
registerRoute(
	({ request, url }) => request.mode === 'navigate' && sameSite(url),
	new NetworkFirst({
		cacheName: 'pages',
		networkTimeoutSeconds: 3,
		// The search page with another query (`?q=…`) is the same page: its script reads the query.
		matchOptions: { ignoreSearch: true },
		plugins: [tripsToo, expire(200, 30)],
	}),
);

// The near-me index and provinces' places: each kept when the near-me page first loads it (or a
// province is saved for the trip), refreshed in the background after.
registerRoute(
	({ url }) => sameSite(url) && (url.pathname === `${base}near-me.json` || url.pathname.startsWith(`${base}near-me/`)),
	new StaleWhileRevalidate({ cacheName: 'data', plugins: [tripsToo] }),
);

// The search's facet tables (src/lib/search/facet-table.ts), named by language only: kept for
// searches offline, refreshed in the background. A table of an older build says so (its version),
// and the search page then counts with Pagefind's filter index instead.
registerRoute(
	({ url }) => sameSite(url) && url.pathname.startsWith(`${base}pagefind/filter-table-`),
	new StaleWhileRevalidate({ cacheName: 'data' }),
);

// Pagefind answers a search whose index part it could not fetch with no results, as if nothing matched:
// the search page is told, so that it says the search needs the network (src/scripts/search-page.ts).
const tellSearchNeedsNetwork: WorkboxPlugin = {
	handlerDidError: async ({ event }) => {
		const client = event instanceof FetchEvent ? await self.clients.get(event.clientId) : undefined;
		client?.postMessage({ type: 'search-needs-network' });
		return undefined;
	},
};

// Pagefind's index chunks, fragments and filters: named by a hash of their content, so never stale.
registerRoute(
	({ url }) => sameSite(url) && /\/pagefind\/(index|fragment|filter)\//.test(url.pathname),
	new CacheFirst({
		cacheName: 'search',
		plugins: [tellSearchNeedsNetwork, expire(400, 60)],
	}),
);

// Pictures, from the site or from MEDIA_URL. A picture from another host is asked for in CORS mode
// (the media host must send Access-Control-Allow-Origin): an opaque answer could not be checked
// and would count 7 MB against the quota in Chromium.
const corsRequest: WorkboxPlugin = {
	requestWillFetch: async ({ request }) =>
		new URL(request.url).origin === self.location.origin ? request : new Request(request.url, { mode: 'cors', credentials: 'omit' }),
};
registerRoute(
	({ request, url }) => request.destination === 'image' && (sameSite(url) || (media !== null && url.href.startsWith(media))),
	new CacheFirst({
		cacheName: 'pictures',
		plugins: [corsRequest, tripsToo, otherWidthFromTrips, expire(300, 60)],
	}),
);

// A page neither on the network nor in any cache: the offline page of its language.
setCatchHandler(async ({ request, url }) => {
	if (request.mode !== 'navigate') return Response.error();
	const english = url.pathname.startsWith(`${base}${enPrefix}`);
	return (await matchPrecache(english ? offline.en : offline.vi)) ?? Response.error();
});

// The page's "reload" prompt asks the waiting version to take over; it never does on its own.
self.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
