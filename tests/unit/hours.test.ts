import { describe, expect, it } from 'vitest';
import { dayRuns } from '../../src/lib/hours.ts';

describe('opening days', () => {
	it('a whole week reads as one range', () => {
		expect(dayRuns(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])).toEqual([['mon', 'sun']]);
	});

	it('runs of three or more become ranges, shorter runs stay single days, in week order', () => {
		expect(dayRuns(['sat', 'mon', 'tue', 'wed', 'fri'])).toEqual([['mon', 'wed'], ['fri'], ['sat']]);
	});
});
