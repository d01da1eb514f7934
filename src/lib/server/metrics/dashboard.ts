// Director dashboards (issue 4): headline figures, period comparison and breakdown tables, read
// from the rollups (metrics_rollup) — never by scanning responses or contacts. Every figure is the
// lib/stats function applied to summed counts, with its n and 95 % interval.
import type pg from 'pg';
import {
	changesBetween,
	emptySums,
	figuresFromSums,
	type DashboardFigures,
	type FigureChanges
} from './dashboard-figures';
import {
	assertValidFilter,
	previousPeriod,
	type Period,
	type ScopedFilter
} from './dashboard-filter';
import { aggregate, fcrWindowClosedBefore } from './rollup-aggregate';
import { readSnapshot, type Dimension } from './rollup-sql';
import { dimensionLabels, type Label } from './dimension-labels';

export type { DashboardFigures, FigureChanges } from './dashboard-figures';

export type MetricsOptions = {
	/** The moment "now" for the FCR window; defaults to the current time. */
	now?: Date;
};

export type Summary = {
	period: Period;
	figures: DashboardFigures;
	/**
	 * Computed FCR, repeat-contact and channel-switch rates count the contacts that ended at or
	 * before this moment; later ones are pending (their 7-day window is still open).
	 */
	fcrWindowClosedBefore: Date;
};

export type Comparison = {
	current: Summary;
	previous: Summary;
	/** current − previous, with the 95 % interval of the difference and what it says. */
	changes: FigureChanges;
};

export type BreakdownRow = {
	/** Channel, value class or language code; team, reason or agent id as text; null = none. */
	key: string | null;
	/** Names of teams, reasons and agents; null for codes the pages translate themselves. */
	label: Label | null;
	figures: DashboardFigures;
};

export type Breakdown = {
	by: Dimension;
	period: Period;
	fcrWindowClosedBefore: Date;
	/** Most contacts first. */
	rows: BreakdownRow[];
};

function period(filter: ScopedFilter): Period {
	return { from: filter.from, to: filter.to };
}

export async function summary(
	pool: pg.Pool,
	filter: ScopedFilter,
	options: MetricsOptions = {}
): Promise<Summary> {
	assertValidFilter(filter);
	const now = options.now ?? new Date();
	const sums = await readSnapshot(pool, (client) =>
		aggregate(client, { filter, periods: { current: period(filter) }, groupBy: null, now })
	);
	return {
		period: period(filter),
		figures: figuresFromSums(sums.get('current')!.get(null) ?? emptySums()),
		fcrWindowClosedBefore: fcrWindowClosedBefore(now)
	};
}

/** The filter's period against the period of equal length just before it. */
export async function compare(
	pool: pg.Pool,
	filter: ScopedFilter,
	options: MetricsOptions = {}
): Promise<Comparison> {
	assertValidFilter(filter);
	const now = options.now ?? new Date();
	const periods = { current: period(filter), previous: previousPeriod(filter) };
	const sums = await readSnapshot(pool, (client) =>
		aggregate(client, { filter, periods, groupBy: null, now })
	);
	const closedBefore = fcrWindowClosedBefore(now);
	const summaryOf = (name: 'current' | 'previous'): Summary => ({
		period: periods[name],
		figures: figuresFromSums(sums.get(name)!.get(null) ?? emptySums()),
		fcrWindowClosedBefore: closedBefore
	});
	const current = summaryOf('current');
	const previous = summaryOf('previous');
	return { current, previous, changes: changesBetween(current.figures, previous.figures) };
}

/** The figures per channel, team, reason, value class, agent or language, for tables. */
export async function breakdown(
	pool: pg.Pool,
	filter: ScopedFilter,
	by: Dimension,
	options: MetricsOptions = {}
): Promise<Breakdown> {
	assertValidFilter(filter);
	const now = options.now ?? new Date();
	const { groups, labels } = await readSnapshot(pool, async (client) => {
		const sums = await aggregate(client, {
			filter,
			periods: { current: period(filter) },
			groupBy: by,
			now
		});
		const groups = sums.get('current')!;
		return { groups, labels: await dimensionLabels(client, by, [...groups.keys()]) };
	});
	const rows = [...groups].map(([key, sums]) => ({
		key,
		label: key === null ? null : (labels.get(key) ?? null),
		figures: figuresFromSums(sums)
	}));
	rows.sort((a, b) => b.figures.contacts - a.figures.contacts || compareKeys(a.key, b.key));
	return { by, period: period(filter), fcrWindowClosedBefore: fcrWindowClosedBefore(now), rows };
}

export function compareKeys(a: string | null, b: string | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return a.localeCompare(b, 'en', { numeric: true });
}
