/** The open data files under /data/ (src/lib/buyers/open-data.ts): JSON, CSV with CSVW metadata, the JSON Schema. */
import type { APIRoute } from 'astro';
import { publicSite } from '../../lib/config.ts';
import { dataFiles } from '../../data/open-data.ts';
import type { DataFile } from '../../lib/buyers/open-data.ts';

export async function getStaticPaths() {
	return (await dataFiles(publicSite(import.meta.env.SITE).href)).map((file) => ({ params: { file: file.name }, props: { file } }));
}

export const GET: APIRoute = ({ props }) => {
	const { file } = props as { file: DataFile };
	return new Response(new Uint8Array(file.body), { headers: { 'Content-Type': file.type } });
};
