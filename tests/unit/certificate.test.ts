import { describe, expect, it } from 'vitest';
import { addMonths, asOfDate, certificateState } from '../../src/lib/certificate.ts';

describe('certificate status', () => {
	it('a certificate is valid on the last day of its 36 months', () => {
		expect(certificateState('2023-09-28', '2026-09-27')).toEqual({ status: 'valid', expires: '2026-09-28', validUntil: '2026-09-27' });
	});

	it('a certificate issued exactly 36 months ago is expired', () => {
		expect(certificateState('2023-09-28', '2026-09-28').status).toBe('expired');
	});

	it('a certificate issued today is valid', () => {
		expect(certificateState('2026-11-22', '2026-11-22').status).toBe('valid');
	});

	it('a revoked certificate is revoked from the revocation day, even while still in date', () => {
		expect(certificateState('2025-01-10', '2025-07-31', '2025-08-01').status).toBe('valid');
		expect(certificateState('2025-01-10', '2025-08-01', '2025-08-01').status).toBe('revoked');
	});

	it('a revoked certificate stays revoked after it would have expired', () => {
		expect(certificateState('2020-01-10', '2026-01-01', '2021-05-01').status).toBe('revoked');
	});

	it('a certificate issued on 29 February runs to the end of February three years later', () => {
		expect(certificateState('2024-02-29', '2027-02-27')).toMatchObject({
			status: 'valid',
			validUntil: '2027-02-27',
			expires: '2027-02-28',
		});
	});

	it('adding months clamps to the last day of a shorter month', () => {
		expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
		expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
		expect(addMonths('2023-12-15', 36)).toBe('2026-12-15');
	});

	it('the as-of day comes from OCOP_AS_OF when it is set, and is rejected when malformed', () => {
		expect(asOfDate({ OCOP_AS_OF: '2025-01-02' })).toBe('2025-01-02');
		expect(asOfDate({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(() => asOfDate({ OCOP_AS_OF: '2/1/2025' })).toThrow(/YYYY-MM-DD/);
	});
});
