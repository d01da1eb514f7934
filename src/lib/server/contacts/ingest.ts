// The contact ingest service behind POST /api/v1/contacts (shared/INGEST.md): validates the
// whole request, then stores it in one transaction — contacts, the agents, customers and reasons
// they name, repeat-contact links and the survey decision of each new contact — or nothing.
import type pg from 'pg';
import { createInvitations, type NewContact } from '../surveys/invitations';
import { surveyUrl } from '../surveys/tokens';
import { writeContacts, type ContactRecord, type ContactSource } from './contact-writes';
import { resolveCustomers } from './customers';
import { parseIngestBody, type ContactInput, type IngestError } from './ingest-schema';
import { relinkGroups } from './linking';
import { resolveReferences, type References } from './references';
import { CONTACT_IMPORT_LOCK, inTransaction } from './transaction';

export type SurveyAnswer =
	| { status: 'scheduled'; sendAt: string; url?: string }
	| { status: 'suppressed'; reason: string }
	| { status: 'unchanged' };

export type IngestedContact = {
	externalId: string;
	id: number;
	created: boolean;
	survey: SurveyAnswer;
};

export type IngestResult =
	| { status: 200; body: { results: IngestedContact[] } }
	| { status: 400; body: { error: string } }
	| { status: 422; body: { errors: IngestError[] } };

export async function ingestContacts(
	database: { pool: pg.Pool },
	apiKeyId: number | null,
	body: unknown,
	now: Date = new Date()
): Promise<IngestResult> {
	const parsed = parseIngestBody(body);
	if (!parsed.ok)
		return parsed.status === 400
			? { status: 400, body: { error: parsed.message } }
			: { status: 422, body: { errors: parsed.errors } };
	const results = await storeContacts(database.pool, parsed.contacts, 'api', now);
	if (apiKeyId !== null) await markKeyUsed(database.pool, apiKeyId, now);
	return { status: 200, body: { results } };
}

/** Validated contacts into the database, all or nothing; results in the order given. */
export async function storeContacts(
	pool: pg.Pool,
	contacts: ContactInput[],
	source: ContactSource,
	now: Date
): Promise<IngestedContact[]> {
	return inTransaction(pool, async (sql) => {
		await sql.query('SELECT pg_advisory_xact_lock_shared($1)', [CONTACT_IMPORT_LOCK]);
		const references = await resolveReferences(sql, contacts);
		const customerIds = await resolveCustomers(
			sql,
			contacts.map((c) => c.customer)
		);
		const records = contacts.map((c, i) => toRecord(c, customerIds[i], references));
		const { written, groups } = await writeContacts(sql, records, source);
		await relinkGroups(sql, groups);

		const fresh: NewContact[] = [];
		records.forEach((record, i) => {
			if (!written[i].created) return;
			fresh.push({
				contactId: written[i].id,
				customerId: record.customerId,
				agentId: record.agentId,
				teamId: record.teamId,
				externalId: record.externalId,
				channel: contacts[i].channel,
				reasonId: record.reasonId,
				endedAt: record.endedAt,
				surveyDisabled: record.surveyOptOut
			});
		});
		const outcomes = await createInvitations(sql, fresh, now);
		const surveyOf = new Map(fresh.map((f, i) => [f.contactId, outcomes[i]]));

		return records.map((record, i): IngestedContact => {
			const outcome = surveyOf.get(written[i].id);
			let survey: SurveyAnswer = { status: 'unchanged' };
			if (outcome?.decision.status === 'suppressed')
				survey = { status: 'suppressed', reason: outcome.decision.reason };
			else if (outcome?.decision.status === 'scheduled')
				survey = {
					status: 'scheduled',
					sendAt: outcome.decision.sendAt.toISOString(),
					...(outcome.decision.delivery === 'link' ? { url: surveyUrl(outcome.token) } : {})
				};
			return {
				externalId: record.externalId,
				id: written[i].id,
				created: written[i].created,
				survey
			};
		});
	});
}

function toRecord(contact: ContactInput, customerId: number, refs: References): ContactRecord {
	const agent = refs.agents.get(contact.agent.externalId);
	if (!agent) throw new Error(`agent ${contact.agent.externalId} was not stored`);
	const id = <K>(map: Map<K, number>, key: K | undefined) =>
		key === undefined ? null : (map.get(key) ?? null);
	return {
		externalId: contact.externalId,
		channel: contact.channel,
		startedAt: contact.startedAt ?? null,
		endedAt: contact.endedAt,
		firstResponseSeconds: contact.firstResponseSeconds ?? null,
		customerId,
		agentId: agent.id,
		teamId: agent.teamId,
		reasonId: id(refs.reasons, contact.reason),
		resolvedByAgent: contact.resolvedByAgent ?? null,
		kbArticleRef: contact.kbArticle ?? null,
		kbArticleId: id(refs.articles, contact.kbArticle),
		kbGap: contact.kbGap ?? null,
		emotion: contact.emotion ?? null,
		causeDepartmentId: id(refs.departments, contact.causeDepartment),
		surveyOptOut: contact.survey === false,
		transferAgentIds: (contact.otherAgents ?? []).map(
			(other) => (refs.agents.get(other.externalId) as { id: number }).id
		)
	};
}

/**
 * "Last used" for the admin list; at most one write a minute per key, after the commit. A
 * failure here must not turn a stored request into an error answer.
 */
async function markKeyUsed(pool: pg.Pool, apiKeyId: number, now: Date): Promise<void> {
	await pool
		.query(
			`UPDATE api_key SET last_used_at = $2
			  WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2::timestamptz - interval '1 minute')`,
			[apiKeyId, now]
		)
		.catch((error: Error) => console.error('Could not record API key use:', error.message));
}
