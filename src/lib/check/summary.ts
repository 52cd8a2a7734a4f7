/** The summary printed after the check: products by stars, by certificate status, English coverage. */
import type { CertificateStatus } from '../certificate.ts';
import { certificateOf, type ContentIndex } from './content-index.ts';
import { summariseFacts } from './merge.ts';

export interface Summary {
	/** Valid products (those whose facts passed their schema). */
	products: number;
	stars: Record<'3' | '4' | '5', number>;
	status: Record<CertificateStatus, number>;
	/** Products with an English story. */
	english: number;
	producers: number;
	districts: number;
}

/** The summary of an index. */
export function summarise(index: ContentIndex): Summary {
	const facts = [...index.products.values()].map((entry) => ({
		stars: entry.data.stars,
		status: certificateOf(index.asOf, entry).status,
		english: !!entry.raw.stories.en,
	}));
	return summariseFacts(facts, { products: index.products.size, producers: index.producers.size, districts: index.districts.size });
}
