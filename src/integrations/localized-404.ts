/**
 * Static hosts look for `404.html` in the folder of the missing page (Cloudflare Pages, Netlify)
 * or at the root. Astro writes the English 404 page as en/404/index.html; this moves it to
 * en/404.html so English visitors get an English error page.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { LOCALES, DEFAULT_LOCALE } from '../lib/routes.ts';

/** The integration. */
export function localized404(): AstroIntegration {
	return {
		name: 'ocop:localized-404',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const out = fileURLToPath(dir);
				for (const locale of LOCALES) {
					if (locale === DEFAULT_LOCALE) continue;
					const from = join(out, locale, '404', 'index.html');
					if (!existsSync(from)) continue;
					renameSync(from, join(out, locale, '404.html'));
					rmdirSync(join(out, locale, '404'));
				}
			},
		},
	};
}
