/** The English web app manifest (src/lib/offline/manifest.ts). */
import type { APIRoute } from 'astro';
import { useTranslations } from '../../i18n/index.ts';
import { webManifest } from '../../lib/offline/manifest.ts';

export const GET: APIRoute = () => {
	const t = useTranslations('en');
	const body = webManifest('en', { name: t('site.name'), short: t('app.shortName'), description: t('site.description') });
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/manifest+json' } });
};
