/** Opening days said briefly: a run of three or more consecutive days becomes a range. */
import { DAYS } from './content/schema.ts';

/** A day of the week as written in content (`mon` … `sun`). */
export type Day = (typeof DAYS)[number];

/** Groups days into runs: `[mon,tue,wed,fri]` → `[[mon, wed], [fri]]` (a run of two stays two single days). */
export function dayRuns(days: readonly Day[]): Array<[Day] | [Day, Day]> {
	const sorted = [...new Set(days)].sort((a, b) => DAYS.indexOf(a) - DAYS.indexOf(b));
	const runs: Day[][] = [];
	for (const day of sorted) {
		const run = runs[runs.length - 1];
		const last = run?.[run.length - 1];
		if (run && last !== undefined && DAYS.indexOf(day) === DAYS.indexOf(last) + 1) run.push(day);
		else runs.push([day]);
	}
	return runs.flatMap((run): Array<[Day] | [Day, Day]> => {
		const first = run[0] as Day;
		const last = run[run.length - 1] as Day;
		return run.length >= 3 ? [[first, last]] : run.map((d): [Day] => [d]);
	});
}
