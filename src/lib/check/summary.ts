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

export function summarise(index: ContentIndex): Summary {
	const s: Summary = {
		products: index.products.size,
		stars: { 3: 0, 4: 0, 5: 0 },
		status: { valid: 0, expired: 0, revoked: 0 },
		english: 0,
		producers: index.producers.size,
		districts: index.districts.size,
	};
	for (const entry of index.products.values()) {
		s.stars[String(entry.data.stars) as '3' | '4' | '5']++;
		s.status[certificateOf(index, entry).status]++;
		if (entry.raw.stories.en) s.english++;
	}
	return s;
}
