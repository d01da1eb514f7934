// Writes a generated demo data set in one transaction (a crash leaves nothing half-seeded), in
// chunks of multi-row `INSERT ... SELECT FROM unnest(...)`: one round trip per 5,000 rows instead
// of one per row. While PostgreSQL inserts a chunk, the next chunk's arrays are being built.
import type pg from 'pg';
import { customerIdentity, type CustomerIdentity } from './people';
import { demoToken } from './random';
import type { DemoData } from './generate';
import { fromEpochMs as ts, plainArray, textArray } from './sql-arrays';
import {
	DEMO_PROGRAM,
	demoContactExternalId,
	INVITATION_STATUSES,
	STATUS,
	SUPPRESSION_REASONS
} from './surveys';
import { ARTICLES, CHANNELS, EMOTIONS, KB_GAPS } from './taxonomy';
import { writeReferenceData } from './write-reference';

const CHUNK = 5_000;

export class DemoSeedRefusedError extends Error {
	override name = 'DemoSeedRefusedError';
}

export type Progress = (done: number, total: number) => void;

/** Tables that get explicit ids; any row in them would collide with the demo's. */
const SEEDED_TABLES = [
	'contact',
	'customer',
	'agent',
	'team',
	'department',
	'contact_reason',
	'knowledge_article',
	'survey_program',
	'invitation',
	'response'
];

// Any constant works; it keeps two processes from seeding the same database at once.
const SEED_LOCK_KEY = 724_311_906;

type ChunkWriter = { rows: number; sql: string; params: (from: number, to: number) => string[] };

async function writeChunks(
	client: pg.ClientBase,
	writer: ChunkWriter,
	advance: (rows: number) => void
): Promise<void> {
	let pending: Promise<unknown> | null = null;
	for (let from = 0; from < writer.rows; from += CHUNK) {
		const to = Math.min(writer.rows, from + CHUNK);
		const params = writer.params(from, to);
		if (pending) await pending;
		pending = client.query(writer.sql, params).then(() => advance(to - from));
	}
	if (pending) await pending;
}

export async function writeDemoData(
	pool: pg.Pool,
	data: DemoData,
	onProgress: Progress = () => {}
): Promise<void> {
	const total = data.customers.count + data.contacts.count * 2 + data.responses.count;
	let done = 0;
	const advance = (rows: number) => onProgress((done += rows), total);
	const client = await pool.connect();
	try {
		await client.query('BEGIN');
		await client.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
		await refuseIfNotEmpty(client);
		await writeReferenceData(client, data);
		await writeChunks(client, customers(data), advance);
		await writeChunks(client, contacts(data), advance);
		await writeChunks(client, invitations(data), advance);
		await writeChunks(client, responses(data), advance);
		// Later inserts by the app take ids after the demo's.
		for (const table of SEEDED_TABLES)
			await client.query(
				`SELECT setval(pg_get_serial_sequence('${table}', 'id'), coalesce(max(id), 0) + 1, false) FROM ${table}`
			);
		await client.query('COMMIT');
		onProgress(total, total);
	} catch (error) {
		await client.query('ROLLBACK').catch(() => undefined);
		throw error;
	} finally {
		client.release();
	}
}

async function refuseIfNotEmpty(client: pg.ClientBase): Promise<void> {
	for (const table of SEEDED_TABLES) {
		const { rowCount } = await client.query(`SELECT 1 FROM ${table} LIMIT 1`);
		if (rowCount)
			throw new DemoSeedRefusedError(
				`The database already holds ${table} rows: demo data is only seeded into an empty database`
			);
	}
}

function customers(data: DemoData): ChunkWriter {
	const { customers: table, invitations } = data;
	return {
		rows: table.count,
		sql: `INSERT INTO customer (id, external_id, email, name, locale, opted_out_at, last_invited_at, created_at, updated_at)
			SELECT id, external_id, nullif(email, ''), name, locale, ${ts('opted_out')}, ${ts('invited')}, ${ts('created')},
				${ts('greatest(created, opted_out, invited)')}
			FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::locale[], $6::int8[], $7::int8[], $8::int8[])
				AS t(id, external_id, email, name, locale, opted_out, invited, created)`,
		params: (from, to) => {
			const identities: CustomerIdentity[] = [];
			for (let i = from; i < to; i++) {
				const locale = table.locale[i] ? 'en' : 'nl';
				identities.push(customerIdentity(data.seed, i + 1, locale, table.hasEmail[i] === 1));
			}
			const identity = (i: number) => identities[i - from];
			return [
				plainArray(from, to, (i) => i + 1),
				textArray(from, to, (i) => identity(i).externalId),
				textArray(from, to, (i) => identity(i).email),
				textArray(from, to, (i) => identity(i).name),
				plainArray(from, to, (i) => (table.locale[i] ? 'en' : 'nl')),
				plainArray(from, to, (i) => table.optedOutAt[i] || null),
				plainArray(from, to, (i) => invitations.lastInvitedAt[i] || null),
				plainArray(from, to, (i) => table.createdAt[i])
			];
		}
	};
}

function contacts(data: DemoData): ChunkWriter {
	const c = data.contacts;
	const nullable = (value: number, offset = 1) => (value < 0 ? null : value + offset);
	return {
		rows: c.count,
		sql: `INSERT INTO contact (id, external_id, source, channel, started_at, ended_at, first_response_seconds,
				customer_id, agent_id, team_id, reason_id, resolved_by_agent, kb_article_ref, kb_article_id, kb_gap,
				emotion, cause_department_id, survey_opt_out, repeat_of_id, repeated, channel_switch, created_at, updated_at)
			SELECT id, external_id, 'demo', channel, ${ts('ended - duration')}, ${ts('ended')},
				first_response, customer_id, agent_id, team_id, reason_id, resolved, article_ref, article_id, kb_gap,
				emotion, cause_id, opt_out, repeat_of, repeated, switched, ${ts('ended + ingest_lag')}, ${ts('updated')}
			FROM unnest($1::int[], $2::channel[], $3::int8[], $4::int8[], $5::int[], $6::int[], $7::int[], $8::int[],
				$9::int[], $10::bool[], $11::text[], $12::int[], $13::kb_gap[], $14::emotion[], $15::int[], $16::bool[],
				$17::int[], $18::bool[], $19::bool[], $20::int8[], $21::int8[], $22::text[])
				AS t(id, channel, ended, duration, first_response, customer_id, agent_id, team_id, reason_id, resolved,
					article_ref, article_id, kb_gap, emotion, cause_id, opt_out, repeat_of, repeated, switched,
					ingest_lag, updated, external_id)`,
		params: (from, to) => [
			plainArray(from, to, (i) => i + 1),
			plainArray(from, to, (i) => CHANNELS[c.channel[i]]),
			plainArray(from, to, (i) => c.endedAt[i]),
			plainArray(from, to, (i) => c.durationMs[i]),
			plainArray(from, to, (i) => nullable(c.firstResponseSeconds[i], 0)),
			plainArray(from, to, (i) => c.customer[i] + 1),
			plainArray(from, to, (i) => c.agent[i] + 1),
			plainArray(from, to, (i) => c.team[i] + 1),
			plainArray(from, to, (i) => nullable(c.reason[i])),
			plainArray(from, to, (i) => (c.resolvedByAgent[i] < 0 ? null : c.resolvedByAgent[i] === 1)),
			textArray(from, to, (i) => (c.article[i] < 0 ? null : ARTICLES[c.article[i]].code)),
			plainArray(from, to, (i) => nullable(c.article[i])),
			plainArray(from, to, (i) => (c.kbGap[i] < 0 ? null : KB_GAPS[c.kbGap[i]])),
			plainArray(from, to, (i) => (c.emotion[i] < 0 ? null : EMOTIONS[c.emotion[i]])),
			plainArray(from, to, (i) => nullable(c.causeDepartment[i])),
			plainArray(from, to, (i) => c.surveyOptOut[i] === 1),
			plainArray(from, to, (i) => nullable(c.repeatOf[i])),
			plainArray(from, to, (i) => c.repeated[i] === 1),
			plainArray(from, to, (i) => c.channelSwitch[i] === 1),
			plainArray(from, to, (i) => c.ingestLagMs[i]),
			plainArray(from, to, (i) => c.updatedAt[i]),
			plainArray(from, to, demoContactExternalId)
		]
	};
}

/** One invitation per contact, same id; the snapshot columns are copied from the contact. */
function invitations(data: DemoData): ChunkWriter {
	const { invitations: table, customers, contacts: c } = data;
	const expiry = `interval '${DEMO_PROGRAM.expiryDays} days'`;
	return {
		rows: c.count,
		sql: `INSERT INTO invitation (id, token, contact_id, customer_id, program_id, status, suppression_reason,
				locale, agent_id, team_id, channel, reason_id, send_at, sent_at, reminder_at, reminder_sent_at,
				expires_at, attempts, created_at, updated_at)
			SELECT t.id, t.token, c.id, c.customer_id, 1, t.status, t.suppression, t.locale, c.agent_id, c.team_id,
				c.channel, c.reason_id, ${ts('t.send')},
				CASE WHEN t.status IN ('sent', 'expired') THEN ${ts('t.send')} END,
				${ts('t.reminder')}, CASE WHEN t.reminder_sent THEN ${ts('t.reminder')} END,
				${ts('t.send')} + ${expiry},
				-- Only e-mailed invitations take send attempts; chat and social links are handed over.
				CASE WHEN t.status IN ('sent', 'expired') AND c.channel NOT IN ('chat', 'social') THEN 1 ELSE 0 END,
				c.created_at, ${ts('t.updated')}
			FROM unnest($1::int[], $2::text[], $3::invitation_status[], $4::suppression_reason[], $5::locale[],
				$6::int8[], $7::int8[], $8::bool[], $9::int8[])
				AS t(id, token, status, suppression, locale, send, reminder, reminder_sent, updated)
			JOIN contact c ON c.id = t.id`,
		params: (from, to) => [
			plainArray(from, to, (i) => i + 1),
			plainArray(from, to, (i) => demoToken(data.seed, i + 1)),
			plainArray(from, to, (i) => INVITATION_STATUSES[table.status[i]]),
			plainArray(from, to, (i) =>
				table.status[i] === STATUS.suppressed ? SUPPRESSION_REASONS[table.suppression[i]] : null
			),
			plainArray(from, to, (i) => (customers.locale[c.customer[i]] ? 'en' : 'nl')),
			plainArray(from, to, (i) => table.sendAt[i] || null),
			plainArray(from, to, (i) => table.reminderAt[i] || null),
			plainArray(from, to, (i) => table.reminderSent[i] === 1),
			plainArray(from, to, (i) => table.updatedAt[i])
		]
	};
}

function responses(data: DemoData): ChunkWriter {
	const r = data.responses;
	const score = (value: number) => (value < 0 ? null : value);
	return {
		rows: r.count,
		sql: `INSERT INTO response (id, invitation_id, contact_id, agent_id, team_id, channel, reason_id,
				contact_ended_at, csat, nps, ces, resolved, comment, created_at, updated_at)
			SELECT t.id, t.invitation_id, c.id, c.agent_id, c.team_id, c.channel, c.reason_id, c.ended_at,
				t.csat, t.nps, t.ces, t.resolved, t.comment, ${ts('t.answered')}, ${ts('t.answered')}
			FROM unnest($1::int[], $2::int[], $3::int2[], $4::int2[], $5::int2[], $6::bool[], $7::text[], $8::int8[])
				AS t(id, invitation_id, csat, nps, ces, resolved, comment, answered)
			JOIN contact c ON c.id = t.invitation_id`,
		params: (from, to) => [
			plainArray(from, to, (k) => k + 1),
			plainArray(from, to, (k) => r.contact[k] + 1),
			plainArray(from, to, (k) => score(r.csat[k])),
			plainArray(from, to, (k) => score(r.nps[k])),
			plainArray(from, to, (k) => score(r.ces[k])),
			plainArray(from, to, (k) => (r.resolved[k] < 0 ? null : r.resolved[k] === 1)),
			textArray(from, to, (k) => r.comment[k]),
			plainArray(from, to, (k) => r.answeredAt[k])
		]
	};
}
