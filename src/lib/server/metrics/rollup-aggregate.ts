// Sums rollup rows for one or more periods, optionally grouped by a dimension, in one statement.
//
// Computed FCR leaves out contacts whose 7 × 24 h window has not closed at query time (METRICS.md).
// That depends on the clock, not on the data, so the rollup keeps repeated / not repeated per day
// and the query takes the window's end T = now − 7 days exactly: days before T's day come from
// the rollup (all their contacts are closed), contacts of T's own day up to T come straight from
// the contact table (an indexed range of at most one day), later days are pending.
import type pg from 'pg';
import { emptySums, SUM_COLUMNS, addSums, type RollupSums } from './dashboard-figures';
import { amsterdamDay, type Period, type ScopedFilter } from './dashboard-filter';
import { decompose, splitAt, type Grain } from './rollup-periods';
import {
	CONTACT_COLUMNS,
	dayStart,
	filterConditions,
	groupKey,
	needsAgentRows,
	ROLLUP_COLUMNS,
	segmentCondition,
	SqlParams,
	type Dimension
} from './rollup-sql';

export const FCR_WINDOW_MS = 7 * 24 * 3_600_000;

/** SQL per summed column on the rollup; `$closed` is replaced by "the day row's window closed". */
const ROLLUP_SUMS: Record<keyof RollupSums, string> = {
	contacts: 'sum(m.contacts)',
	valuable: `sum(m.contacts) FILTER (WHERE cr.value_class = 'valuable')`,
	hygiene: `sum(m.contacts) FILTER (WHERE cr.value_class = 'hygiene')`,
	unnecessary: `sum(m.contacts) FILTER (WHERE cr.value_class = 'unnecessary')`,
	fcrClosed: 'sum(m.fcr_contacts) FILTER (WHERE $closed)',
	fcrRepeated: 'sum(m.fcr_repeated) FILTER (WHERE $closed)',
	channelSwitches: 'sum(m.channel_switches) FILTER (WHERE $closed)',
	firstResponses: 'sum(m.first_responses)',
	firstResponsesWithinHour: 'sum(m.first_responses_within_hour)',
	invitationsSent: 'sum(m.invitations_sent)',
	invitationsAnswered: 'sum(m.invitations_answered)',
	responses: 'sum(m.responses)',
	csatN: 'sum(m.csat_n)',
	csatGood: 'sum(m.csat_good)',
	csatSum: 'sum(m.csat_sum)',
	csatSumSq: 'sum(m.csat_sum_sq)',
	npsPromoters: 'sum(m.nps_promoters)',
	npsPassives: 'sum(m.nps_passives)',
	npsDetractors: 'sum(m.nps_detractors)',
	cesN: 'sum(m.ces_n)',
	cesGood: 'sum(m.ces_good)',
	cesSum: 'sum(m.ces_sum)',
	cesSumSq: 'sum(m.ces_sum_sq)',
	resolvedYes: 'sum(m.resolved_yes)',
	resolvedNo: 'sum(m.resolved_no)'
};

const CONTACT_SUMS: Partial<Record<keyof RollupSums, string>> = {
	fcrClosed: 'count(*)',
	fcrRepeated: 'count(*) FILTER (WHERE c.repeated)',
	channelSwitches: 'count(*) FILTER (WHERE c.channel_switch)'
};

function selectList(sums: Partial<Record<keyof RollupSums, string>>, closed: string): string {
	return SUM_COLUMNS.map((column) => {
		const sql = sums[column]?.replace('$closed', closed) ?? '0';
		return `coalesce(${sql}, 0)::float8 AS "${column}"`;
	}).join(',\n       ');
}

export type Aggregated = Map<string, Map<string | null, RollupSums>>;

export type AggregateRequest = {
	filter: ScopedFilter;
	/** Named periods, e.g. current and previous. */
	periods: Record<string, Period>;
	groupBy: Dimension | null;
	now: Date;
};

/** The end of the FCR window: contacts that ended at or before it are closed. */
export function fcrWindowClosedBefore(now: Date): Date {
	return new Date(now.getTime() - FCR_WINDOW_MS);
}

export async function aggregate(
	client: pg.ClientBase,
	request: AggregateRequest
): Promise<Aggregated> {
	const { filter, groupBy } = request;
	const p = new SqlParams();
	const closedBefore = fcrWindowClosedBefore(request.now);
	const closedDay = amsterdamDay(closedBefore);
	const grains: Grain[] = needsAgentRows(filter, [groupBy]) ? ['day'] : ['day', 'week', 'month'];
	const reasonJoin = 'LEFT JOIN contact_reason cr ON cr.id = m.reason_id';
	const selects: string[] = [];
	for (const [name, period] of Object.entries(request.periods)) {
		const part = p.add(name);
		// Split at the window's day, so that every rollup row read is either wholly closed or not.
		const { before, from } = splitAt(period, closedDay);
		const segments = [
			...(before ? decompose(before, grains) : []),
			...(from ? decompose(from, grains) : [])
		];
		const key = groupBy ? groupKey(groupBy, ROLLUP_COLUMNS) : 'NULL::text';
		const where = [segmentCondition(segments, p), ...filterConditions(filter, ROLLUP_COLUMNS, p)];
		selects.push(`SELECT ${part}::text AS part, ${key} AS key,
       ${selectList(ROLLUP_SUMS, `m.period_start < ${p.add(closedDay)}::date`)}
  FROM metrics_rollup m ${reasonJoin}
 WHERE ${where.join('\n   AND ')}
 GROUP BY 2`);
		if (period.from <= closedDay && closedDay <= period.to)
			selects.push(closedDayContacts(filter, groupBy, part, closedDay, closedBefore, p));
	}
	const { rows } = await client.query<RollupSums & { part: string; key: string | null }>(
		selects.join('\nUNION ALL\n'),
		p.values
	);
	const result: Aggregated = new Map(Object.keys(request.periods).map((name) => [name, new Map()]));
	for (const { part, key, ...sums } of rows) {
		const groups = result.get(part)!;
		groups.set(key, addSums(groups.get(key) ?? emptySums(), sums));
	}
	return result;
}

/** Contacts of the window's own day that ended at or before its end: closed, not in the rollup sum. */
function closedDayContacts(
	filter: ScopedFilter,
	groupBy: Dimension | null,
	part: string,
	closedDay: string,
	closedBefore: Date,
	p: SqlParams
): string {
	const key = groupBy ? groupKey(groupBy, CONTACT_COLUMNS) : 'NULL::text';
	const where = [
		`c.ended_at >= ${dayStart(closedDay, p)}`,
		`c.ended_at <= ${p.add(closedBefore)}::timestamptz`,
		'c.reason_id IS NOT NULL',
		...filterConditions(filter, CONTACT_COLUMNS, p)
	];
	// Joins only when the filter or grouping needs them: a day's contacts are thousands of rows.
	const uses = (column: string) => where.some((w) => w.includes(column)) || key.includes(column);
	const joins = [
		uses('cu.') ? 'JOIN customer cu ON cu.id = c.customer_id' : '',
		uses('cr.') ? 'LEFT JOIN contact_reason cr ON cr.id = c.reason_id' : ''
	].join(' ');
	return `SELECT ${part}::text AS part, ${key} AS key,
       ${selectList(CONTACT_SUMS, 'true')}
  FROM contact c ${joins}
 WHERE ${where.join('\n   AND ')}
 GROUP BY 2`;
}
