import { describe, expect, it } from 'vitest';
import { phoneLabel, telHref } from '../../src/lib/phone.ts';

describe('telephone numbers', () => {
	it('a tel: link keeps only the digits and a leading plus', () => {
		expect(telHref('0263 383-9123')).toBe('tel:02633839123');
		expect(telHref('+84 28 000 0000')).toBe('tel:+84280000000');
	});

	it('a number is shown with non-breaking spaces and hyphens, so it never wraps', () => {
		expect(phoneLabel(' 0263 383-9123 ')).toBe('0263\u00a0383\u20119123');
	});
});
