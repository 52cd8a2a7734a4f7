/**
 * Chromium (from the npm package @sparticuz/chromium, see scripts/chromium.ts) driven by playwright-core, and the built site served on loopback with sirv
 * (a static server like any CDN: index.html per folder, 404.html for misses, and the response
 * headers of the site's `_headers` file, Content Security Policy included, as Netlify and
 * Cloudflare Pages send them).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import sirv from 'sirv';
import { headersFor, parseHeaders, type HeaderRule } from '../../scripts/gates/security.ts';
import { SITE_DIR } from './paths.ts';

/** Starts Chromium headless (the lockfile's Chromium, or CHROMIUM_PATH: see scripts/chromium.ts). */
export function launch(): Promise<Browser> {
	return launchChromium();
}

/** How `serve` sets response headers. */
export interface ServeOptions {
	/** Headers for every response instead of those of `<dir>/_headers`; `{}` sends none. */
	headers?: Record<string, string>;
	/**
	 * Serve the site under this sub-path (`/ocop/`), as GitHub Pages serves a project site: every
	 * request outside it gets a 404, and a miss inside it the site's own 404.html.
	 */
	base?: string;
}

/** Serves `dir` on 127.0.0.1 at a free port; returns the origin and a stop function. */
export async function serve(dir = SITE_DIR, options: ServeOptions = {}): Promise<{ origin: string; close: () => Promise<void> }> {
	const assets = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
	const file = join(dir, '_headers');
	const rules: HeaderRule[] = options.headers
		? [{ pattern: '*', headers: options.headers }]
		: existsSync(file)
			? parseHeaders(readFileSync(file, 'utf8'))
			: [];
	const base = options.base ?? '/';
	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		if (!url.pathname.startsWith(base)) {
			res.statusCode = 404;
			res.end('Not found (outside the site)');
			return;
		}
		req.url = `/${url.pathname.slice(base.length)}${url.search}`;
		for (const [name, value] of Object.entries(headersFor(new URL(req.url, 'http://x').pathname, rules))) res.setHeader(name, value);
		assets(req, res, () => {
			res.statusCode = 404;
			const notFound = join(dir, '404.html');
			if (options.base && existsSync(notFound)) {
				res.setHeader('Content-Type', 'text/html; charset=utf-8');
				res.end(readFileSync(notFound));
			} else res.end('Not found');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Chromium and the built sample site on loopback, started before a test file and stopped after it. */
export function useSiteInBrowser(dir = SITE_DIR, options: ServeOptions = {}): { readonly browser: Browser; readonly origin: string } {
	let browser: Browser | undefined;
	let server: Awaited<ReturnType<typeof serve>> | undefined;
	beforeAll(async () => {
		[browser, server] = await Promise.all([launch(), serve(dir, options)]);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	return {
		get browser() {
			if (!browser) throw new Error('the browser is not started yet: use it inside a test');
			return browser;
		},
		get origin() {
			if (!server) throw new Error('the site is not served yet: use it inside a test');
			return server.origin;
		},
	};
}
