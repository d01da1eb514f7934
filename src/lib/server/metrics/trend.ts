// NPS and CSAT per week or month for the trend charts, optionally one series per channel, team,
// reason or value class; each point has its n and 95 % interval (drawn as a band).
import { addMonths, addWeeks, isAfter, parseISO, startOfISOWeek, startOfMonth } from 'date-fns';
import type pg from 'pg';
import { csatFromAggregates, npsFromCounts, type CsatResult, type NpsResult } from '$lib/stats';
import { compareKeys } from './dashboard';
import { assertValidFilter, formatDay, type Period, type ScopedFilter } from './dashboard-filter';
import { dimensionLabels, type Label } from './dimension-labels';
import { decompose, type Grain } from './rollup-periods';
import {
	filterConditions,
	groupKey,
	needsAgentRows,
	readSnapshot,
	ROLLUP_COLUMNS,
	segmentCondition,
	SqlParams
} from './rollup-sql';

export type TrendBucket = 'week' | 'month';
export type TrendSplit = 'channel' | 'team' | 'reason' | 'valueClass';

export type TrendPoint = {
	/** Monday of the ISO week or first of the month. */
	start: string;
	/** The days of the bucket inside the filter's period (the first and last may be partial). */
	from: string;
	to: string;
	nps: NpsResult;
	csat: CsatResult;
};

export type TrendSeries = { key: string | null; label: Label | null; points: TrendPoint[] };

export type Trend = {
	bucket: TrendBucket;
	splitBy: TrendSplit | null;
	period: Period;
	/** One series without splitBy; otherwise one per value that has answers, in key order. */
	series: TrendSeries[];
};

type Counts = {
	csat_n: number;
	csat_good: number;
	csat_sum: number;
	csat_sum_sq: number;
	promoters: number;
	passives: number;
	detractors: number;
};

type Row = Counts & { start: string; key: string | null };

function addCounts(total: Counts | undefined, more: Counts): Counts {
	if (!total) return { ...more };
	for (const name of Object.keys(more) as (keyof Counts)[]) total[name] += more[name];
	return total;
}

export async function trend(
	pool: pg.Pool,
	filter: ScopedFilter,
	options: { bucket: TrendBucket; splitBy?: TrendSplit }
): Promise<Trend> {
	assertValidFilter(filter);
	const { bucket } = options;
	const splitBy = options.splitBy ?? null;
	const period = { from: filter.from, to: filter.to };
	// Week buckets may use week rows anywhere; month buckets month rows and weeks inside a month.
	const grains: Grain[] = needsAgentRows(filter, [])
		? ['day']
		: bucket === 'week'
			? ['day', 'week']
			: ['day', 'week', 'month'];
	const p = new SqlParams();
	const where = [
		segmentCondition(decompose(period, grains), p),
		...filterConditions(filter, ROLLUP_COLUMNS, p)
	];
	const key = splitBy ? groupKey(splitBy, ROLLUP_COLUMNS) : 'NULL::text';
	const reasons = where.some((w) => w.includes('cr.')) || key.includes('cr.');
	// Grouped by the rows' own period start (no function per row: this reads ~10^5 rows for a
	// year by week); the few day groups at the edges are folded into their bucket below.
	const sql = `
SELECT to_char(m.period_start, 'YYYY-MM-DD') AS start, ${key} AS key,
       sum(m.csat_n)::float8 AS csat_n, sum(m.csat_good)::float8 AS csat_good,
       sum(m.csat_sum)::float8 AS csat_sum, sum(m.csat_sum_sq)::float8 AS csat_sum_sq,
       sum(m.nps_promoters)::float8 AS promoters, sum(m.nps_passives)::float8 AS passives,
       sum(m.nps_detractors)::float8 AS detractors
  FROM metrics_rollup m ${reasons ? 'LEFT JOIN contact_reason cr ON cr.id = m.reason_id' : ''}
 WHERE ${where.join('\n   AND ')}
 GROUP BY m.period_start, 2
HAVING sum(m.responses) > 0`;
	const { rows, labels } = await readSnapshot(pool, async (client) => {
		const { rows } = await client.query<Row>(sql, p.values);
		const keys = [...new Set(rows.map((row) => row.key))];
		return { rows, labels: splitBy ? await dimensionLabels(client, splitBy, keys) : new Map() };
	});

	const startOf = bucket === 'week' ? startOfISOWeek : startOfMonth;
	const byKey = new Map<string | null, Map<string, Counts>>();
	if (!splitBy) byKey.set(null, new Map());
	for (const { start, key, ...counts } of rows) {
		if (!byKey.has(key)) byKey.set(key, new Map());
		const points = byKey.get(key)!;
		const bucketStart = formatDay(startOf(parseISO(start)));
		points.set(bucketStart, addCounts(points.get(bucketStart), counts));
	}
	const buckets = bucketsOf(period, bucket);
	const series = [...byKey]
		.sort(([a], [b]) => compareKeys(a, b))
		.map(([key, points]) => ({
			key,
			label: key === null ? null : (labels.get(key) ?? null),
			points: buckets.map((b) => point(b, points.get(b.start)))
		}));
	return { bucket, splitBy, period, series };
}

function point(bucket: Omit<TrendPoint, 'nps' | 'csat'>, row: Counts | undefined): TrendPoint {
	return {
		...bucket,
		nps: npsFromCounts(row?.promoters ?? 0, row?.passives ?? 0, row?.detractors ?? 0),
		csat: csatFromAggregates({
			n: row?.csat_n ?? 0,
			good: row?.csat_good ?? 0,
			sum: row?.csat_sum ?? 0,
			sumOfSquares: row?.csat_sum_sq ?? 0
		})
	};
}

/** Every bucket that overlaps the period, also those without answers, so the x axis is regular. */
export function bucketsOf(period: Period, bucket: TrendBucket): Omit<TrendPoint, 'nps' | 'csat'>[] {
	const first = parseISO(period.from);
	const last = parseISO(period.to);
	const startOf = bucket === 'week' ? startOfISOWeek : startOfMonth;
	const next = (date: Date) => (bucket === 'week' ? addWeeks(date, 1) : addMonths(date, 1));
	const out: Omit<TrendPoint, 'nps' | 'csat'>[] = [];
	for (let start = startOf(first); !isAfter(start, last); start = next(start)) {
		const end = new Date(next(start).getTime() - 1);
		out.push({
			start: formatDay(start),
			from: formatDay(isAfter(first, start) ? first : start),
			to: formatDay(isAfter(end, last) ? last : end)
		});
	}
	return out;
}
