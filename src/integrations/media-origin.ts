/**
 * When `MEDIA_URL` publishes the pictures, social previews and QR files on a host of their own
 * (src/lib/config.ts), the pages' Content-Security-Policy (public/_headers, copied to the build)
 * must let pictures load from there: its img-src gains MEDIA_URL's origin, and nothing else does.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mediaUrl } from '../lib/config.ts';

/** The site's `_headers` text with `origin` added to the img-src of its first policy (the pages' one, under `/*`). */
export function withMediaOrigin(headers: string, origin: string): string {
	const policy = /^(\s*Content-Security-Policy:[^\n]*?\bimg-src\b[^;\n]*)/m;
	if (!policy.test(headers)) throw new Error(`_headers has no Content-Security-Policy with an img-src to add ${origin} to`);
	return headers.replace(policy, (directive) => (directive.split(/\s+/).includes(origin) ? directive : `${directive} ${origin}`));
}

/** The integration. */
export function mediaOrigin(): AstroIntegration {
	return {
		name: 'ocop:media-origin',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const media = mediaUrl();
				if (!media) return;
				const file = fileURLToPath(new URL('_headers', dir));
				writeFileSync(file, withMediaOrigin(readFileSync(file, 'utf8'), new URL(media).origin));
			},
		},
	};
}
