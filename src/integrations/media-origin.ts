/**
 * When `MEDIA_URL` publishes the pictures, social previews and QR files on a host of their own
 * (src/lib/config.ts), the pages' Content-Security-Policy (public/_headers, copied to the build)
 * must let pictures load from there: its img-src and connect-src gain MEDIA_URL's origin, and nothing else does.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mediaUrl } from '../lib/config.ts';

/**
 * The site's `_headers` text with `origin` added to the img-src and connect-src of its first policy
 * (the pages' one, under `/*`): pictures load from there, and the service worker and "Save for the
 * trip" fetch them from there to keep them offline (src/lib/offline/sw.ts, src/scripts/trip.ts).
 */
export function withMediaOrigin(headers: string, origin: string): string {
	const add = (text: string, directive: string) => {
		const policy = new RegExp(`^(\\s*Content-Security-Policy:[^\\n]*?\\b${directive}\\b[^;\\n]*)`, 'm');
		if (!policy.test(text)) throw new Error(`_headers has no Content-Security-Policy with ${directive} to add ${origin} to`);
		return text.replace(policy, (found) => (found.split(/\s+/).includes(origin) ? found : `${found} ${origin}`));
	};
	return add(add(headers, 'img-src'), 'connect-src');
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
