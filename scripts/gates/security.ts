/**
 * Security of a static site: the `_headers` file (Netlify / Cloudflare Pages format) sends a strict
 * Content Security Policy and the usual hardening headers, and the built HTML complies with that
 * policy (no inline code or styles, no javascript: URLs, nothing from other origins), so that
 * nothing an editor types can run in a reader's browser.
 */
import { readFileSync } from 'node:fs';
import { isScriptUrl } from '../../src/lib/check/index.ts';
import { HEADER_ONLY_DIRECTIVES } from '../../src/lib/csp.ts';
import { routeFromPath } from '../../src/lib/routes.ts';
import { htmlPages, isEditorPage, loadPage } from './dist.ts';
import { startTag } from './links.ts';
import type { Failure } from './report.ts';

/** One block of a `_headers` file: a path pattern and the headers sent for it. */
export interface HeaderRule {
	pattern: string;
	headers: Record<string, string>;
	/** Headers of earlier matching rules dropped for this pattern (`! Name` lines, Cloudflare Pages). */
	detach?: string[];
}

/**
 * Parses a `_headers` file: a path pattern at the start of a line, indented `Name: value` lines
 * under it, and `! Name` lines that drop a header set by an earlier rule (as Cloudflare Pages does).
 */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	let current: HeaderRule | undefined;
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			current = { pattern: line.trim(), headers: {} };
			rules.push(current);
			continue;
		}
		const detach = /^\s+!\s*([A-Za-z0-9-]+)\s*$/.exec(line);
		if (detach && current) (current.detach ??= []).push((detach[1] ?? '').toLowerCase());
		const m = /^\s+([A-Za-z0-9-]+)\s*:\s*(.*)$/.exec(line);
		if (m && current) current.headers[(m[1] ?? '').toLowerCase()] = (m[2] ?? '').trim();
	}
	return rules;
}

/**
 * The headers a host sends for `path`: those of every matching rule (`*` matches anything); a
 * rule's `! Name` lines first drop that header as earlier rules set it.
 */
export function headersFor(path: string, rules: readonly HeaderRule[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (const rule of rules) {
		const re = new RegExp(
			`^${rule.pattern
				.split('*')
				.map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
				.join('.*')}$`,
		);
		if (!re.test(path)) continue;
		for (const name of rule.detach ?? []) delete out[name];
		// A header set again by a later rule is sent with both values, comma-joined (Cloudflare Pages):
		// two policies would both apply, so a path with its own policy must drop the site-wide one.
		for (const [name, value] of Object.entries(rule.headers)) out[name] = out[name] === undefined ? value : `${out[name]}, ${value}`;
	}
	return out;
}

/** A Content-Security-Policy value as directive → sources. */
export function parseCsp(value: string): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const part of value.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) map.set(name.toLowerCase(), sources);
	}
	return map;
}

/** What the site's pages need, and nothing more: the policy every page must be served with. */
export const REQUIRED_CSP: Record<string, string[]> = {
	'default-src': ["'self'"],
	'img-src': ["'self'", 'data:'],
	// Pagefind runs WebAssembly; no 'unsafe-inline' and no 'unsafe-eval' for scripts.
	'script-src': ["'self'", "'wasm-unsafe-eval'"],
	// Astro is configured (build.inlineStylesheets: 'never') to emit no inline styles.
	'style-src': ["'self'"],
	'connect-src': ["'self'"],
	'frame-ancestors': ["'none'"],
	'base-uri': ["'self'"],
	'form-action': ["'self'"],
	'object-src': ["'none'"],
};

/**
 * The form editor's policy (/admin/, docs/deploying.md, "Security headers"): what Sveltia CMS needs and no
 * more. Scripts from the site only and no eval, as for every page. Two differences, both required
 * by the editor: `style-src 'unsafe-inline'` (Sveltia's components inject `<style>` elements), and
 * network and pictures also from the git host's API (https origins named one by one, no
 * wildcard), with `data:`/`blob:` (pictures being uploaded, never a network request).
 */
export const REQUIRED_EDITOR_CSP: Record<string, string[]> = {
	'default-src': ["'self'"],
	'script-src': ["'self'"],
	'style-src': ["'self'", "'unsafe-inline'"],
	'font-src': ["'self'"],
	'frame-ancestors': ["'none'"],
	'base-uri': ["'self'"],
	'form-action': ["'self'"],
	'object-src': ["'none'"],
};
/** Directives of the editor's policy that list the site and named https origins, and what else each may hold. */
export const EDITOR_NETWORK_DIRECTIVES: Record<string, string[]> = {
	'connect-src': ["'self'", 'data:', 'blob:'],
	'img-src': ["'self'", 'data:', 'blob:'],
	'worker-src': ["'self'", 'blob:'],
};

/**
 * The policy a path must be served with: the editor's under /admin/, the site's everywhere else,
 * whose img-src and connect-src also name `mediaOrigin` when the pictures are published apart (MEDIA_URL).
 */
export function requiredCspFor(path: string, mediaOrigin?: string): Record<string, string[]> {
	if (isEditorPage(path)) return REQUIRED_EDITOR_CSP;
	// The service worker and "Save for the trip" fetch the pictures too, to keep them offline.
	return mediaOrigin
		? {
				...REQUIRED_CSP,
				'img-src': [...(REQUIRED_CSP['img-src'] ?? []), mediaOrigin],
				'connect-src': [...(REQUIRED_CSP['connect-src'] ?? []), mediaOrigin],
			}
		: REQUIRED_CSP;
}

/** True for the near-me pages, the only ones allowed to ask for the visitor's position. */
export function allowsGeolocation(path: string): boolean {
	return routeFromPath(path)?.route.key === 'nearMe';
}

/** Hardening headers every response must carry, with their exact values. */
export const REQUIRED_HEADERS: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY',
};

/**
 * The headers a host sends for `path` (from a parsed `_headers` file) hold the required Content
 * Security Policy exactly, the hardening headers, and a Permissions-Policy.
 */
export function checkHeaders(rules: readonly HeaderRule[], path = '/', mediaOrigin?: string): Failure[] {
	const headers = headersFor(path, rules);
	const failures: Failure[] = [];
	const fail = (element: string, rule: string, message: string) => failures.push({ gate: 'headers', page: path, element, rule, message });
	const csp = headers['content-security-policy'];
	if (!csp) fail('Content-Security-Policy', 'csp-missing', 'no Content-Security-Policy header is sent');
	else if (csp.includes(',')) {
		// Source lists never hold a comma: this is several policies in one header, and all of them apply.
		fail(
			'Content-Security-Policy',
			'csp-multiple',
			`${csp.split(',').length} policies are sent and all of them apply: drop the others with a "! Content-Security-Policy" line`,
		);
	} else {
		const policy = parseCsp(csp);
		const editor = isEditorPage(path);
		for (const [directive, sources] of Object.entries(requiredCspFor(path, mediaOrigin))) {
			const found = policy.get(directive);
			if (!found)
				fail(
					`Content-Security-Policy ${directive}`,
					'csp-directive',
					`the policy has no ${directive} directive (expected ${sources.join(' ')})`,
				);
			else if ([...found].sort().join(' ') !== [...sources].sort().join(' ')) {
				fail(
					`Content-Security-Policy ${directive}`,
					'csp-directive',
					`${directive} is "${found.join(' ')}", expected "${sources.join(' ')}"`,
				);
			}
		}
		if (editor) {
			for (const [directive, allowed] of Object.entries(EDITOR_NETWORK_DIRECTIVES)) {
				const found = policy.get(directive) ?? [];
				const other = found.filter((s) => !allowed.includes(s) && !/^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(s));
				if (!found.includes("'self'"))
					fail(`Content-Security-Policy ${directive}`, 'csp-directive', `${directive} must allow the site itself ('self')`);
				if (other.length)
					fail(
						`Content-Security-Policy ${directive}`,
						'csp-directive',
						`${directive} may list only ${allowed.join(' ')} and https origins named one by one, not ${other.join(' ')}`,
					);
			}
		}
		for (const [directive, sources] of policy) {
			// The editor's injected <style> elements are the one exception, in style-src only.
			const unsafe = sources.filter(
				(s) => s === "'unsafe-eval'" || s === '*' || (s === "'unsafe-inline'" && !(editor && directive === 'style-src')),
			);
			if (unsafe.length) fail(`Content-Security-Policy ${directive}`, 'csp-unsafe', `${directive} allows ${sources.join(' ')}`);
		}
	}
	for (const [name, value] of Object.entries(REQUIRED_HEADERS)) {
		if (headers[name] !== value) fail(name, 'header', `${name} is "${headers[name] ?? '(missing)'}", expected "${value}"`);
	}
	const permissions = headers['permissions-policy'];
	if (!permissions) fail('Permissions-Policy', 'header', 'no Permissions-Policy header is sent');
	else {
		// Only the near-me page may ask for the visitor's position (docs/offline-and-maps.md).
		// Elsewhere it may be denied or left unnamed, never allowed.
		const found = permissions
			.split(',')
			.map((p) => p.trim())
			.filter((p) => p.startsWith('geolocation='));
		const near = allowsGeolocation(path);
		const wrong = near ? found.length !== 1 || found[0] !== 'geolocation=(self)' : found.some((p) => p !== 'geolocation=()');
		if (wrong)
			fail(
				'Permissions-Policy',
				'permissions-geolocation',
				`geolocation is "${found.join(', ') || '(not named)'}", expected "${near ? 'geolocation=(self)' : 'geolocation=()'}"`,
			);
	}
	return failures;
}

/** Reads and checks a `_headers` file. */
export function checkHeadersFile(file: string, path = '/', mediaOrigin?: string): Failure[] {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return [{ gate: 'headers', page: path, element: '_headers', rule: 'headers-missing', message: `${file} does not exist` }];
	}
	return checkHeaders(parseHeaders(text), path, mediaOrigin);
}

/**
 * Every page carries, in a `<meta http-equiv>` at the top of its head (before anything it could
 * load), the policy its path is sent in `_headers`, less the directives a meta policy ignores
 * (frame-ancestors…): a host that sends no headers (GitHub Pages) gives visitors the same
 * protection. One policy per page: the form editor (/admin/) carries its own, never the site's.
 */
export function checkMetaCsp(dir: string, headersFile = `${dir}/_headers`, pages: readonly string[] = htmlPages(dir)): Failure[] {
	const rules = parseHeaders(readFileSync(headersFile, 'utf8'));
	const failures: Failure[] = [];
	for (const path of pages) {
		const $ = loadPage(path, dir);
		const fail = (element: string, rule: string, message: string) =>
			failures.push({ gate: 'meta-csp', page: path, element, rule, message });
		const metas = $('meta')
			.toArray()
			.filter((el) => ($(el).attr('http-equiv') ?? '').toLowerCase() === 'content-security-policy');
		const header = headersFor(path, rules)['content-security-policy'];
		if (metas.length !== 1) {
			fail('<meta http-equiv="content-security-policy">', 'meta-csp-count', `the page carries ${metas.length} meta policies, expected 1`);
			continue;
		}
		const meta = metas[0];
		if (!meta) continue;
		// A meta policy applies only to what comes after it: nothing may load before it.
		const before = $('head')
			.children()
			.toArray()
			.slice(0, $('head').children().toArray().indexOf(meta))
			.filter((el) => !(el.tagName === 'meta' && $(el).attr('charset') !== undefined));
		if (!$(meta).parent().is('head') || before.length)
			fail(
				startTag($, meta),
				'meta-csp-place',
				'the meta policy must come first in <head> (after <meta charset>): it does not apply to what comes before it',
			);
		if (!header) {
			fail(startTag($, meta), 'meta-csp-header', `_headers sends no Content-Security-Policy for ${path} to compare with`);
			continue;
		}
		const expected = new Map([...parseCsp(header)].filter(([name]) => !HEADER_ONLY_DIRECTIVES.has(name)));
		const found = parseCsp($(meta).attr('content') ?? '');
		for (const name of new Set([...expected.keys(), ...found.keys()])) {
			const want = (expected.get(name) ?? []).join(' ');
			const got = (found.get(name) ?? []).join(' ');
			if (HEADER_ONLY_DIRECTIVES.has(name))
				fail(startTag($, meta), 'meta-csp-directive', `${name} is ignored in a meta policy; it belongs in the header only`);
			else if (want !== got)
				fail(
					startTag($, meta),
					'meta-csp-directive',
					`${name} is "${got || '(missing)'}" in the page's meta policy but "${want || '(missing)'}" in the header for ${path}`,
				);
		}
	}
	return failures;
}

/** `<script type>` values that are data, never run, and therefore allowed inline. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);

/** Attributes that hold a URL a browser may navigate to or load. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'ping'];

/**
 * The HTML of every page complies with the site's Content Security Policy: scripts only from the
 * site itself (inline only as JSON data blocks, which must parse), no event-handler attributes, no
 * javascript: URLs, no inline styles, no plugins or frames, forms posting only to the site.
 */
export function checkCspCompliance(dir: string, site: string, pages: readonly string[] = htmlPages(dir)): Failure[] {
	const origin = new URL(site).origin;
	const failures: Failure[] = [];
	for (const path of pages) {
		const $ = loadPage(path, dir);
		const base = new URL(path, origin);
		const fail = (element: string, rule: string, message: string) => failures.push({ gate: 'csp', page: path, element, rule, message });
		const foreign = (url: string) => {
			try {
				const u = new URL(url, base);
				return u.origin !== origin && u.protocol !== 'data:';
			} catch {
				return true;
			}
		};
		for (const el of $('script').toArray()) {
			const script = $(el);
			const type = (script.attr('type') ?? '').trim().toLowerCase();
			const src = script.attr('src');
			if (src !== undefined) {
				if (foreign(src))
					fail(startTag($, el), 'script-origin', `scripts may only come from the site itself (script-src 'self'), not ${src}`);
				continue;
			}
			if (!DATA_SCRIPT_TYPES.has(type)) {
				fail(
					`${startTag($, el)}${script.text().trim().slice(0, 60)}`,
					'inline-script',
					"inline scripts are blocked by the policy (script-src without 'unsafe-inline'); move the code to a file",
				);
				continue;
			}
			try {
				JSON.parse(script.text());
			} catch {
				fail(startTag($, el), 'json-data', 'the JSON data block does not parse: something broke out of it (is < escaped as \\u003c?)');
			}
		}
		for (const el of $('*').toArray()) {
			const attrs = $(el).attr() ?? {};
			for (const [name, value] of Object.entries(attrs)) {
				if (/^on/i.test(name))
					fail(startTag($, el), 'inline-handler', `the event-handler attribute ${name}="…" is inline code, blocked by the policy`);
				if (URL_ATTRIBUTES.includes(name.toLowerCase()) && isScriptUrl(value))
					fail(startTag($, el), 'javascript-url', `${name} holds a javascript: URL, which is code`);
				if (name.toLowerCase() === 'style')
					fail(
						startTag($, el),
						'inline-style',
						"style attributes are blocked by the policy (style-src without 'unsafe-inline'); use a class",
					);
			}
		}
		for (const el of $('style').toArray())
			fail(
				startTag($, el),
				'inline-style',
				"<style> elements are blocked by the policy (style-src without 'unsafe-inline'); Astro must emit stylesheets as files",
			);
		for (const el of $('link[rel~="stylesheet"][href]').toArray()) {
			if (foreign($(el).attr('href') ?? ''))
				fail(startTag($, el), 'style-origin', "stylesheets may only come from the site itself (style-src 'self')");
		}
		for (const el of $('object, embed, applet, iframe, frame').toArray())
			fail(startTag($, el), 'object', "plugins and frames are not allowed (object-src 'none', default-src 'self')");
		for (const el of $('form[action]').toArray()) {
			if (foreign($(el).attr('action') ?? ''))
				fail(startTag($, el), 'form-action', "forms may only post to the site itself (form-action 'self')");
		}
		for (const el of $('base[href]').toArray()) {
			if (foreign($(el).attr('href') ?? ''))
				fail(startTag($, el), 'base-uri', "<base> may only point at the site itself (base-uri 'self')");
		}
	}
	return failures;
}

/** Links to other sites carry rel="noopener" (or "noreferrer", which implies it). */
export function checkExternalLinks(dir: string, site: string, pages: readonly string[] = htmlPages(dir)): Failure[] {
	const origin = new URL(site).origin;
	const failures: Failure[] = [];
	for (const path of pages) {
		const $ = loadPage(path, dir);
		for (const el of $('a[href], area[href]').toArray()) {
			const href = $(el).attr('href') ?? '';
			let url: URL;
			try {
				url = new URL(href, new URL(path, origin));
			} catch {
				continue;
			}
			if (!/^https?:$/.test(url.protocol) || url.origin === origin) continue;
			const rel = ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/);
			if (!rel.includes('noopener') && !rel.includes('noreferrer')) {
				failures.push({
					gate: 'external-links',
					page: path,
					element: startTag($, el),
					rule: 'noopener',
					message: 'a link to another site must carry rel="noopener"',
				});
			}
		}
	}
	return failures;
}
