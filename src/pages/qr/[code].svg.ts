/** The QR symbol of each product's permalink as SVG, for print: /qr/<code>.svg. */
import { publicSite } from '../../lib/config.ts';
import type { APIRoute } from 'astro';
import { catalogue } from '../../data/catalogue.ts';
import { qrSvg } from '../../lib/qr.ts';
import { absoluteUrl, permalinkPath } from '../../lib/routes.ts';

export async function getStaticPaths() {
	return (await catalogue()).products.map((p) => ({ params: { code: p.facts.code } }));
}

export const GET: APIRoute = async ({ params, site }) => {
	const url = absoluteUrl(permalinkPath(params['code'] ?? ''), publicSite(site));
	return new Response(await qrSvg(url), { headers: { 'Content-Type': 'image/svg+xml' } });
};
