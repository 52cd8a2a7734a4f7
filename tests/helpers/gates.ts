/** Asserting on the quality gates of scripts/gates/. */
import { expect } from 'vitest';
import { formatFailures, type Failure } from '../../scripts/gates/report.ts';

/** Passes when a gate found nothing; otherwise fails with its report: page, element and rule of each failure. */
export function expectNoFailures(failures: readonly Failure[]): void {
	if (failures.length) expect.fail(`\n${formatFailures(failures)}\n`);
}

/** Asserts that a gate reported `rule` on `page`, and returns those failures. */
export function expectFailure(failures: readonly Failure[], page: string, rule: string): Failure[] {
	const found = failures.filter((f) => f.page === page && f.rule === rule);
	if (!found.length) expect.fail(`expected [${rule}] on ${page}; the gate reported:\n${formatFailures(failures) || '(nothing)'}`);
	return found;
}
