// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentCheck } from './src/integrations/content-check.ts';
import { localized404 } from './src/integrations/localized-404.ts';
import { movedProductPages } from './src/integrations/moved-pages.ts';
import { productPictures } from './src/integrations/pictures.ts';
import { socialImages } from './src/integrations/social-images.ts';
import { qrFiles } from './src/integrations/qr-files.ts';
import { ocopSitemap } from './src/integrations/sitemap.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { formEditor } from './src/integrations/form-editor.ts';
import { outputFolder } from './src/integrations/output-folder.ts';
import { buildMemory } from './src/integrations/build-memory.ts';
import { mediaOrigin } from './src/integrations/media-origin.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { basePath, cacheDir, mediaUrl, siteUrl } from './src/lib/config.ts';

const site = siteUrl();
const base = basePath();
// MEDIA_URL (optional): where pictures, social previews and QR files are published apart from the
// pages (src/lib/config.ts). Read here first so that a malformed value stops the build at once.
mediaUrl();

// SITE_URL is the public address (QR codes, canonical links and the sitemap need absolute URLs):
// its origin is Astro's `site`, its path (`/repo/` on a GitHub Pages project site) Astro's `base`,
// which routes.ts reads from the same variable for every URL the site writes.

export default defineConfig({
	site,
	base,
	// Astro's cache folder: one per content folder (see cacheDir() in src/lib/config.ts).
	cacheDir: `./${cacheDir()}`,
	trailingSlash: 'always',
	// Pages whose key (src/lib/page-key.ts) and code are unchanged are not rendered again: their last
	// output is kept in the output folder, which is no longer emptied (src/integrations/output-folder.ts),
	// or reused from the cache folder (node_modules/.astro/dist/).
	// parallelPrerender (Astro 7.4+) stays off: it renders pages in worker threads, one per core but
	// one, so a single worker on our 2-core machines, which loads the catalogue a second time. At
	// 1,000 products it cost 15-20 % more CPU (docs/performance.md); try it on a machine with more cores.
	experimental: { incrementalBuild: true },
	// Scripts are always external files, never inlined (Astro inlines small ones by default), so a
	// Content-Security-Policy without 'unsafe-inline' can be applied. Other assets keep the default.
	vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
	// Components' scoped styles mark their elements with a class (` astro-1a2b3c4d`, 15 bytes inside
	// a class attribute) rather than an attribute (` data-astro-cid-1a2b3c4d`, 24): about 140 marked
	// elements a product page, 0.5 kB of each of 26,000 product pages at 13,000 products. The same
	// specificity as the attribute (one class), so no rule changes weight.
	scopedStyleStrategy: 'class',
	// Code blocks (the editor guide's examples) stay plain <pre><code>: Shiki's colours are inline
	// style attributes, which the Content-Security-Policy (style-src 'self') forbids.
	markdown: { syntaxHighlight: false },
	i18n: {
		locales: ['vi', 'en'],
		defaultLocale: 'vi',
		routing: { prefixDefaultLocale: false },
	},
	integrations: [
		buildMemory(),
		contentCheck(),
		mdx(),
		ocopSitemap(site),
		localized404(),
		movedProductPages(),
		productPictures(),
		socialImages(),
		qrFiles(),
		mediaOrigin(),
		searchIndex(),
		// After the search index (the worker's shell holds its runtime), before the sweep.
		serviceWorker(),
		formEditor(),
		// Last: at the end of a build it removes what the build did not produce (see the file).
		outputFolder(),
	],
});
