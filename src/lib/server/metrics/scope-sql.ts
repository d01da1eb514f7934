// Turns a user's scope and a period into SQL parameters. Every metrics query filters the same
// way: `team_id = ANY($teams)` when the user is limited to teams, `agent_id = $agent` for agents.
import { agentFilter, teamFilter } from '../auth/scope';
import type { SessionUser } from '../auth/session-user';

export type Period = { from: Date; to: Date };

export type ScopeParams = { teams: number[] | null; agent: number | null };

export function scopeParams(user: SessionUser): ScopeParams {
	return { teams: teamFilter(user), agent: agentFilter(user) };
}

export function lastDays(days: number, now = new Date()): Period {
	return { from: new Date(now.getTime() - days * 86_400_000), to: now };
}

/** Narrows a scope further to one team or agent (which the caller has checked is in scope). */
export function narrow(scope: ScopeParams, by: { teamId?: number; agentId?: number }): ScopeParams {
	return {
		teams: by.teamId !== undefined ? [by.teamId] : scope.teams,
		agent: by.agentId !== undefined ? by.agentId : scope.agent
	};
}
