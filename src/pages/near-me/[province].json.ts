/** A province's OCOP centres and sales points for the near-me page (`<base>near-me/<province>.json`, src/data/near-me.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { nearFiles } from '../../data/near-me.ts';

export const getStaticPaths = (async () => {
	const { places } = await nearFiles();
	return [...places.keys()].map((province) => ({ params: { province } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const { places } = await nearFiles();
	return new Response(JSON.stringify(places.get(params['province'] ?? '') ?? []), { headers: { 'Content-Type': 'application/json' } });
};
