/** The summary printed after the check: products by stars, by certificate status, English coverage. */
import type { CertificateStatus } from '../certificate.ts';
import { certificateOf, type ContentIndex } from './content-index.ts';

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

/** What one valid product adds to the summary (kept with it between runs, see unit-cache.ts). */
export interface ProductFact {
	stars: number;
	status: CertificateStatus;
	english: boolean;
}

/** The summary of the valid products' facts; `counts` are the sizes of the index. */
export function summariseFacts(facts: Iterable<ProductFact>, counts: Pick<Summary, 'products' | 'producers' | 'districts'>): Summary {
	const s: Summary = { ...counts, stars: { 3: 0, 4: 0, 5: 0 }, status: { valid: 0, expired: 0, revoked: 0 }, english: 0 };
	for (const fact of facts) {
		s.stars[String(fact.stars) as '3' | '4' | '5']++;
		s.status[fact.status]++;
		if (fact.english) s.english++;
	}
	// The same key order as before facts were kept: { products, stars, status, english, producers, districts }.
	return {
		products: s.products,
		stars: s.stars,
		status: s.status,
		english: s.english,
		producers: s.producers,
		districts: s.districts,
	};
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
