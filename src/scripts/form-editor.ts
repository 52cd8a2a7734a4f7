/**
 * Starts the form editor at /admin/. Sveltia CMS is imported from npm and bundled with the site (no
 * CDN): its npm build imports its locales, fonts, code highlighter and map library as modules, and
 * src/integrations/form-editor.ts removes what would still reach other hosts.
 *
 * The interface starts in Vietnamese on a first visit, whatever the browser's language; an editor
 * can switch it in Sveltia's settings, which keeps the choice in localStorage. Sveltia reads that
 * preference when its module is first evaluated, so it is written before the module is imported.
 */
const PREFS = 'sveltia-cms.prefs';
let prefs: Record<string, unknown> = {};
try {
	prefs = (JSON.parse(localStorage.getItem(PREFS) ?? '{}') as Record<string, unknown> | null) ?? {};
} catch {
	// unreadable preferences are replaced
}
if (!prefs['locale']) localStorage.setItem(PREFS, JSON.stringify({ ...prefs, locale: 'vi' }));

const { init } = await import('@sveltia/cms');
await init();

export {};
