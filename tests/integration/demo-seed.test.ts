import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	DemoSeedRefusedError,
	seedDemoData,
	type DemoSummary
} from '../../src/lib/server/demo/seed';
import { samplingBucket } from '../../src/lib/server/surveys/eligibility';
import { createTestDatabase, type TestDatabase } from './support/database';

const NOW = new Date('2026-11-20T09:00:00.000Z');
const CONTACTS = 5_000;
const SEED = 7;

let first: TestDatabase;
let twin: TestDatabase;
let other: TestDatabase;
let summary: DemoSummary;

async function row<T = Record<string, unknown>>(
	database: TestDatabase,
	sql: string,
	params: unknown[] = []
): Promise<T> {
	return (await database.pool.query(sql, params)).rows[0] as T;
}

function expectBetween(value: number, low: number, high: number, what: string): void {
	expect(value, what).toBeGreaterThanOrEqual(low);
	expect(value, what).toBeLessThanOrEqual(high);
}

async function digest(database: TestDatabase, table: string): Promise<string | null> {
	const result = await row<{ digest: string | null }>(
		database,
		`SELECT md5(string_agg(t::text, ',' ORDER BY id)) AS digest FROM ${table} t`
	);
	return result.digest;
}

// Recomputes repeat_of_id, repeated and channel_switch from the definition in METRICS.md and
// counts the contacts whose stored columns differ.
const LINKING_MISMATCHES = `
	WITH previous AS (
		SELECT y.id, y.channel, y.ended_at, p.id AS previous_id, p.channel AS previous_channel,
			p.ended_at AS previous_ended_at
		FROM contact y
		LEFT JOIN LATERAL (
			SELECT x.id, x.channel, x.ended_at FROM contact x
			WHERE y.reason_id IS NOT NULL AND x.customer_id = y.customer_id
				AND x.reason_id = y.reason_id AND x.ended_at < y.ended_at
			ORDER BY x.ended_at DESC, x.id DESC LIMIT 1
		) p ON true
	), expected AS (
		SELECT id,
			CASE WHEN ended_at - previous_ended_at <= interval '7 days' THEN previous_id END AS repeat_of_id,
			coalesce(ended_at - previous_ended_at <= interval '7 days'
				AND channel <> previous_channel, false) AS channel_switch
		FROM previous
	), repeated AS (
		SELECT DISTINCT repeat_of_id AS id FROM expected WHERE repeat_of_id IS NOT NULL
	)
	SELECT count(*) FILTER (WHERE c.repeat_of_id IS DISTINCT FROM e.repeat_of_id)::int AS repeat_of,
		count(*) FILTER (WHERE c.repeated <> (r.id IS NOT NULL))::int AS repeated,
		count(*) FILTER (WHERE c.channel_switch <> e.channel_switch)::int AS channel_switch
	FROM contact c JOIN expected e USING (id) LEFT JOIN repeated r ON r.id = c.id`;

beforeAll(async () => {
	[first, twin, other] = await Promise.all([
		createTestDatabase('demo'),
		createTestDatabase('demo'),
		createTestDatabase('demo')
	]);
	summary = await seedDemoData(first.pool, { seed: SEED, contacts: CONTACTS, now: NOW });
	await seedDemoData(twin.pool, { seed: SEED, contacts: CONTACTS, now: NOW });
	await seedDemoData(other.pool, { seed: SEED + 1, contacts: CONTACTS, now: NOW });
});

afterAll(async () => {
	await Promise.all([first, twin, other].filter(Boolean).map((database) => database.drop()));
});

describe('demo seed: reproducibility', () => {
	const tables = [
		'department',
		'team',
		'agent',
		'contact_reason',
		'knowledge_article',
		'survey_program',
		'customer',
		'contact',
		'invitation',
		'response'
	];

	it.each(tables)('the same seed, size and now give identical %s rows', async (table) => {
		const original = await digest(first, table);
		expect(original).not.toBeNull();
		expect(await digest(twin, table)).toBe(original);
	});

	it.each(['customer', 'contact', 'invitation', 'response'])(
		'another seed gives other %s rows',
		async (table) => {
			expect(await digest(other, table)).not.toBe(await digest(first, table));
		}
	);

	it('writes the requested number of contacts, one invitation each', async () => {
		const counts = await row(
			first,
			`SELECT (SELECT count(*) FROM contact)::int AS contacts,
				(SELECT count(*) FROM invitation)::int AS invitations,
				(SELECT count(DISTINCT contact_id) FROM invitation)::int AS invited_contacts,
				(SELECT count(*) FROM response)::int AS responses,
				(SELECT count(*) FROM customer)::int AS customers`
		);
		expect(counts).toEqual({
			contacts: CONTACTS,
			invitations: CONTACTS,
			invited_contacts: CONTACTS,
			responses: summary.counts.responses,
			customers: summary.counts.customers
		});
	});

	it('refuses to seed a database that already holds contacts, and writes nothing', async () => {
		await expect(
			seedDemoData(first.pool, { seed: SEED + 2, contacts: 10, now: NOW })
		).rejects.toBeInstanceOf(DemoSeedRefusedError);
		expect(await digest(first, 'contact')).toBe(await digest(twin, 'contact'));
		expect(await row(first, 'SELECT count(*)::int AS n FROM team')).toEqual({ n: 6 });
	});

	it('moves every id sequence past the demo rows', async () => {
		const team = await row<{ id: number }>(
			other,
			`INSERT INTO team (name) VALUES ('Nieuw team') RETURNING id`
		);
		expect(team.id).toBe(summary.counts.teams + 1);
		for (const table of tables) {
			const { next, max } = await row<{ next: number; max: number }>(
				other,
				`SELECT nextval(pg_get_serial_sequence('${table}', 'id'))::int AS next,
					(SELECT coalesce(max(id), 0)::int FROM ${table}) AS max`
			);
			expect(next, table).toBeGreaterThan(max);
		}
	});
});

describe('demo seed: repeat contacts', () => {
	it('stores repeat_of_id, repeated and channel_switch exactly as the linking rule defines', async () => {
		expect(await row(first, LINKING_MISMATCHES)).toEqual({
			repeat_of: 0,
			repeated: 0,
			channel_switch: 0
		});
	});

	it('the linking check notices a broken link', async () => {
		const client = await first.pool.connect();
		try {
			await client.query('BEGIN');
			await client.query(
				`UPDATE contact SET repeated = NOT repeated WHERE id = (SELECT min(id) FROM contact WHERE repeated)`
			);
			await client.query(
				`UPDATE contact SET repeat_of_id = NULL
				WHERE id = (SELECT min(id) FROM contact WHERE repeat_of_id IS NOT NULL AND NOT channel_switch)`
			);
			const mismatches = (await client.query(LINKING_MISMATCHES)).rows[0];
			expect(mismatches.repeat_of).toBe(1);
			expect(mismatches.repeated).toBeGreaterThanOrEqual(1);
		} finally {
			await client.query('ROLLBACK');
			client.release();
		}
	});

	it('has plausible repeat and channel-switch rates', async () => {
		// Only contacts whose 7-day window has closed can be judged.
		const rates = await row<{ repeat_rate: number; switch_share: number; no_reason: number }>(
			first,
			`SELECT avg(repeated::int)::float AS repeat_rate,
				(count(*) FILTER (WHERE channel_switch))::float
					/ nullif(count(*) FILTER (WHERE repeat_of_id IS NOT NULL), 0) AS switch_share,
				(count(*) FILTER (WHERE reason_id IS NULL AND (repeated OR repeat_of_id IS NOT NULL)))::int AS no_reason
			FROM contact WHERE ended_at <= $1::timestamptz - interval '7 days'`,
			[NOW]
		);
		expectBetween(rates.repeat_rate, 0.15, 0.25, 'repeat_rate');
		expectBetween(rates.switch_share, 0.2, 0.5, 'switch_share');
		expect(rates.no_reason).toBe(0);
	});
});

describe('demo seed: contents', () => {
	it('has at least 25 contact reasons over all three value classes, all channels and locales', async () => {
		const coverage = await row(
			first,
			`SELECT (SELECT count(*) FROM contact_reason)::int AS reasons,
				(SELECT count(DISTINCT value_class) FROM contact_reason)::int AS value_classes,
				(SELECT count(*) FROM contact_reason
					WHERE value_class = 'unnecessary' AND cause_department_id IS NULL)::int AS causeless,
				(SELECT count(DISTINCT channel) FROM contact)::int AS channels,
				(SELECT count(DISTINCT locale) FROM customer)::int AS locales,
				(SELECT count(*) FROM contact WHERE source <> 'demo' OR ended_at >= $1)::int AS odd_contacts`,
			[NOW]
		);
		expect(coverage).toEqual({
			reasons: expect.any(Number),
			value_classes: 3,
			causeless: 0,
			channels: 5,
			locales: 2,
			odd_contacts: 0
		});
		expect(coverage.reasons).toBeGreaterThanOrEqual(25);
	});

	it('has a plausible mix of customers and contacts', async () => {
		const mix = await row<Record<string, number>>(
			first,
			`SELECT (SELECT avg((locale = 'en')::int) FROM customer)::float AS english,
				(SELECT avg((email IS NULL)::int) FROM customer)::float AS without_email,
				(SELECT avg((channel = 'phone')::int) FROM contact)::float AS phone,
				(SELECT avg((r.value_class = 'unnecessary')::int) FROM contact c
					JOIN contact_reason r ON r.id = c.reason_id)::float AS unnecessary,
				(SELECT count(*) FROM contact WHERE (first_response_seconds IS NOT NULL)
					<> (channel IN ('email', 'social')))::int AS misplaced_response_times`
		);
		expectBetween(mix.english, 0.12, 0.28, 'english');
		expectBetween(mix.without_email, 0.02, 0.15, 'without_email');
		expectBetween(mix.phone, 0.3, 0.5, 'phone');
		expectBetween(mix.unnecessary, 0.2, 0.5, 'unnecessary');
		expect(mix.misplaced_response_times).toBe(0);
	});

	it('writes comments in the language of the customer', async () => {
		const rows = (
			await first.pool.query(
				`SELECT i.locale, count(*)::int AS comments,
					avg((r.comment ~* '\\m(het|niet|mijn|ik|een|geholpen|dank|heel|uiteindelijk)\\M')::int)::float AS dutch,
					avg((r.comment ~* '\\m(the|my|not|thanks|thank|very|with|about|help|from)\\M')::int)::float AS english
				FROM response r JOIN invitation i ON i.id = r.invitation_id
				WHERE r.comment IS NOT NULL GROUP BY i.locale ORDER BY i.locale`
			)
		).rows;
		expect(rows.map((r) => r.locale)).toEqual(['nl', 'en']);
		const [nl, en] = rows;
		expect(nl.comments).toBeGreaterThan(20);
		expect(en.comments).toBeGreaterThan(5);
		expect(nl.dutch).toBeGreaterThan(0.9);
		expect(nl.english).toBeLessThan(0.1);
		expect(en.english).toBeGreaterThan(0.9);
		expect(en.dutch).toBeLessThan(0.1);
	});

	it('gives the summary the lead team and a demo agent in it', async () => {
		const agent = await row(
			first,
			`SELECT a.team_id, t.name AS team, a.name, a.active,
				(SELECT count(*) FROM response r WHERE r.agent_id = a.id)::int AS responses
			FROM agent a JOIN team t ON t.id = a.team_id WHERE a.id = $1`,
			[summary.demoAgentId]
		);
		expect(agent).toMatchObject({
			team_id: summary.leadTeamId,
			team: summary.leadTeamName,
			name: summary.demoAgentName,
			active: true
		});
		expect(agent.responses).toBeGreaterThan(10);
	});
});

describe('demo seed: survey decisions and answers', () => {
	it("suppresses for every rule, in the survey module's order", async () => {
		// Sampling hashes the contact's external id; the survey module's own function says how.
		const contacts = (await first.pool.query('SELECT id, external_id FROM contact')).rows;
		const wrong = await row<{ decisions: number; reasons: string[] }>(
			first,
			`WITH bucket AS (SELECT * FROM unnest($1::int[], $2::int[]) AS b(contact_id, bucket)),
			decision AS (
				SELECT i.suppression_reason::text AS stored, CASE
					WHEN c.survey_opt_out THEN 'disabled'
					WHEN cu.opted_out_at <= c.created_at THEN 'opted_out'
					WHEN c.channel NOT IN ('chat', 'social') AND cu.email IS NULL THEN 'no_address'
					WHEN c.created_at - c.ended_at > interval '72 hours' THEN 'too_old'
					WHEN EXISTS (SELECT 1 FROM invitation p WHERE p.customer_id = i.customer_id AND p.id < i.id
						AND p.status <> 'suppressed'
						AND coalesce(p.sent_at, p.send_at) > c.created_at - interval '30 days') THEN 'fatigue'
					WHEN b.bucket >= 80 THEN 'sampled_out' END AS expected
				FROM invitation i JOIN contact c ON c.id = i.contact_id JOIN customer cu ON cu.id = i.customer_id
				JOIN bucket b ON b.contact_id = c.id)
			SELECT count(*) FILTER (WHERE stored IS DISTINCT FROM expected)::int AS decisions,
				array_agg(DISTINCT stored ORDER BY stored) FILTER (WHERE stored IS NOT NULL) AS reasons
			FROM decision`,
			[contacts.map((c) => c.id), contacts.map((c) => samplingBucket(c.external_id))]
		);
		expect(wrong.decisions).toBe(0);
		expect(wrong.reasons).toEqual(
			expect.arrayContaining(['fatigue', 'no_address', 'opted_out', 'sampled_out', 'too_old'])
		);
	});

	it('times, statuses and snapshots of invitations follow the program', async () => {
		const wrong = await row(
			first,
			`WITH planned AS (
				SELECT i.*, c.ended_at, c.created_at AS decided_at, cu.locale AS customer_locale,
					(c.agent_id, c.team_id, c.channel, c.customer_id) IS DISTINCT FROM
						(i.agent_id, i.team_id, i.channel, i.customer_id)
						OR c.reason_id IS DISTINCT FROM i.reason_id AS snapshot_differs,
					CASE WHEN i.status = 'suppressed' THEN NULL
						WHEN c.channel IN ('chat', 'social') THEN c.created_at
						ELSE greatest(c.created_at, c.ended_at + interval '30 minutes') END AS planned_send_at
				FROM invitation i JOIN contact c ON c.id = i.contact_id JOIN customer cu ON cu.id = i.customer_id)
			SELECT
				count(*) FILTER (WHERE send_at IS DISTINCT FROM planned_send_at
					OR expires_at IS DISTINCT FROM send_at + interval '14 days'
					OR reminder_at IS DISTINCT FROM CASE WHEN channel NOT IN ('chat', 'social')
						THEN send_at + interval '3 days' END)::int AS times,
				count(*) FILTER (WHERE status <> 'suppressed' AND status::text <> CASE
					WHEN send_at > $1 THEN 'scheduled' WHEN expires_at <= $1 THEN 'expired' ELSE 'sent' END)::int AS statuses,
				count(*) FILTER (WHERE sent_at IS DISTINCT FROM CASE WHEN status IN ('sent', 'expired') THEN send_at END
					OR (reminder_sent_at IS NOT NULL AND (reminder_sent_at <> reminder_at OR reminder_at > $1)))::int AS sends,
				count(*) FILTER (WHERE snapshot_differs OR locale <> customer_locale)::int AS snapshots
			FROM planned`,
			[NOW]
		);
		expect(wrong).toEqual({ times: 0, statuses: 0, sends: 0, snapshots: 0 });
	});

	it('gives every invitation a unique 43-character base64url token', async () => {
		const tokens = await row(
			first,
			`SELECT count(*)::int AS total, count(DISTINCT token)::int AS distinct_tokens,
				count(*) FILTER (WHERE token !~ '^[A-Za-z0-9_-]{43}$')::int AS malformed FROM invitation`
		);
		expect(tokens).toEqual({ total: CONTACTS, distinct_tokens: CONTACTS, malformed: 0 });
	});

	it('answers look like real survey results', async () => {
		const figures = await row<Record<string, number>>(
			first,
			`SELECT (SELECT count(*) FROM response)::float
					/ (SELECT count(*) FROM invitation WHERE status IN ('sent', 'expired')) AS response_rate,
				100.0 * count(*) FILTER (WHERE csat >= 4) / count(csat)::float AS csat_percent,
				100.0 * (count(*) FILTER (WHERE nps >= 9) - count(*) FILTER (WHERE nps <= 6))
					/ count(nps)::float AS nps,
				avg(ces)::float AS ces,
				avg((comment IS NOT NULL)::int)::float AS comment_share,
				count(*) FILTER (WHERE (r.contact_id, r.agent_id, r.team_id, r.channel, r.contact_ended_at)
					IS DISTINCT FROM (c.id, c.agent_id, c.team_id, c.channel, c.ended_at)
					OR r.reason_id IS DISTINCT FROM c.reason_id)::int AS snapshot,
				count(*) FILTER (WHERE i.sent_at IS NULL OR r.created_at < i.sent_at
					OR r.created_at > least(i.expires_at, $1))::int AS misplaced
			FROM response r JOIN invitation i ON i.id = r.invitation_id JOIN contact c ON c.id = r.contact_id`,
			[NOW]
		);
		expectBetween(figures.response_rate, 0.25, 0.35, 'response_rate');
		expectBetween(figures.csat_percent, 68, 88, 'csat_percent');
		expectBetween(figures.nps, 5, 40, 'nps');
		expectBetween(figures.ces, 4, 6.5, 'ces');
		expectBetween(figures.comment_share, 0.3, 0.5, 'comment_share');
		expect(figures.snapshot).toBe(0);
		expect(figures.misplaced).toBe(0);
	});
});

describe('demo seed: planted patterns', () => {
	it('makes the planted knowledge-base gaps stand out', async () => {
		const rates = `avg(c.repeated::int)::float AS repeat_rate,
			avg((c.kb_gap IS NOT NULL)::int)::float AS gap_rate`;
		const closed = `c.ended_at <= $1::timestamptz - interval '7 days'`;
		const rows = (
			await first.pool.query(
				`SELECT r.code, ${rates} FROM contact c JOIN contact_reason r ON r.id = c.reason_id
				WHERE ${closed} AND r.code IN ('app_login_problem', 'parcel_not_received') GROUP BY r.code
				UNION ALL SELECT 'overall', ${rates} FROM contact c WHERE ${closed}`,
				[NOW]
			)
		).rows;
		const byCode = Object.fromEntries(rows.map((r) => [r.code, r]));
		expect(Object.keys(byCode)).toHaveLength(3);
		for (const code of ['app_login_problem', 'parcel_not_received']) {
			expect(byCode[code].repeat_rate, code).toBeGreaterThan(1.7 * byCode.overall.repeat_rate);
			expect(byCode[code].gap_rate, code).toBeGreaterThan(0.2);
		}
		expect(byCode.overall.gap_rate).toBeLessThan(0.1);
	});

	it('gives new agents few contacts and agents who left none after leaving', async () => {
		const agents = await row<Record<string, number>>(
			first,
			`SELECT count(*) FILTER (WHERE c.ended_at < a.created_at)::int AS before_start,
				count(*) FILTER (WHERE NOT a.active AND c.ended_at >= a.updated_at)::int AS after_leaving,
				(SELECT count(*) FROM agent WHERE NOT active)::int AS left,
				(SELECT count(*) FROM agent WHERE created_at > $1::timestamptz - interval '60 days')::int AS new
			FROM contact c JOIN agent a ON a.id = c.agent_id`,
			[NOW]
		);
		expect(agents).toEqual({ before_start: 0, after_leaving: 0, left: 2, new: 2 });
	});

	it('has the billing-error spike and the webcare backlog', async () => {
		const spike = await row<{ spike: number; usual: number }>(
			first,
			`SELECT count(*) FILTER (WHERE c.ended_at >= $1::timestamptz - interval '150 days'
					AND c.ended_at < $1::timestamptz - interval '120 days')::float AS spike,
				count(*) FILTER (WHERE c.ended_at < $1::timestamptz - interval '150 days'
					OR c.ended_at >= $1::timestamptz - interval '120 days')::float / (335.0 / 30) AS usual
			FROM contact c JOIN contact_reason r ON r.id = c.reason_id WHERE r.code = 'invoice_incorrect'`,
			[NOW]
		);
		expect(spike.spike).toBeGreaterThan(3 * spike.usual);
		const waits = await row<{ recent: number; earlier: number }>(
			first,
			`SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY first_response_seconds)
					FILTER (WHERE ended_at >= $1::timestamptz - interval '30 days') AS recent,
				percentile_cont(0.5) WITHIN GROUP (ORDER BY first_response_seconds)
					FILTER (WHERE ended_at < $1::timestamptz - interval '120 days') AS earlier
			FROM contact WHERE channel = 'social'`,
			[NOW]
		);
		expect(waits.recent).toBeGreaterThan(2 * waits.earlier);
	});
});
