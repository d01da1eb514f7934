// Splits a range of days into the coarsest rollup rows that cover it exactly: whole months from
// month rows, whole ISO weeks from week rows, the rest from day rows. A year then reads 12 month
// rows per key plus a few weeks and days at the edges instead of 365 day rows.
import {
	addDays,
	addMonths,
	endOfMonth,
	isAfter,
	parseISO,
	startOfISOWeek,
	startOfMonth
} from 'date-fns';
import { formatDay, type Period } from './dashboard-filter';

export type Grain = 'day' | 'week' | 'month';

/** Rollup rows of one grain whose period_start lies in [first, last]. */
export type Segment = { grain: Grain; first: string; last: string };

/**
 * `grains` says which rows may be used: day rows always; week and month rows sum over agents, so
 * agent-level queries pass ['day']. With months allowed, weeks are only used inside a month, so
 * every segment lies within one calendar month and month buckets stay exact.
 */
export function decompose(period: Period, grains: readonly Grain[]): Segment[] {
	const from = parseISO(period.from);
	const to = parseISO(period.to);
	if (isAfter(from, to)) return [];
	const segments: Segment[] = [];
	if (!grains.includes('month')) {
		weeksAndDays(from, to, grains, segments);
		return merge(segments);
	}
	for (let start = from; !isAfter(start, to); start = startOfMonth(addMonths(start, 1))) {
		const monthEnd = endOfMonth(start);
		const end = isAfter(monthEnd, to) ? to : monthEnd;
		const whole = start.getDate() === 1 && end.getDate() === monthEnd.getDate();
		if (whole) segments.push({ grain: 'month', first: formatDay(start), last: formatDay(start) });
		else weeksAndDays(start, end, grains, segments);
	}
	return merge(segments);
}

function weeksAndDays(from: Date, to: Date, grains: readonly Grain[], out: Segment[]): void {
	if (!grains.includes('week')) {
		out.push({ grain: 'day', first: formatDay(from), last: formatDay(to) });
		return;
	}
	const weekStart = startOfISOWeek(from);
	const firstWeek = weekStart.getTime() === from.getTime() ? from : addDays(weekStart, 7);
	const lastWeek = addDays(startOfISOWeek(addDays(to, 1)), -7);
	if (isAfter(firstWeek, lastWeek)) {
		out.push({ grain: 'day', first: formatDay(from), last: formatDay(to) });
		return;
	}
	if (isAfter(firstWeek, from))
		out.push({ grain: 'day', first: formatDay(from), last: formatDay(addDays(firstWeek, -1)) });
	out.push({ grain: 'week', first: formatDay(firstWeek), last: formatDay(lastWeek) });
	const afterWeeks = addDays(lastWeek, 7);
	if (!isAfter(afterWeeks, to))
		out.push({ grain: 'day', first: formatDay(afterWeeks), last: formatDay(to) });
}

/** Joins segments of one grain that follow each other, so the SQL gets fewer ranges. */
function merge(segments: Segment[]): Segment[] {
	const merged: Segment[] = [];
	for (const segment of segments) {
		const previous = merged.at(-1);
		if (previous && previous.grain === segment.grain && follows(previous, segment))
			previous.last = segment.last;
		else merged.push({ ...segment });
	}
	return merged;
}

function follows(a: Segment, b: Segment): boolean {
	const last = parseISO(a.last);
	const next =
		a.grain === 'day'
			? addDays(last, 1)
			: a.grain === 'week'
				? addDays(last, 7)
				: addMonths(last, 1);
	return formatDay(next) === b.first;
}

/** Splits a period at a day: the days before it and the days from it on (either may be empty). */
export function splitAt(
	period: Period,
	day: string
): { before: Period | null; from: Period | null } {
	const beforeDay = formatDay(addDays(parseISO(day), -1));
	return {
		before:
			period.from < day ? { from: period.from, to: period.to < day ? period.to : beforeDay } : null,
		from: period.to >= day ? { from: period.from > day ? period.from : day, to: period.to } : null
	};
}
