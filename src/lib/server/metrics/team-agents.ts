// Agents of a team side by side: answers and CSAT % per agent over a period. The team's current
// agents are listed even without answers; answers count for the team they were given in.
import { csatFromCounts, type CsatPercent } from '$lib/stats';
import type pg from 'pg';
import type { Period } from './scope-sql';

export type AgentCsat = { agentId: number; name: string; active: boolean; csat: CsatPercent };

export async function teamAgentsCsat(
	pool: pg.Pool,
	teamId: number,
	period: Period
): Promise<AgentCsat[]> {
	const { rows } = await pool.query<{
		id: number;
		name: string;
		active: boolean;
		n: number;
		good: number;
	}>(
		`SELECT a.id, a.name, a.active, count(r.csat)::int AS n, count(*) FILTER (WHERE r.csat >= 4)::int AS good
		   FROM agent a
		   LEFT JOIN response r ON r.agent_id = a.id AND r.team_id = $1
		        AND r.contact_ended_at >= $2 AND r.contact_ended_at < $3
		  WHERE a.team_id = $1
		  GROUP BY a.id, a.name, a.active
		  ORDER BY a.name`,
		[teamId, period.from, period.to]
	);
	return rows.map((row) => ({
		agentId: row.id,
		name: row.name,
		active: row.active,
		csat: csatFromCounts(row.good, row.n)
	}));
}
