// The benchmark's baseline: the same dashboard figures computed by scanning the source tables
// (response, contact, invitation) with SQL aggregates, the way a dashboard without rollups
// would. Same definitions and the same lib/stats maths as the rollup queries, so the benchmark
// can also check that both give the same numbers at a million contacts.
import type pg from 'pg';
import {
	emptySums,
	figuresFromSums,
	type DashboardFigures,
	type RollupSums
} from '../src/lib/server/metrics/dashboard-figures';
import { shiftDay, type ScopedFilter } from '../src/lib/server/metrics/dashboard-filter';
import {
	firstResponseFigures,
	firstResponseQuery,
	type FirstResponseRow
} from '../src/lib/server/metrics/first-response';
import { fcrWindowClosedBefore } from '../src/lib/server/metrics/rollup-aggregate';
import {
	CONTACT_COLUMNS,
	dayStart,
	filterConditions,
	groupKey,
	SqlParams,
	type Dimension
} from '../src/lib/server/metrics/rollup-sql';

type Columns = typeof CONTACT_COLUMNS;
const RESPONSE: Columns = {
	channel: 'r.channel',
	team: 'r.team_id',
	reason: 'r.reason_id',
	valueClass: 'cr.value_class',
	agent: 'r.agent_id',
	locale: 'i.locale'
};
const INVITATION: Columns = {
	channel: 'i.channel',
	team: 'i.team_id',
	reason: 'i.reason_id',
	valueClass: 'cr.value_class',
	agent: 'i.agent_id',
	locale: 'i.locale'
};

type Grouped = Map<string | null, RollupSums>;

function clauses(
	filter: ScopedFilter,
	time: string,
	columns: Columns,
	by: Dimension | null,
	p: SqlParams
) {
	const where = [
		`${time} >= ${dayStart(filter.from, p)}`,
		`${time} < ${dayStart(shiftDay(filter.to, 1), p)}`,
		...filterConditions(filter, columns, p)
	];
	const key = by ? groupKey(by, columns) : 'NULL::text';
	// A fair baseline joins only what the filter or grouping needs.
	const uses = (alias: string) => where.some((w) => w.includes(alias)) || key.includes(alias);
	return { key, where: where.join(' AND '), uses };
}

async function sums(
	client: pg.ClientBase,
	filter: ScopedFilter,
	by: Dimension | null,
	now: Date
): Promise<Grouped> {
	const rp = new SqlParams();
	const r = clauses(filter, 'r.contact_ended_at', RESPONSE, by, rp);
	const cp = new SqlParams();
	const c = clauses(filter, 'c.ended_at', CONTACT_COLUMNS, by, cp);
	const closed = cp.add(fcrWindowClosedBefore(now));
	const ip = new SqlParams();
	const i = clauses(filter, 'c.ended_at', INVITATION, by, ip);
	const [responses, contacts, invitations] = [
		await client.query(
			`SELECT ${r.key} AS key, count(*)::float8 AS "responses",
			        count(r.csat)::float8 AS "csatN", count(*) FILTER (WHERE r.csat >= 4)::float8 AS "csatGood",
			        coalesce(sum(r.csat), 0)::float8 AS "csatSum", coalesce(sum(r.csat * r.csat), 0)::float8 AS "csatSumSq",
			        count(*) FILTER (WHERE r.nps >= 9)::float8 AS "npsPromoters",
			        count(*) FILTER (WHERE r.nps BETWEEN 7 AND 8)::float8 AS "npsPassives",
			        count(*) FILTER (WHERE r.nps <= 6)::float8 AS "npsDetractors",
			        count(r.ces)::float8 AS "cesN", count(*) FILTER (WHERE r.ces >= 5)::float8 AS "cesGood",
			        coalesce(sum(r.ces), 0)::float8 AS "cesSum", coalesce(sum(r.ces * r.ces), 0)::float8 AS "cesSumSq",
			        count(*) FILTER (WHERE r.resolved)::float8 AS "resolvedYes",
			        count(*) FILTER (WHERE NOT r.resolved)::float8 AS "resolvedNo"
			   FROM response r
			   ${r.uses('i.') ? 'JOIN invitation i ON i.id = r.invitation_id' : ''}
			   ${r.uses('cr.') ? 'LEFT JOIN contact_reason cr ON cr.id = r.reason_id' : ''}
			  WHERE ${r.where} GROUP BY 1`,
			rp.values
		),
		await client.query(
			`SELECT ${c.key} AS key, count(*)::float8 AS "contacts",
			        count(*) FILTER (WHERE cr.value_class = 'valuable')::float8 AS "valuable",
			        count(*) FILTER (WHERE cr.value_class = 'hygiene')::float8 AS "hygiene",
			        count(*) FILTER (WHERE cr.value_class = 'unnecessary')::float8 AS "unnecessary",
			        count(*) FILTER (WHERE c.reason_id IS NOT NULL AND c.ended_at <= ${closed})::float8 AS "fcrClosed",
			        count(*) FILTER (WHERE c.reason_id IS NOT NULL AND c.ended_at <= ${closed} AND c.repeated)::float8 AS "fcrRepeated",
			        count(*) FILTER (WHERE c.reason_id IS NOT NULL AND c.ended_at <= ${closed} AND c.channel_switch)::float8 AS "channelSwitches",
			        count(c.first_response_seconds)::float8 AS "firstResponses",
			        count(*) FILTER (WHERE c.first_response_seconds <= 3600)::float8 AS "firstResponsesWithinHour"
			   FROM contact c ${c.uses('cu.') ? 'JOIN customer cu ON cu.id = c.customer_id' : ''}
			   LEFT JOIN contact_reason cr ON cr.id = c.reason_id
			  WHERE ${c.where} GROUP BY 1`,
			cp.values
		),
		await client.query(
			`SELECT ${i.key} AS key, count(*) FILTER (WHERE i.sent_at IS NOT NULL)::float8 AS "invitationsSent",
			        count(*) FILTER (WHERE i.sent_at IS NOT NULL AND EXISTS
			          (SELECT 1 FROM response r WHERE r.invitation_id = i.id))::float8 AS "invitationsAnswered"
			   FROM invitation i JOIN contact c ON c.id = i.contact_id
			   ${i.uses('cr.') ? 'LEFT JOIN contact_reason cr ON cr.id = i.reason_id' : ''}
			  WHERE ${i.where} GROUP BY 1`,
			ip.values
		)
	];
	const grouped: Grouped = new Map();
	for (const { rows } of [responses, contacts, invitations])
		for (const { key, ...values } of rows as ({ key: string | null } & Partial<RollupSums>)[])
			grouped.set(key, Object.assign(grouped.get(key) ?? emptySums(), values));
	return grouped;
}

async function session<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
	const client = await pool.connect();
	try {
		// JIT off here too: it only adds compile time to these plans, which would flatter the rollups.
		await client.query('SET jit = off');
		return await work(client);
	} finally {
		client.release();
	}
}

export async function rawSummary(
	pool: pg.Pool,
	filter: ScopedFilter,
	now: Date
): Promise<DashboardFigures> {
	const grouped = await session(pool, (client) => sums(client, filter, null, now));
	return figuresFromSums(grouped.get(null) ?? emptySums());
}

export async function rawCompare(
	pool: pg.Pool,
	filter: ScopedFilter,
	previous: ScopedFilter,
	now: Date
) {
	return {
		current: await rawSummary(pool, filter, now),
		previous: await rawSummary(pool, previous, now)
	};
}

export async function rawBreakdown(pool: pg.Pool, filter: ScopedFilter, by: Dimension, now: Date) {
	const grouped = await session(pool, (client) => sums(client, filter, by, now));
	return new Map([...grouped].map(([key, s]) => [key, figuresFromSums(s)]));
}

/** NPS and CSAT counts per week (or month) and split value, from the responses. */
export async function rawTrend(
	pool: pg.Pool,
	filter: ScopedFilter,
	bucket: 'week' | 'month',
	by: Dimension | null
) {
	const p = new SqlParams();
	const r = clauses(filter, 'r.contact_ended_at', RESPONSE, by, p);
	return session(pool, async (client) => {
		const { rows } = await client.query<{
			bucket: string;
			key: string | null;
			csat_n: number;
			csat_good: number;
			promoters: number;
			passives: number;
			detractors: number;
		}>(
			`SELECT to_char(date_trunc('${bucket}', (r.contact_ended_at AT TIME ZONE 'Europe/Amsterdam')::date::timestamp), 'YYYY-MM-DD') AS bucket,
			        ${r.key} AS key, count(r.csat)::float8 AS csat_n, count(*) FILTER (WHERE r.csat >= 4)::float8 AS csat_good,
			        count(*) FILTER (WHERE r.nps >= 9)::float8 AS promoters,
			        count(*) FILTER (WHERE r.nps BETWEEN 7 AND 8)::float8 AS passives,
			        count(*) FILTER (WHERE r.nps <= 6)::float8 AS detractors
			   FROM response r
			   ${r.uses('i.') ? 'JOIN invitation i ON i.id = r.invitation_id' : ''}
			   ${r.uses('cr.') ? 'LEFT JOIN contact_reason cr ON cr.id = r.reason_id' : ''}
			  WHERE ${r.where} GROUP BY 1, 2`,
			p.values
		);
		return rows;
	});
}

/** First-response times by scanning the contacts: the same query with index scans switched off. */
export async function rawFirstResponse(pool: pg.Pool, filter: ScopedFilter) {
	return session(pool, async (client) => {
		await client.query('BEGIN');
		try {
			for (const scan of ['indexscan', 'indexonlyscan', 'bitmapscan'])
				await client.query(`SET LOCAL enable_${scan} = off`);
			await client.query(`SET LOCAL work_mem = '64MB'`);
			const { rows } = await client.query<FirstResponseRow>(firstResponseQuery(filter));
			return firstResponseFigures(rows);
		} finally {
			await client.query('COMMIT');
		}
	});
}
