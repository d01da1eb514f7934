// The filter every dashboard figure is computed for: a period of whole days and optional
// dimensions, always combined with the signed-in user's scope. Days are calendar days in
// Europe/Amsterdam, as in the rollups, so a bookmarked view means the same days everywhere.
import { addDays, differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';
import { z } from 'zod';
import { Channel, Locale, ValueClass } from '../db/generated/enums';
import type { ScopeParams } from './scope-sql';

export type ChannelName = (typeof Channel)[keyof typeof Channel];
export type LocaleName = (typeof Locale)[keyof typeof Locale];
export type ValueClassName = (typeof ValueClass)[keyof typeof ValueClass];

export type DashboardFilter = {
	/** First day, 'YYYY-MM-DD'. */
	from: string;
	/** Last day, 'YYYY-MM-DD', included. */
	to: string;
	/** An empty or missing list means "all". */
	channels?: ChannelName[];
	teamIds?: number[];
	reasonIds?: number[];
	valueClasses?: ValueClassName[];
	/** The customer's language (for survey figures: the language the survey was sent in). */
	locales?: LocaleName[];
	agentId?: number;
};

/** A filter with the user's scope (`scopeParams(user)`): required, so no caller can forget it. */
export type ScopedFilter = DashboardFilter & { scope: ScopeParams };

export type Period = { from: string; to: string };

/** Long enough for a year compared with the year before, and then some. */
export const MAX_PERIOD_DAYS = 1096;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDay(value: string): boolean {
	return (
		DAY_PATTERN.test(value) && isValid(parseISO(value)) && formatDay(parseISO(value)) === value
	);
}

const isoDay = z.string().refine(isIsoDay, 'must be a date written as YYYY-MM-DD');
const ids = z.array(z.number().int().positive()).max(500);

/** For routers and form actions: validates a filter as it arrives from a URL or a client. */
export const dashboardFilterSchema = z
	.object({
		from: isoDay,
		to: isoDay,
		channels: z.array(z.enum(Channel)).max(10).optional(),
		teamIds: ids.optional(),
		reasonIds: ids.optional(),
		valueClasses: z.array(z.enum(ValueClass)).max(10).optional(),
		locales: z.array(z.enum(Locale)).max(10).optional(),
		agentId: z.number().int().positive().optional()
	})
	.superRefine((filter, context) => {
		if (!isIsoDay(filter.from) || !isIsoDay(filter.to)) return;
		const days = periodDays(filter);
		if (days < 1)
			context.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
		else if (days > MAX_PERIOD_DAYS)
			context.addIssue({
				code: 'custom',
				path: ['to'],
				message: `the period may be at most ${MAX_PERIOD_DAYS} days long`
			});
	});

/** Throws a RangeError naming the field when a filter did not come through the schema. */
export function assertValidFilter(filter: DashboardFilter): void {
	const result = dashboardFilterSchema.safeParse(filter);
	if (result.success) return;
	const issue = result.error.issues[0];
	throw new RangeError(`filter.${issue.path.join('.')} ${issue.message}`);
}

export function formatDay(date: Date): string {
	return format(date, 'yyyy-MM-dd');
}

export function shiftDay(day: string, days: number): string {
	return formatDay(addDays(parseISO(day), days));
}

/** Days in the period, both ends included. */
export function periodDays(period: Period): number {
	return differenceInCalendarDays(parseISO(period.to), parseISO(period.from)) + 1;
}

/** The period of equal length that ends the day before this one starts. */
export function previousPeriod(period: Period): Period {
	const days = periodDays(period);
	return { from: shiftDay(period.from, -days), to: shiftDay(period.from, -1) };
}

const amsterdam = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Europe/Amsterdam',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

/** The calendar day in Europe/Amsterdam of an instant. */
export function amsterdamDay(instant: Date): string {
	return amsterdam.format(instant);
}

/** The last `days` days up to and including today (Europe/Amsterdam). */
export function lastDaysPeriod(days: number, now = new Date()): Period {
	const to = amsterdamDay(now);
	return { from: shiftDay(to, 1 - days), to };
}
