// SQL building blocks shared by the dashboard queries: parameters, filter conditions on the
// rollup (alias m) and on contacts (alias c, with cu = customer and cr = contact_reason), the
// grouping dimensions, and the read-only session the queries run in.
import type pg from 'pg';
import type { ScopedFilter } from './dashboard-filter';
import type { Segment } from './rollup-periods';

export class SqlParams {
	readonly values: unknown[] = [];

	add(value: unknown): string {
		this.values.push(value);
		return `$${this.values.length}`;
	}
}

export type Dimension = 'channel' | 'team' | 'reason' | 'valueClass' | 'agent' | 'locale';

type Columns = Record<Dimension, string>;

export const ROLLUP_COLUMNS: Columns = {
	channel: 'm.channel',
	team: 'm.team_id',
	reason: 'm.reason_id',
	valueClass: 'cr.value_class',
	agent: 'm.agent_id',
	locale: 'm.locale'
};

export const CONTACT_COLUMNS: Columns = {
	channel: 'c.channel',
	team: 'c.team_id',
	reason: 'c.reason_id',
	valueClass: 'cr.value_class',
	agent: 'c.agent_id',
	locale: 'cu.locale'
};

/** The group key as text; the rollup's 0 for "no team" / "no reason" becomes NULL. */
export function groupKey(dimension: Dimension, columns: Columns): string {
	const column = columns[dimension];
	if (columns === ROLLUP_COLUMNS && (dimension === 'team' || dimension === 'reason'))
		return `nullif(${column}, 0)::text`;
	return `${column}::text`;
}

const present = <T>(list: T[] | undefined): list is T[] => list !== undefined && list.length > 0;

/**
 * Conditions for the filter and the scope. Scope and filter are both applied (their
 * intersection), the same way as in headline.ts: scope teams [] means no team at all.
 */
export function filterConditions(filter: ScopedFilter, columns: Columns, p: SqlParams): string[] {
	const where: string[] = [];
	if (present(filter.channels))
		where.push(`${columns.channel} = ANY(${p.add(filter.channels)}::channel[])`);
	if (present(filter.teamIds)) where.push(`${columns.team} = ANY(${p.add(filter.teamIds)}::int[])`);
	if (present(filter.reasonIds))
		where.push(`${columns.reason} = ANY(${p.add(filter.reasonIds)}::int[])`);
	if (present(filter.valueClasses))
		where.push(`${columns.valueClass} = ANY(${p.add(filter.valueClasses)}::value_class[])`);
	if (present(filter.locales))
		where.push(`${columns.locale} = ANY(${p.add(filter.locales)}::locale[])`);
	if (filter.agentId !== undefined) where.push(`${columns.agent} = ${p.add(filter.agentId)}::int`);
	if (filter.scope.teams !== null)
		where.push(`${columns.team} = ANY(${p.add(filter.scope.teams)}::int[])`);
	if (filter.scope.agent !== null)
		where.push(`${columns.agent} = ${p.add(filter.scope.agent)}::int`);
	return where;
}

/** Only day rows carry the agent. */
export function needsAgentRows(filter: ScopedFilter, dimensions: (Dimension | null)[]): boolean {
	return (
		filter.agentId !== undefined || filter.scope.agent !== null || dimensions.includes('agent')
	);
}

export function segmentCondition(segments: Segment[], p: SqlParams): string {
	if (segments.length === 0) return 'false';
	const ranges = segments.map(
		(s) =>
			`(m.grain = '${s.grain}' AND m.period_start BETWEEN ${p.add(s.first)}::date AND ${p.add(s.last)}::date)`
	);
	return `(${ranges.join(' OR ')})`;
}

/** First instant of an Amsterdam calendar day, as SQL. */
export function dayStart(day: string, p: SqlParams): string {
	return `(${p.add(day)}::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`;
}

/**
 * Runs the queries of one dashboard request in one read-only snapshot, so the rollup and the
 * contacts read next to it agree. JIT is off: compiling costs 50–150 ms, more than these queries
 * take on the rollup. So are parallel workers: starting them costs more than they save on the
 * 10^3–10^5 rollup rows a dashboard reads, and other requests need the cores.
 */
export async function readSnapshot<T>(
	pool: pg.Pool,
	work: (client: pg.PoolClient) => Promise<T>
): Promise<T> {
	const client = await pool.connect();
	try {
		await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
		await client.query('SET LOCAL jit = off');
		await client.query('SET LOCAL max_parallel_workers_per_gather = 0');
		const result = await work(client);
		await client.query('COMMIT');
		return result;
	} catch (error) {
		await client.query('ROLLBACK').catch(() => undefined);
		throw error;
	} finally {
		client.release();
	}
}
