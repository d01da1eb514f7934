import { describe, expect, it } from 'vitest';
import {
	amsterdamDay,
	assertValidFilter,
	dashboardFilterSchema,
	lastDaysPeriod,
	periodDays,
	previousPeriod
} from './dashboard-filter';

describe('periods of days', () => {
	it('compares a period with the period of equal length just before it', () => {
		expect(previousPeriod({ from: '2026-11-01', to: '2026-11-30' })).toEqual({
			from: '2026-10-02',
			to: '2026-10-31'
		});
		expect(previousPeriod({ from: '2026-03-01', to: '2026-03-01' })).toEqual({
			from: '2026-02-28',
			to: '2026-02-28'
		});
		// Across the change to summer time the days still count as days.
		expect(periodDays({ from: '2026-03-23', to: '2026-04-05' })).toBe(14);
		expect(previousPeriod({ from: '2026-03-30', to: '2026-04-05' })).toEqual({
			from: '2026-03-23',
			to: '2026-03-29'
		});
	});

	it('takes the day in Amsterdam, not in UTC', () => {
		expect(amsterdamDay(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
		expect(amsterdamDay(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
		expect(amsterdamDay(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
		expect(lastDaysPeriod(30, new Date('2026-11-22T23:30:00Z'))).toEqual({
			from: '2026-10-25',
			to: '2026-11-23'
		});
	});
});

describe('dashboardFilterSchema', () => {
	it('accepts a filter as a page puts it in the URL', () => {
		const filter = {
			from: '2026-01-01',
			to: '2026-03-31',
			channels: ['email', 'social'],
			teamIds: [2],
			valueClasses: ['unnecessary'],
			locales: ['en'],
			agentId: 7
		};
		expect(dashboardFilterSchema.parse(filter)).toEqual(filter);
	});

	it('names the field that is wrong', () => {
		const issue = (filter: unknown) => dashboardFilterSchema.safeParse(filter).error?.issues[0];
		expect(issue({ from: '2026-02-30', to: '2026-03-01' })?.path).toEqual(['from']);
		expect(issue({ from: '2026-03-02', to: '2026-03-01' })).toMatchObject({
			path: ['to'],
			message: 'must not be before from'
		});
		expect(issue({ from: '2020-01-01', to: '2026-03-01' })?.message).toMatch(/at most/);
		expect(issue({ from: '2026-03-01', to: '2026-03-01', channels: ['fax'] })?.path).toEqual([
			'channels',
			0
		]);
	});

	it('makes the query functions throw a RangeError for a filter that did not pass it', () => {
		expect(() => assertValidFilter({ from: '2026-3-1', to: '2026-03-01' })).toThrow(
			/filter\.from must be a date/
		);
	});
});
