import { describe, expect, it } from 'vitest';
import { decompose, splitAt, type Grain, type Segment } from './rollup-periods';

const all: readonly Grain[] = ['day', 'week', 'month'];

/** Every day a list of segments covers, to check that they cover the period exactly once. */
function coveredDays(segments: Segment[]): string[] {
	const days: string[] = [];
	for (const segment of segments) {
		let start = new Date(`${segment.first}T00:00:00Z`);
		const last = new Date(`${segment.last}T00:00:00Z`);
		while (start <= last) {
			const next = new Date(start);
			if (segment.grain === 'day') next.setUTCDate(next.getUTCDate() + 1);
			else if (segment.grain === 'week') next.setUTCDate(next.getUTCDate() + 7);
			else next.setUTCMonth(next.getUTCMonth() + 1);
			for (let day = new Date(start); day < next; day.setUTCDate(day.getUTCDate() + 1))
				days.push(day.toISOString().slice(0, 10));
			start = next;
		}
	}
	return days;
}

function daysFrom(from: string, to: string): string[] {
	const days: string[] = [];
	for (let day = new Date(`${from}T00:00:00Z`); day <= new Date(`${to}T00:00:00Z`);) {
		days.push(day.toISOString().slice(0, 10));
		day.setUTCDate(day.getUTCDate() + 1);
	}
	return days;
}

describe('decompose', () => {
	it('reads a year as whole months, with weeks and days only at the edges', () => {
		expect(decompose({ from: '2025-11-24', to: '2026-11-23' }, all)).toEqual([
			{ grain: 'week', first: '2025-11-24', last: '2025-11-24' },
			{ grain: 'month', first: '2025-12-01', last: '2026-10-01' },
			{ grain: 'day', first: '2026-11-01', last: '2026-11-01' },
			{ grain: 'week', first: '2026-11-02', last: '2026-11-16' },
			{ grain: 'day', first: '2026-11-23', last: '2026-11-23' }
		]);
	});

	it('uses day rows only when the query is about agents', () => {
		expect(decompose({ from: '2026-01-01', to: '2026-03-31' }, ['day'])).toEqual([
			{ grain: 'day', first: '2026-01-01', last: '2026-03-31' }
		]);
	});

	it('keeps weeks inside a month when months are used, so month buckets stay exact', () => {
		// 2026-01-26 is a Monday whose week runs into February: read as days instead.
		const segments = decompose({ from: '2026-01-20', to: '2026-02-10' }, all);
		expect(segments).toEqual([
			{ grain: 'day', first: '2026-01-20', last: '2026-02-01' },
			{ grain: 'week', first: '2026-02-02', last: '2026-02-02' },
			{ grain: 'day', first: '2026-02-09', last: '2026-02-10' }
		]);
		for (const s of segments.filter((s) => s.grain === 'week'))
			expect(s.first.slice(0, 7)).toBe(s.last.slice(0, 7));
		expect(coveredDays(segments)).toEqual(daysFrom('2026-01-20', '2026-02-10'));
	});

	it('lets weeks cross months when only weeks are asked for', () => {
		expect(decompose({ from: '2026-01-26', to: '2026-02-01' }, ['day', 'week'])).toEqual([
			{ grain: 'week', first: '2026-01-26', last: '2026-01-26' }
		]);
	});

	it('covers every day exactly once, for many periods and each set of grains', () => {
		const starts = ['2025-12-29', '2026-02-27', '2026-03-01', '2026-03-29', '2026-10-25'];
		const lengths = [1, 2, 6, 7, 8, 29, 31, 45, 100, 366];
		const sets: (readonly Grain[])[] = [['day'], ['day', 'week'], all];
		for (const grains of sets)
			for (const from of starts)
				for (const length of lengths) {
					const to = daysFrom(from, '2028-01-01')[length - 1];
					const segments = decompose({ from, to }, grains);
					expect(coveredDays(segments), `${from} +${length} ${grains}`).toEqual(daysFrom(from, to));
					expect(segments.every((s) => grains.includes(s.grain))).toBe(true);
				}
	});

	it('gives nothing for a period that ends before it starts', () => {
		expect(decompose({ from: '2026-02-02', to: '2026-02-01' }, all)).toEqual([]);
	});
});

describe('splitAt', () => {
	it('splits a period around a day inside it', () => {
		expect(splitAt({ from: '2026-11-01', to: '2026-11-30' }, '2026-11-13')).toEqual({
			before: { from: '2026-11-01', to: '2026-11-12' },
			from: { from: '2026-11-13', to: '2026-11-30' }
		});
	});

	it('leaves one side empty when the day lies outside the period', () => {
		expect(splitAt({ from: '2026-11-01', to: '2026-11-10' }, '2026-11-13')).toEqual({
			before: { from: '2026-11-01', to: '2026-11-10' },
			from: null
		});
		expect(splitAt({ from: '2026-11-14', to: '2026-11-20' }, '2026-11-13')).toEqual({
			before: null,
			from: { from: '2026-11-14', to: '2026-11-20' }
		});
		expect(splitAt({ from: '2026-11-13', to: '2026-11-13' }, '2026-11-13')).toEqual({
			before: null,
			from: { from: '2026-11-13', to: '2026-11-13' }
		});
	});
});
