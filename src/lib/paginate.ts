/** Splitting long lists into pages, so a listing page stays small at thousands of products. */

/** Products per listing page. */
export const PAGE_SIZE = 24;

/** One page of a list. */
export interface Page<T> {
	items: T[];
	/** 1-based page number. */
	page: number;
	/** Number of pages, at least 1 (an empty list still has one, empty, page). */
	pages: number;
	total: number;
}

/** All pages of `list`. */
export function paginate<T>(list: readonly T[], size = PAGE_SIZE): Page<T>[] {
	const pages = Math.max(1, Math.ceil(list.length / size));
	return Array.from({ length: pages }, (_, i) => ({
		items: list.slice(i * size, (i + 1) * size),
		page: i + 1,
		pages,
		total: list.length,
	}));
}
