// The oracle of the rollup tests: the dashboard figures computed the slow, obvious way. The raw
// answers, contacts and invitations of a filter are selected with plain SQL written here (not the
// metrics module's), and the arrays go through the array functions of lib/stats.
import type pg from 'pg';
import { ces, csat, fcr, nps, proportion } from '../../src/lib/stats';
import type { DashboardFigures } from '../../src/lib/server/metrics/dashboard-figures';
import type { ScopedFilter } from '../../src/lib/server/metrics/dashboard-filter';
import type { Dimension } from '../../src/lib/server/metrics/rollup-sql';

const WEEK_MS = 7 * 24 * 3_600_000;
const LOCAL_DAY = (column: string) => `(${column} AT TIME ZONE 'Europe/Amsterdam')::date`;

type Columns = Record<Dimension, string>;

const RESPONSE: Columns = {
	channel: 'r.channel',
	team: 'r.team_id',
	reason: 'r.reason_id',
	valueClass: 'cr.value_class',
	agent: 'r.agent_id',
	locale: 'i.locale'
};
const CONTACT: Columns = {
	channel: 'c.channel',
	team: 'c.team_id',
	reason: 'c.reason_id',
	valueClass: 'cr.value_class',
	agent: 'c.agent_id',
	locale: 'cu.locale'
};
const INVITATION: Columns = {
	...RESPONSE,
	channel: 'i.channel',
	team: 'i.team_id',
	reason: 'i.reason_id',
	agent: 'i.agent_id'
};

function where(filter: ScopedFilter, day: string, columns: Columns, params: unknown[]): string {
	const add = (value: unknown) => `$${params.push(value)}`;
	const parts = [`${LOCAL_DAY(day)} BETWEEN ${add(filter.from)}::date AND ${add(filter.to)}::date`];
	// Compared as text, so one helper serves ids and enums alike.
	const any = (column: string, values: unknown[] | undefined) => {
		if (values && values.length > 0)
			parts.push(`${column}::text = ANY(${add(values.map(String))}::text[])`);
	};
	any(columns.channel, filter.channels);
	any(columns.team, filter.teamIds);
	any(columns.reason, filter.reasonIds);
	any(columns.valueClass, filter.valueClasses);
	any(columns.locale, filter.locales);
	if (filter.agentId !== undefined) parts.push(`${columns.agent} = ${add(filter.agentId)}`);
	if (filter.scope.teams !== null)
		parts.push(`coalesce(${columns.team} = ANY(${add(filter.scope.teams)}::int[]), false)`);
	if (filter.scope.agent !== null) parts.push(`${columns.agent} = ${add(filter.scope.agent)}`);
	return parts.join(' AND ');
}

const keyOf = (columns: Columns, by: Dimension | null) =>
	by ? `${columns[by]}::text` : 'NULL::text';

type ResponseRow = {
	key: string | null;
	csat: number | null;
	nps: number | null;
	ces: number | null;
	resolved: boolean | null;
};
type ContactRow = {
	key: string | null;
	has_reason: boolean;
	closed: boolean;
	repeated: boolean;
	channel_switch: boolean;
	first_response_seconds: number | null;
	value_class: string | null;
};
type InvitationRow = { key: string | null; sent: boolean; answered: boolean };

/** Raw figures per group (one group, key null, without `by`). */
export async function rawFigures(
	pool: pg.Pool,
	filter: ScopedFilter,
	now: Date,
	by: Dimension | null = null
): Promise<Map<string | null, DashboardFigures>> {
	const rp: unknown[] = [];
	const responses = await pool.query<ResponseRow>(
		`SELECT ${keyOf(RESPONSE, by)} AS key, r.csat, r.nps, r.ces, r.resolved
		   FROM response r JOIN invitation i ON i.id = r.invitation_id
		   LEFT JOIN contact_reason cr ON cr.id = r.reason_id
		  WHERE ${where(filter, 'r.contact_ended_at', RESPONSE, rp)}`,
		rp
	);
	const cp: unknown[] = [new Date(now.getTime() - WEEK_MS)];
	const contacts = await pool.query<ContactRow>(
		`SELECT ${keyOf(CONTACT, by)} AS key, c.reason_id IS NOT NULL AS has_reason,
		        c.ended_at <= $1 AS closed, c.repeated, c.channel_switch, c.first_response_seconds,
		        cr.value_class::text AS value_class
		   FROM contact c JOIN customer cu ON cu.id = c.customer_id
		   LEFT JOIN contact_reason cr ON cr.id = c.reason_id
		  WHERE ${where(filter, 'c.ended_at', CONTACT, cp)}`,
		cp
	);
	const ip: unknown[] = [];
	const invitations = await pool.query<InvitationRow>(
		`SELECT ${keyOf(INVITATION, by)} AS key, i.sent_at IS NOT NULL AS sent,
		        EXISTS (SELECT 1 FROM response r WHERE r.invitation_id = i.id) AS answered
		   FROM invitation i JOIN contact c ON c.id = i.contact_id
		   LEFT JOIN contact_reason cr ON cr.id = i.reason_id
		  WHERE ${where(filter, 'c.ended_at', INVITATION, ip)}`,
		ip
	);
	const keys = new Set<string | null>([
		...responses.rows.map((r) => r.key),
		...contacts.rows.map((r) => r.key),
		...invitations.rows.map((r) => r.key)
	]);
	if (!by) keys.add(null);
	const result = new Map<string | null, DashboardFigures>();
	for (const key of keys)
		result.set(
			key,
			figuresOf(
				responses.rows.filter((r) => r.key === key),
				contacts.rows.filter((r) => r.key === key),
				invitations.rows.filter((r) => r.key === key)
			)
		);
	return result;
}

function figuresOf(
	responses: ResponseRow[],
	contacts: ContactRow[],
	invitations: InvitationRow[]
): DashboardFigures {
	const closed = contacts.filter((c) => c.has_reason && c.closed);
	const sent = invitations.filter((i) => i.sent);
	const withFirstResponse = contacts.filter((c) => c.first_response_seconds !== null);
	const count = (value: string) => contacts.filter((c) => c.value_class === value).length;
	return {
		contacts: contacts.length,
		responses: responses.length,
		nps: nps(responses.map((r) => r.nps)),
		csat: csat(responses.map((r) => r.csat)),
		ces: ces(responses.map((r) => r.ces)),
		fcrCustomer: fcr(responses.map((r) => r.resolved)),
		fcrComputed: proportion(closed.filter((c) => !c.repeated).length, closed.length),
		repeatContactRate: proportion(closed.filter((c) => c.repeated).length, closed.length),
		channelSwitchRate: proportion(closed.filter((c) => c.channel_switch).length, closed.length),
		responseRate: proportion(sent.filter((i) => i.answered).length, sent.length),
		unnecessaryShare: proportion(count('unnecessary'), contacts.length),
		firstResponseWithinHour: proportion(
			withFirstResponse.filter((c) => (c.first_response_seconds as number) <= 3600).length,
			withFirstResponse.length
		),
		valueClasses: {
			valuable: count('valuable'),
			hygiene: count('hygiene'),
			unnecessary: count('unnecessary'),
			unclassified: contacts.filter((c) => c.value_class === null).length
		}
	};
}

/** Raw NPS and CSAT of the answers per bucket start (and split key), for the trend. */
export async function rawTrend(
	pool: pg.Pool,
	filter: ScopedFilter,
	bucket: 'week' | 'month',
	by: Dimension | null
): Promise<Map<string, { nps: ReturnType<typeof nps>; csat: ReturnType<typeof csat> }>> {
	const params: unknown[] = [];
	const { rows } = await pool.query<ResponseRow & { bucket: string }>(
		`SELECT to_char(date_trunc('${bucket}', ${LOCAL_DAY('r.contact_ended_at')}::timestamp), 'YYYY-MM-DD') AS bucket,
		        ${keyOf(RESPONSE, by)} AS key, r.csat, r.nps, r.ces, r.resolved
		   FROM response r JOIN invitation i ON i.id = r.invitation_id
		   LEFT JOIN contact_reason cr ON cr.id = r.reason_id
		  WHERE ${where(filter, 'r.contact_ended_at', RESPONSE, params)}`,
		params
	);
	const groups = new Map<string, ResponseRow[]>();
	for (const row of rows) {
		const id = `${row.key}|${row.bucket}`;
		groups.set(id, [...(groups.get(id) ?? []), row]);
	}
	return new Map(
		[...groups].map(([id, answers]) => [
			id,
			{ nps: nps(answers.map((a) => a.nps)), csat: csat(answers.map((a) => a.csat)) }
		])
	);
}

/**
 * Paths where two figure objects differ: numbers by more than 1e-9 (relative to their size),
 * anything else when not identical. An empty list means equal.
 */
export function differences(actual: unknown, expected: unknown, path = ''): string[] {
	if (typeof actual === 'number' && typeof expected === 'number') {
		const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
		return Math.abs(actual - expected) <= tolerance ? [] : [`${path}: ${actual} ≠ ${expected}`];
	}
	if (actual && expected && typeof actual === 'object' && typeof expected === 'object') {
		const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
		return [...keys].flatMap((key) =>
			differences(
				(actual as Record<string, unknown>)[key],
				(expected as Record<string, unknown>)[key],
				`${path}.${key}`
			)
		);
	}
	return actual === expected
		? []
		: [`${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`];
}
