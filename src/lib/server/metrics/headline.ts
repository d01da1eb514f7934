// Headline survey and FCR figures for a period and scope, computed in SQL as counts and sums and
// turned into estimates by the pure functions of lib/stats, so SQL and stats agree by design.
import {
	cesFromAggregates,
	csatFromAggregates,
	fcrFromCounts,
	npsFromCounts,
	proportion,
	type CesResult,
	type CsatResult,
	type FcrResult,
	type NpsResult,
	type Proportion
} from '$lib/stats';
import type pg from 'pg';
import type { Period, ScopeParams } from './scope-sql';

export type Headline = {
	period: Period;
	nps: NpsResult;
	csat: CsatResult;
	ces: CesResult;
	fcrCustomer: FcrResult;
	/** Computed FCR over contacts whose 7-day window has closed. */
	fcrComputed: Proportion;
	responses: number;
};

const WINDOW_MS = 7 * 86_400_000;

type Row = Record<string, number>;

const RESPONSE_SQL = `
SELECT count(*)::int AS responses,
       count(csat)::int AS csat_n, count(*) FILTER (WHERE csat >= 4)::int AS csat_good,
       coalesce(sum(csat), 0)::int AS csat_sum, coalesce(sum(csat * csat), 0)::int AS csat_sq,
       count(*) FILTER (WHERE nps >= 9)::int AS promoters,
       count(*) FILTER (WHERE nps BETWEEN 7 AND 8)::int AS passives,
       count(*) FILTER (WHERE nps <= 6)::int AS detractors,
       count(ces)::int AS ces_n, count(*) FILTER (WHERE ces >= 5)::int AS ces_good,
       coalesce(sum(ces), 0)::int AS ces_sum, coalesce(sum(ces * ces), 0)::int AS ces_sq,
       count(*) FILTER (WHERE resolved)::int AS resolved_yes,
       count(*) FILTER (WHERE NOT resolved)::int AS resolved_no
  FROM response
 WHERE contact_ended_at >= $1 AND contact_ended_at < $2
   AND ($3::int[] IS NULL OR team_id = ANY($3))
   AND ($4::int IS NULL OR agent_id = $4)`;

// A contact is resolved at first contact when no contact repeats it within 7 × 24 h; contacts
// whose window is still open are pending and left out (METRICS.md).
const CONTACT_SQL = `
SELECT count(*)::int AS closed, count(*) FILTER (WHERE NOT repeated)::int AS resolved
  FROM contact
 WHERE ended_at >= $1 AND ended_at < $2 AND ended_at <= $5 AND reason_id IS NOT NULL
   AND ($3::int[] IS NULL OR team_id = ANY($3))
   AND ($4::int IS NULL OR agent_id = $4)`;

export async function headline(
	pool: pg.Pool,
	period: Period,
	scope: ScopeParams,
	now = new Date()
): Promise<Headline> {
	const params = [period.from, period.to, scope.teams, scope.agent];
	const windowClosedBefore = new Date(now.getTime() - WINDOW_MS);
	const [responses, contacts] = await Promise.all([
		pool.query<Row>(RESPONSE_SQL, params),
		pool.query<Row>(CONTACT_SQL, [...params, windowClosedBefore])
	]);
	const r = responses.rows[0];
	const c = contacts.rows[0];
	return {
		period,
		responses: r.responses,
		nps: npsFromCounts(r.promoters, r.passives, r.detractors),
		csat: csatFromAggregates({
			n: r.csat_n,
			good: r.csat_good,
			sum: r.csat_sum,
			sumOfSquares: r.csat_sq
		}),
		ces: cesFromAggregates({
			n: r.ces_n,
			good: r.ces_good,
			sum: r.ces_sum,
			sumOfSquares: r.ces_sq
		}),
		fcrCustomer: fcrFromCounts(r.resolved_yes, r.resolved_no),
		fcrComputed: proportion(c.resolved, c.closed)
	};
}
