/**
 * The app's icons, drawn from the site's mark (public/favicon.svg) with sharp at build time. The
 * maskable one keeps the mark inside the central 80 % that every launcher's mask leaves visible.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { ICONS, THEME_COLOR } from '../../lib/offline/manifest.ts';

export const getStaticPaths = (() => ICONS.map((icon) => ({ params: { icon: icon.name }, props: icon }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { size, maskable } = props as (typeof ICONS)[number];
	const mark = readFileSync(join(process.cwd(), 'public', 'favicon.svg'));
	const inner = maskable ? Math.round(size * 0.7) : size;
	const drawn = await sharp(mark, { density: Math.ceil((72 * inner) / 32) })
		.resize(inner, inner)
		.png()
		.toBuffer();
	const png = maskable
		? await sharp({ create: { width: size, height: size, channels: 4, background: THEME_COLOR } })
				.composite([{ input: drawn, gravity: 'centre' }])
				.png({ compressionLevel: 9 })
				.toBuffer()
		: await sharp(drawn).png({ compressionLevel: 9 }).toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
