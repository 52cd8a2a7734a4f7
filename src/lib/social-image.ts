/** Where a product's social preview picture (drawn at build time) is published. */

/** Site-relative path of the 1200×630 preview of product `slug`. */
export function socialImagePath(slug: string): string {
	return `/og/${slug}.jpg`;
}
