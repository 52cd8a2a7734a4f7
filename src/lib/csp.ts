/**
 * The site's Content-Security-Policy as a `<meta http-equiv>` in every page, for hosts that send no
 * headers (GitHub Pages): the policy of `public/_headers` (the one source), less the directives a
 * meta policy cannot carry, with MEDIA_URL's origin in img-src as the build adds it to the header
 * (src/integrations/media-origin.ts). The security gate checks that the two agree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mediaUrl } from './config.ts';

/** Directives a policy delivered by `<meta http-equiv>` ignores (CSP Level 3, §3.3), so left out of it. */
export const HEADER_ONLY_DIRECTIVES: ReadonlySet<string> = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** The Content-Security-Policy of the first `_headers` block whose pattern is `pattern` (`/*`: every page). */
export function headersFileCsp(text: string, pattern = '/*'): string | undefined {
	let inBlock = false;
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) inBlock = line.trim() === pattern;
		else if (inBlock) {
			const m = /^\s+Content-Security-Policy\s*:\s*(.*)$/i.exec(line);
			if (m) return (m[1] ?? '').trim();
		}
	}
	return undefined;
}

/** A policy with only the directives a `<meta http-equiv>` policy supports, in the same order and spelling. */
export function metaPolicy(policy: string): string {
	return policy
		.split(';')
		.map((d) => d.trim())
		.filter((d) => d && !HEADER_ONLY_DIRECTIVES.has((d.split(/\s+/)[0] ?? '').toLowerCase()))
		.join('; ');
}

/** `policy` with `origin` added to its img-src (as media-origin.ts does to the header). */
export function withImgOrigin(policy: string, origin: string): string {
	return policy
		.split(';')
		.map((d) => {
			const words = d.trim().split(/\s+/);
			return words[0]?.toLowerCase() === 'img-src' && !words.includes(origin) ? `${d.trim()} ${origin}` : d.trim();
		})
		.join('; ');
}

let cached: { media: string | undefined; policy: string } | undefined;

/** The meta policy of the site's pages, from `public/_headers` in the project folder. */
export function siteMetaCsp(root = process.cwd()): string {
	const media = mediaUrl();
	if (cached && cached.media === media) return cached.policy;
	const file = join(root, 'public/_headers');
	const header = headersFileCsp(readFileSync(file, 'utf8'));
	if (!header) throw new Error(`${file} has no Content-Security-Policy under /*: the pages' meta policy is made from it`);
	const policy = metaPolicy(media ? withImgOrigin(header, new URL(media).origin) : header);
	cached = { media, policy };
	return policy;
}
