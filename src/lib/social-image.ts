/** Where a product's social preview picture (drawn at build time) is published. */
import { withBase } from './routes.ts';

/** Site path (the file in dist/) of the 1200×630 preview of product `slug`. */
export function socialImageSitePath(slug: string): string {
	return `/og/${slug}.jpg`;
}

/** URL path (under the base) of the 1200×630 preview of product `slug`. */
export function socialImagePath(slug: string): string {
	return withBase(socialImageSitePath(slug));
}
