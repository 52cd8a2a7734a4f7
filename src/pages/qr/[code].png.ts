/** The QR symbol of each product's permalink as PNG, for download: /qr/<code>.png. */
import { publicSite } from '../../lib/config.ts';
import type { APIRoute } from 'astro';
import { catalogue } from '../../data/catalogue.ts';
import { qrPng } from '../../lib/qr.ts';
import { absoluteUrl, permalinkPath } from '../../lib/routes.ts';

export async function getStaticPaths() {
	return (await catalogue()).products.map((p) => ({ params: { code: p.facts.code } }));
}

export const GET: APIRoute = async ({ params, site }) => {
	const url = absoluteUrl(permalinkPath(params['code'] ?? ''), publicSite(site));
	return new Response(new Uint8Array(await qrPng(url)), { headers: { 'Content-Type': 'image/png' } });
};
