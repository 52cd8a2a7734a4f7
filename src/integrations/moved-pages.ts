/**
 * Keeps a product's former addresses alive: after the build, writes a small redirect page (meta
 * refresh, canonical link, noindex, a plain link) at /san-pham/<old>/ and /en/products/<old>/ for
 * every slug listed in a product's `formerSlugs`. Written as plain files after Astro's pages, so
 * they are never in the sitemap; the content check has made sure no current page sits there.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildContent } from './content-once.ts';
import { DEFAULT_SITE } from '../lib/config.ts';
import { movedPageHtml, movedPages } from '../lib/permalinks.ts';
import { sitePath } from '../lib/routes.ts';
import { useTranslations } from '../i18n/index.ts';

/** The integration. */
export function movedProductPages(): AstroIntegration {
	let root = '';
	let site: string | URL = DEFAULT_SITE;
	return {
		name: 'ocop:moved-product-pages',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				site = config.site ?? DEFAULT_SITE;
			},
			'astro:build:done': ({ dir, pages: built, logger }) => {
				const out = fileURLToPath(dir);
				// The build's own pages, not the files in the folder: the output folder is kept between
				// builds (output-folder.ts), so a redirect page written by the last build is there too.
				const current = new Set(built.map((p) => `/${p.pathname}`.replace(/\/?$/, '/')));
				const content = buildContent(root);
				const names = new Map<string, { vi: string; en: string }>();
				const products = content.products.map((p) => {
					const vi = (p.stories.vi?.data as { name?: string } | undefined)?.name ?? p.id;
					const en = (p.stories.en?.data as { name?: string } | undefined)?.name ?? vi;
					names.set(p.id, { vi, en });
					return { slug: p.id, formerSlugs: (p.data as { formerSlugs?: string[] }).formerSlugs ?? [] };
				});
				const pages = movedPages(products);
				for (const page of pages) {
					const path = sitePath(page.from) ?? page.from;
					const file = join(out, path, 'index.html');
					if (current.has(path))
						throw new Error(`${page.from} is a current page and a former address of ${page.slug} (run npm run check:content)`);
					const t = useTranslations(page.locale);
					const name = names.get(page.slug)?.[page.locale] ?? page.slug;
					mkdirSync(dirname(file), { recursive: true });
					writeFileSync(file, movedPageHtml(page, { title: t('moved.title', { name }), body: t('moved.body'), link: name }, site));
				}
				logger.info(`${pages.length} redirect pages at former product addresses`);
			},
		},
	};
}
