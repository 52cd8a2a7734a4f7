/** Builders of catalogue entries for unit tests: a valid entry, with only what a test cares about changed. */
import type { Facts } from '../../src/lib/catalogue.ts';
import type { Place } from '../../src/lib/content/schema.ts';

/** A sales point or centre in `district`. */
export function place(district: string, name = `Điểm ${district}`): Place {
	return {
		name: { vi: name, en: name },
		district,
		commune: 'X',
		address: 'Y',
		hours: [{ days: ['mon'], open: '08:00', close: '17:00' }],
		phone: '0000 000',
		coordinates: { lat: 12, lng: 108 },
		sample: true,
	};
}

/** Product facts (3 stars, group 1, producer p1 in district d1), with `over` applied. */
export function facts(over: Record<string, unknown> = {}): Facts<string> {
	return {
		code: 'x-1',
		stars: 3,
		category: 1,
		producer: 'p1',
		district: 'd1',
		commune: 'C',
		certificate: { number: '1', date: '2024-01-01', issuer: { vi: 'a', en: 'a' } },
		standards: [],
		certifications: [],
		centres: [],
		salesPoints: [],
		marketplaces: [],
		images: [{ src: 'img', alt: { vi: 'a', en: 'a' } }],
		sample: true,
		...over,
		// `over` may hold deliberately wrong values (tests of refusal), so the type is asserted.
	} as unknown as Facts<string>;
}
