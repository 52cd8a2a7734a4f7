/**
 * What every quality gate returns: a list of failures, each naming the page, the element and the
 * rule, so that a failing test reads like a to-do list ("/san-pham/x/ <img src=…> [image-alt] …").
 */

/** One thing a gate found wrong on the built site. */
export interface Failure {
	/** The gate that found it: `html`, `links`, `csp`, `a11y`, `keyboard`, `budget`, `reproducible`… */
	gate: string;
	/** Site path of the page ("/en/products/x/"), or of the file for non-HTML files. */
	page: string;
	/** The element (a short piece of its markup or a CSS selector); empty for the page as a whole. */
	element: string;
	/** Id of the rule broken (html-validate and axe rule ids are kept as they are). */
	rule: string;
	/** What is wrong, in a sentence. */
	message: string;
}

/** A readable report of `failures` (the first `limit` of them), one block each; empty when there are none. */
export function formatFailures(failures: readonly Failure[], limit = 60): string {
	if (failures.length === 0) return '';
	const lines = failures
		.slice(0, limit)
		.map((f) => `✗ ${f.page}${f.element ? `  ${f.element}` : ''}\n    [${f.gate}/${f.rule}] ${f.message}`);
	const more = failures.length > limit ? `\n… and ${failures.length - limit} more` : '';
	const rules = [...new Set(failures.map((f) => `${f.gate}/${f.rule}`))].join(', ');
	return `${failures.length} failure(s) (${rules}):\n${lines.join('\n')}${more}`;
}

/** A short, single-line piece of markup for reports (attributes kept, children dropped). */
export function snippet(html: string, max = 120): string {
	const oneLine = html.replace(/\s+/g, ' ').trim();
	return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
