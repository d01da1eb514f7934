// Stores contacts by the source's id: new ones are inserted, known ones updated in place, so a
// source may send a contact again (a retry, or a correction) without creating a second one.
// Inserting first with ON CONFLICT DO NOTHING makes a concurrent identical request wait for ours
// and then find the contact as "known", so a contact is created exactly once.
import { distinctGroups, lockLinkGroups, linkGroupKey, type LinkGroup } from './linking';
import type { Sql } from './transaction';

export type ContactSource = 'api' | 'csv' | 'demo';

export type ContactRecord = {
	externalId: string;
	channel: string;
	startedAt: Date | null;
	endedAt: Date;
	firstResponseSeconds: number | null;
	customerId: number;
	/** Agent and team as they are now: the contact keeps them when the agent changes teams. */
	agentId: number;
	teamId: number | null;
	reasonId: number | null;
	resolvedByAgent: boolean | null;
	kbArticleRef: string | null;
	kbArticleId: number | null;
	kbGap: string | null;
	emotion: string | null;
	causeDepartmentId: number | null;
	surveyOptOut: boolean;
	/** Agents it was transferred through, in order. */
	transferAgentIds: number[];
};

export type WrittenContact = { id: number; created: boolean };

const COLUMNS: [keyof ContactRecord, string, string][] = [
	['externalId', 'external_id', 'text'],
	['channel', 'channel', 'text'],
	['startedAt', 'started_at', 'timestamptz'],
	['endedAt', 'ended_at', 'timestamptz'],
	['firstResponseSeconds', 'first_response_seconds', 'int'],
	['customerId', 'customer_id', 'int'],
	['agentId', 'agent_id', 'int'],
	['teamId', 'team_id', 'int'],
	['reasonId', 'reason_id', 'int'],
	['resolvedByAgent', 'resolved_by_agent', 'bool'],
	['kbArticleRef', 'kb_article_ref', 'text'],
	['kbArticleId', 'kb_article_id', 'int'],
	['kbGap', 'kb_gap', 'text'],
	['emotion', 'emotion', 'text'],
	['causeDepartmentId', 'cause_department_id', 'int'],
	['surveyOptOut', 'survey_opt_out', 'bool']
];
const ENUM_TYPES: Record<string, string> = {
	channel: 'channel',
	kb_gap: 'kb_gap',
	emotion: 'emotion'
};

const NAMES = COLUMNS.map(([, column]) => column).join(', ');

/** `unnest($n::text[], …) AS v(external_id, …)`: the records' columns from parameter $n on. */
function values(first: number): string {
	const arrays = COLUMNS.map(([, , type], i) => `$${i + first}::${type}[]`);
	return `unnest(${arrays.join(', ')}) AS v(${NAMES})`;
}
const value = (column: string) =>
	ENUM_TYPES[column] ? `v.${column}::${ENUM_TYPES[column]}` : `v.${column}`;
const SETTABLE = COLUMNS.filter(([, column]) => column !== 'external_id');

function columnArrays(records: ContactRecord[]): unknown[] {
	return COLUMNS.map(([field]) => records.map((r) => r[field]));
}

/**
 * Writes the records (one per distinct external id) and returns, in record order, each
 * contact's id and whether it was created. Also returns every (customer, reason) group whose
 * links must be recomputed — the new ones and the ones re-sent contacts left — locked.
 */
export async function writeContacts(
	sql: Sql,
	records: ContactRecord[],
	source: ContactSource
): Promise<{ written: WrittenContact[]; groups: LinkGroup[] }> {
	// Sorted by external id so that concurrent requests lock contacts in the same order.
	const sorted = [...records].sort((a, b) => (a.externalId < b.externalId ? -1 : 1));
	const externalIds = sorted.map((r) => r.externalId);

	// Lock the groups early (before any contact row lock) to keep waits short and acyclic; a
	// re-sent contact's old group is read optimistically here and confirmed under lock below.
	const previously = await previousGroups(sql, externalIds, false);
	const groups = distinctGroups([...sorted, ...previously.values()]);
	await lockLinkGroups(sql, groups);

	const { rows: inserted } = await sql.query<{ id: number; external_id: string }>(
		`INSERT INTO contact (source, ${NAMES})
		 SELECT $1::contact_source, ${COLUMNS.map(([, column]) => value(column)).join(', ')}
		   FROM ${values(2)}
		  WHERE NOT EXISTS (SELECT 1 FROM contact c WHERE c.external_id = v.external_id)
		 ON CONFLICT (external_id) DO NOTHING
		 RETURNING id, external_id`,
		[source, ...columnArrays(sorted)]
	);
	const ids = new Map(inserted.map((row) => [row.external_id, { id: row.id, created: true }]));

	const known = sorted.filter((r) => !ids.has(r.externalId));
	if (known.length > 0) {
		const before = await previousGroups(
			sql,
			known.map((r) => r.externalId),
			true
		);
		const locked = new Set(groups.map(linkGroupKey));
		const late = distinctGroups(before.values()).filter((g) => !locked.has(linkGroupKey(g)));
		await lockLinkGroups(sql, late);
		groups.push(...late);
		const { rows: updated } = await sql.query<{ id: number; external_id: string }>(
			`UPDATE contact c
			    SET ${SETTABLE.map(([, column]) => `${column} = ${value(column)}`).join(', ')},
			        -- A contact without a reason is never linked; groups relink the others.
			        repeat_of_id = CASE WHEN v.reason_id IS NULL THEN NULL ELSE c.repeat_of_id END,
			        channel_switch = v.reason_id IS NOT NULL AND c.channel_switch,
			        repeated = v.reason_id IS NOT NULL AND c.repeated,
			        updated_at = now()
			   FROM ${values(1)}
			  WHERE c.external_id = v.external_id
			 RETURNING c.id, c.external_id`,
			columnArrays(known)
		);
		for (const row of updated) ids.set(row.external_id, { id: row.id, created: false });
	}

	await replaceTransfers(sql, records, ids);
	return {
		written: records.map((r) => ids.get(r.externalId) as WrittenContact),
		groups
	};
}

/** The (customer, reason) each already stored contact is in; `lock` holds the rows until commit. */
async function previousGroups(sql: Sql, externalIds: string[], lock: boolean) {
	const { rows } = await sql.query<{
		external_id: string;
		customer_id: number;
		reason_id: number | null;
	}>(
		`SELECT external_id, customer_id, reason_id FROM contact
		  WHERE external_id = ANY($1::text[]) ORDER BY external_id ${lock ? 'FOR UPDATE' : ''}`,
		[externalIds]
	);
	return new Map(
		rows.map((row) => [row.external_id, { customerId: row.customer_id, reasonId: row.reason_id }])
	);
}

async function replaceTransfers(
	sql: Sql,
	records: ContactRecord[],
	ids: Map<string, WrittenContact>
): Promise<void> {
	const updatedIds = [...ids.values()].filter((w) => !w.created).map((w) => w.id);
	if (updatedIds.length > 0)
		await sql.query('DELETE FROM contact_transfer WHERE contact_id = ANY($1::int[])', [updatedIds]);
	const contactIds: number[] = [];
	const positions: number[] = [];
	const agentIds: number[] = [];
	for (const record of records)
		record.transferAgentIds.forEach((agentId, index) => {
			contactIds.push((ids.get(record.externalId) as WrittenContact).id);
			positions.push(index + 1);
			agentIds.push(agentId);
		});
	if (contactIds.length > 0)
		await sql.query(
			`INSERT INTO contact_transfer (contact_id, position, agent_id)
			 SELECT * FROM unnest($1::int[], $2::int[], $3::int[])`,
			[contactIds, positions, agentIds]
		);
}
