/** Telephone numbers as links: the `tel:` address, and the number as shown, never broken across lines. */

/** `tel:` URL of a number written for people ("0263 383 9123" → "tel:02633839123"). */
export function telHref(phone: string): string {
	return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}

/** The number as written, with non-breaking spaces and hyphens so that it stays on one line. */
export function phoneLabel(phone: string): string {
	return phone.trim().replace(/\s+/g, '\u00a0').replace(/-/g, '\u2011');
}
