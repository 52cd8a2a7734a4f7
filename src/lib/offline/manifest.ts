/**
 * The web app manifest of each language (`<base>manifest.webmanifest`, `<base>en/manifest.webmanifest`):
 * the site installs on a phone's home screen and opens at the home page of the visitor's language.
 * Icons are drawn from the site's mark (public/favicon.svg) by src/pages/icons/[icon].png.ts.
 */
import { routePath, withBase, type Locale } from '../routes.ts';

/** The icons drawn at build time: size in pixels, and whether the mark sits in the safe zone of a maskable icon. */
export const ICONS = [
	{ name: 'icon-192', size: 192, maskable: false },
	{ name: 'icon-512', size: 512, maskable: false },
	{ name: 'maskable-512', size: 512, maskable: true },
] as const;

/** The site's colours: the header's dark green, the page's background. */
export const THEME_COLOR = '#0a4d2d';
const BACKGROUND = '#ffffff';

/** The manifest of `locale`, with names from the dictionary. */
export function webManifest(locale: Locale, names: { name: string; short: string; description: string }) {
	const home = routePath(locale, { key: 'home' });
	return {
		id: home,
		lang: locale,
		name: names.name,
		short_name: names.short,
		description: names.description,
		start_url: home,
		scope: withBase('/'),
		display: 'standalone',
		theme_color: THEME_COLOR,
		background_color: BACKGROUND,
		icons: ICONS.map((icon) => ({
			src: withBase(`/icons/${icon.name}.png`),
			sizes: `${icon.size}x${icon.size}`,
			type: 'image/png',
			purpose: icon.maskable ? 'maskable' : 'any',
		})),
	};
}

/** The URL path of the manifest of `locale`. */
export function manifestPath(locale: Locale): string {
	return `${routePath(locale, { key: 'home' })}manifest.webmanifest`;
}
