/**
 * Certificate status, computed from dates and never typed by hand. A recognition decision is valid
 * for 36 months from its date: a certificate dated 2023-09-28 is valid up to and including
 * 2026-09-27 and expired from 2026-09-28. Dates are calendar days (YYYY-MM-DD), compared in UTC.
 */

/** How many months a recognition decision stays valid. */
export const VALIDITY_MONTHS = 36;

/** valid, expired or revoked. */
export type CertificateStatus = 'valid' | 'expired' | 'revoked';

/** What a page needs to show a certificate. */
export interface CertificateState {
	status: CertificateStatus;
	/** First day on which the certificate is no longer valid, YYYY-MM-DD. */
	expires: string;
	/** Last day of validity, YYYY-MM-DD. */
	validUntil: string;
}

function parseDay(day: string): Date {
	const d = new Date(`${day}T00:00:00Z`);
	if (Number.isNaN(d.getTime())) throw new Error(`Not a date: ${day}`);
	return d;
}

const fmt = (d: Date) => d.toISOString().slice(0, 10);

/** Adds calendar months, clamping to the month's last day (2024-02-29 + 12 months = 2025-02-28). */
export function addMonths(day: string, months: number): string {
	const d = parseDay(day);
	const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
	const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
	target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
	return fmt(target);
}

/** Adds (or with a negative number, subtracts) whole days. */
export function addDays(day: string, days: number): string {
	const d = parseDay(day);
	d.setUTCDate(d.getUTCDate() + days);
	return fmt(d);
}

/** The status of a certificate issued on `issued` (and maybe revoked on `revoked`), as of the day `asOf`. */
export function certificateState(issued: string, asOf: string, revoked?: string): CertificateState {
	const expires = addMonths(issued, VALIDITY_MONTHS);
	const validUntil = addDays(expires, -1);
	let status: CertificateStatus = asOf < expires ? 'valid' : 'expired';
	if (revoked !== undefined && revoked <= asOf) status = 'revoked';
	return { status, expires, validUntil };
}

/** Today's date as YYYY-MM-DD, or the `OCOP_AS_OF` day when set (for reproducible builds and tests). */
export function asOfDate(env: Record<string, string | undefined> = process.env): string {
	const fixed = env['OCOP_AS_OF'];
	if (fixed !== undefined && fixed !== '') {
		if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new Error(`OCOP_AS_OF must be YYYY-MM-DD, got "${fixed}"`);
		return fixed;
	}
	return new Date().toISOString().slice(0, 10);
}
