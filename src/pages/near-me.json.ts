/**
 * The near-me index (`<base>near-me.json`, src/data/near-me.ts): the provinces, where each one's places
 * lie and how many there are. Small (about 2 kB gzip for the 34 provinces), loaded with the near-me page.
 */
import type { APIRoute } from 'astro';
import { nearFiles } from '../data/near-me.ts';

export const GET: APIRoute = async () => {
	const { index } = await nearFiles();
	return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
