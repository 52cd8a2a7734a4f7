/** Where a product's social preview picture (drawn at build time) is published. */
import { mediaPath } from '../routes.ts';

/** Site path (the file in dist/) of the 1200×630 preview of product `slug`. */
export function socialImageSitePath(slug: string): string {
	return `/og/${slug}.jpg`;
}

/** Address (under the base, or MEDIA_URL) of the 1200×630 preview of product `slug`. */
export function socialImagePath(slug: string): string {
	return mediaPath(socialImageSitePath(slug));
}
