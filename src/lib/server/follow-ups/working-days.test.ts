import { describe, expect, it } from 'vitest';
import { addWorkingDays } from './working-days';

// Times are Amsterdam wall clock: CET is UTC+1 in winter, CEST UTC+2 in summer.
describe('addWorkingDays, two working days in Europe/Amsterdam', () => {
	const cases: [string, string, string][] = [
		['Monday → Wednesday', '2026-11-23T13:15:00Z', '2026-11-25T13:15:00Z'],
		['Wednesday → Friday', '2026-11-25T08:00:00Z', '2026-11-27T08:00:00Z'],
		['Thursday → Monday', '2026-11-26T10:00:00Z', '2026-11-30T10:00:00Z'],
		['Friday → Tuesday', '2026-11-27T15:30:00Z', '2026-12-01T15:30:00Z'],
		['Saturday → Tuesday', '2026-11-28T09:00:00Z', '2026-12-01T09:00:00Z'],
		['Sunday → Tuesday', '2026-11-29T20:00:00Z', '2026-12-01T20:00:00Z'],
		// 23:30 UTC on Friday is Saturday 00:30 in Amsterdam: due Tuesday 00:30 there, which is
		// Monday in UTC (counting in UTC would give Tuesday 23:30 UTC).
		['Friday night UTC = Saturday in Amsterdam', '2026-11-27T23:30:00Z', '2026-11-30T23:30:00Z'],
		// Summer time ends on Sunday 25 October 2026: 17:00 stays 17:00 on the wall clock.
		['across the end of summer time', '2026-10-23T15:00:00Z', '2026-10-27T16:00:00Z'],
		['across the start of summer time', '2026-03-27T16:00:00Z', '2026-03-31T15:00:00Z']
	];
	it.each(cases)('%s', (_, from, due) => {
		expect(addWorkingDays(new Date(from), 2).toISOString()).toBe(new Date(due).toISOString());
	});

	it('keeps milliseconds and allows zero days', () => {
		const from = new Date('2026-11-24T12:00:00.123Z');
		expect(addWorkingDays(from, 0).toISOString()).toBe(from.toISOString());
		expect(addWorkingDays(from, 1).toISOString()).toBe('2026-11-25T12:00:00.123Z');
	});

	it('counts five working days as one calendar week', () => {
		expect(addWorkingDays(new Date('2026-11-24T12:00:00Z'), 5).toISOString()).toBe(
			'2026-12-01T12:00:00.000Z'
		);
	});

	it('refuses a negative or fractional number of days', () => {
		expect(() => addWorkingDays(new Date(), -1)).toThrow(RangeError);
		expect(() => addWorkingDays(new Date(), 1.5)).toThrow(RangeError);
	});
});
