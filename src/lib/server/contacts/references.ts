// The things a contact refers to by the source's names: agents (and their teams), contact
// reasons, causing departments and knowledge-base articles. Unknown agents, teams, reasons and
// departments are created so that no contact is refused for naming something new; an admin
// classifies them later. Each kind takes a few set-based statements for the whole request.
import type { ContactInput } from './ingest-schema';
import type { Sql } from './transaction';

export type AgentRef = { id: number; teamId: number | null };

export type References = {
	agents: Map<string, AgentRef>;
	reasons: Map<string, number>;
	departments: Map<string, number>;
	/** The raw kbArticle value (code or URL) → article id, for the ones the registry knows. */
	articles: Map<string, number>;
};

type AgentFacts = { name?: string; email?: string; team?: string };

const distinct = <T>(values: (T | undefined)[]): T[] => [
	...new Set(values.filter((v): v is T => v !== undefined))
];

export async function resolveReferences(sql: Sql, contacts: ContactInput[]): Promise<References> {
	const agentFacts = mergeAgentFacts(contacts);
	const teams = await ensureTeams(sql, distinct([...agentFacts.values()].map((a) => a.team)));
	return {
		agents: await ensureAgents(sql, agentFacts, teams),
		reasons: await ensureCodes(sql, 'contact_reason', distinct(contacts.map((c) => c.reason))),
		departments: await ensureCodes(
			sql,
			'department',
			distinct(contacts.map((c) => c.causeDepartment))
		),
		articles: await findArticles(sql, distinct(contacts.map((c) => c.kbArticle)))
	};
}

/** Later mentions win: within a request the last contact carries the newest agent details. */
function mergeAgentFacts(contacts: ContactInput[]): Map<string, AgentFacts> {
	const facts = new Map<string, AgentFacts>();
	for (const contact of contacts) {
		for (const agent of [...(contact.otherAgents ?? []), contact.agent]) {
			const known = facts.get(agent.externalId) ?? {};
			facts.set(agent.externalId, {
				name: agent.name ?? known.name,
				email: agent.email ?? known.email,
				team: agent.team ?? known.team
			});
		}
	}
	return facts;
}

/**
 * Teams by name, ignoring case the way the admin pages do (they refuse "team noord" next to
 * "Team Noord"). Returns lower-cased name → team id.
 */
async function ensureTeams(sql: Sql, names: string[]): Promise<Map<string, number>> {
	const ids = new Map<string, number>();
	if (names.length === 0) return ids;
	const lookup = async (wanted: string[]) => {
		const { rows } = await sql.query<{ id: number; name: string }>(
			`SELECT id, name FROM team WHERE lower(name) = ANY($1::text[])
			  ORDER BY name = ANY($2::text[]) DESC, id`,
			[wanted.map((n) => n.toLowerCase()), wanted]
		);
		// An exact match first, then the oldest team of that name.
		for (const row of rows)
			if (!ids.has(row.name.toLowerCase())) ids.set(row.name.toLowerCase(), row.id);
	};
	await lookup(names);
	const missing = distinctByLower(names.filter((n) => !ids.has(n.toLowerCase())));
	if (missing.length > 0) {
		await sql.query(
			'INSERT INTO team (name) SELECT unnest($1::text[]) ON CONFLICT (name) DO NOTHING',
			[missing]
		);
		await lookup(missing);
	}
	return ids;
}

function distinctByLower(names: string[]): string[] {
	const seen = new Map<string, string>();
	for (const name of names) if (!seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
	return [...seen.values()].sort();
}

/**
 * New agents are created (named after their id when the source sends no name); known agents get
 * the details the source sent. Only rows that really change are updated, so concurrent requests
 * naming the same agents do not queue behind each other's row locks.
 */
async function ensureAgents(
	sql: Sql,
	facts: Map<string, AgentFacts>,
	teams: Map<string, number>
): Promise<Map<string, AgentRef>> {
	// Sorted, so that concurrent requests lock agent rows in the same order.
	const ids = [...facts.keys()].sort();
	const names = ids.map((id) => facts.get(id)?.name ?? null);
	const emails = ids.map((id) => facts.get(id)?.email ?? null);
	const teamIds = ids.map((id) => {
		const team = facts.get(id)?.team;
		return team === undefined ? null : (teams.get(team.toLowerCase()) ?? null);
	});
	const values = `unnest($1::text[], $2::text[], $3::text[], $4::int[]) AS v(external_id, name, email, team_id)`;
	const parameters = [ids, names, emails, teamIds];
	await sql.query(
		`INSERT INTO agent (external_id, name, email, team_id)
		 SELECT v.external_id, coalesce(v.name, v.external_id), v.email, v.team_id
		   FROM ${values}
		  WHERE NOT EXISTS (SELECT 1 FROM agent a WHERE a.external_id = v.external_id)
		 ON CONFLICT (external_id) DO NOTHING`,
		parameters
	);
	await sql.query(
		`UPDATE agent a
		    SET name = coalesce(v.name, a.name), email = coalesce(v.email, a.email),
		        team_id = coalesce(v.team_id, a.team_id), updated_at = now()
		   FROM ${values}
		  WHERE a.external_id = v.external_id
		    AND (a.name, a.email, a.team_id) IS DISTINCT FROM
		        (coalesce(v.name, a.name), coalesce(v.email, a.email), coalesce(v.team_id, a.team_id))`,
		parameters
	);
	const { rows } = await sql.query<{ id: number; external_id: string; team_id: number | null }>(
		'SELECT id, external_id, team_id FROM agent WHERE external_id = ANY($1::text[])',
		[ids]
	);
	return new Map(rows.map((row) => [row.external_id, { id: row.id, teamId: row.team_id }]));
}

/**
 * Contact reasons and departments by code. Unknown ones are created named after their code; a
 * new contact reason has no value class, which the dashboards show as "unclassified".
 */
async function ensureCodes(
	sql: Sql,
	table: 'contact_reason' | 'department',
	codes: string[]
): Promise<Map<string, number>> {
	const ids = new Map<string, number>();
	if (codes.length === 0) return ids;
	const lookup = async (wanted: string[]) => {
		const { rows } = await sql.query<{ id: number; code: string }>(
			`SELECT id, code FROM ${table} WHERE code = ANY($1::text[])`,
			[wanted]
		);
		for (const row of rows) ids.set(row.code, row.id);
	};
	await lookup(codes);
	const missing = codes.filter((code) => !ids.has(code)).sort();
	if (missing.length > 0) {
		await sql.query(
			`INSERT INTO ${table} (code, name_nl, name_en)
			 SELECT code, code, code FROM unnest($1::text[]) AS code
			 ON CONFLICT (code) DO NOTHING`,
			[missing]
		);
		await lookup(missing);
	}
	return ids;
}

/** Articles are only matched, never created: the registry is curated by hand. */
async function findArticles(sql: Sql, references: string[]): Promise<Map<string, number>> {
	const ids = new Map<string, number>();
	if (references.length === 0) return ids;
	const { rows } = await sql.query<{ id: number; code: string; url: string | null }>(
		'SELECT id, code, url FROM knowledge_article WHERE code = ANY($1::text[]) OR url = ANY($1::text[])',
		[references]
	);
	const byUrl = new Map(rows.filter((r) => r.url !== null).map((r) => [r.url as string, r.id]));
	const byCode = new Map(rows.map((r) => [r.code, r.id]));
	for (const reference of references) {
		const id = byCode.get(reference) ?? byUrl.get(reference);
		if (id !== undefined) ids.set(reference, id);
	}
	return ids;
}
