// First-response time per channel (METRICS.md): median and 90th percentile in seconds, and the
// share answered within an hour. Percentiles cannot be summed from counts without approximating,
// so they come from an indexed query on the contacts themselves (exact percentile_cont); the
// within-an-hour share is additive and also in the rollup (DashboardFigures).
import type pg from 'pg';
import { proportion, type Proportion } from '$lib/stats';
import { parseISO, startOfISOWeek, startOfMonth } from 'date-fns';
import { assertValidFilter, formatDay, shiftDay, type ScopedFilter } from './dashboard-filter';
import { CONTACT_COLUMNS, dayStart, filterConditions, readSnapshot, SqlParams } from './rollup-sql';

export type FirstResponseFigures = {
	channel: string;
	/** With a bucket: Monday of the ISO week or first of the month (Europe/Amsterdam). */
	start?: string;
	/** Contacts with a first-response time. */
	n: number;
	medianSeconds: number | null;
	p90Seconds: number | null;
	withinHour: Proportion;
};

export type FirstResponseRow = {
	channel: string;
	start?: string;
	n: number;
	percentiles: [number, number];
	within_hour: number;
};

/** The query, also for the benchmark's baseline (which runs it with index scans switched off). */
export function firstResponseQuery(
	filter: ScopedFilter,
	bucket?: 'week' | 'month'
): { text: string; values: unknown[] } {
	const p = new SqlParams();
	const where = [
		'c.first_response_seconds IS NOT NULL',
		...filterConditions(filter, CONTACT_COLUMNS, p)
	];
	const joins = [
		where.some((w) => w.includes('cu.')) ? 'JOIN customer cu ON cu.id = c.customer_id' : '',
		where.some((w) => w.includes('cr.')) ? 'LEFT JOIN contact_reason cr ON cr.id = c.reason_id' : ''
	].join(' ');
	// Grouped by the enum itself, so the index order (channel first) serves the grouping; one
	// sort serves both percentiles.
	const figures = `SELECT c.channel AS channel, count(*)::int AS n,
	       percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY c.first_response_seconds) AS percentiles,
	       count(*) FILTER (WHERE c.first_response_seconds <= 3600)::int AS within_hour
	  FROM contact c ${joins}`;
	const from = dayStart(filter.from, p);
	const until = dayStart(shiftDay(filter.to, 1), p);
	if (!bucket)
		return {
			text: `${figures}
	 WHERE c.ended_at >= ${from} AND c.ended_at < ${until} AND ${where.join(' AND ')}
	 GROUP BY c.channel ORDER BY c.channel`,
			values: p.values
		};
	// One index range per bucket: sorting many small groups is much cheaper than ordering a
	// year of contacts by bucket first (0.1 s instead of 0.5 s for a year by week).
	const first = formatDay(
		(bucket === 'week' ? startOfISOWeek : startOfMonth)(parseISO(filter.from))
	);
	return {
		text: `WITH bucket AS (
	SELECT s::date AS start,
	       greatest(s AT TIME ZONE 'Europe/Amsterdam', ${from}) AS low,
	       least((s + interval '1 ${bucket}') AT TIME ZONE 'Europe/Amsterdam', ${until}) AS high
	  FROM generate_series(${p.add(first)}::timestamp, ${p.add(filter.to)}::timestamp, interval '1 ${bucket}') s)
SELECT to_char(b.start, 'YYYY-MM-DD') AS start, f.*
  FROM bucket b CROSS JOIN LATERAL (${figures}
	 WHERE c.ended_at >= b.low AND c.ended_at < b.high AND ${where.join(' AND ')}
	 GROUP BY c.channel) f
 ORDER BY f.channel, b.start`,
		values: p.values
	};
}

export function firstResponseFigures(rows: FirstResponseRow[]): FirstResponseFigures[] {
	return rows.map((row) => ({
		channel: row.channel,
		...(row.start ? { start: row.start } : {}),
		n: row.n,
		medianSeconds: row.percentiles[0],
		p90Seconds: row.percentiles[1],
		withinHour: proportion(row.within_hour, row.n)
	}));
}

/**
 * One row per channel that has first-response times in the period (e-mail and social), or per
 * channel and week or month for a trend (buckets without contacts are left out).
 */
export async function firstResponse(
	pool: pg.Pool,
	filter: ScopedFilter,
	options: { bucket?: 'week' | 'month' } = {}
): Promise<FirstResponseFigures[]> {
	assertValidFilter(filter);
	const query = firstResponseQuery(filter, options.bucket);
	const { rows } = await readSnapshot(pool, async (client) => {
		// A year of e-mail and social contacts is ~3·10^5 values to sort: keep that in memory.
		await client.query(`SET LOCAL work_mem = '64MB'`);
		return client.query<FirstResponseRow>(query);
	});
	return firstResponseFigures(rows);
}
